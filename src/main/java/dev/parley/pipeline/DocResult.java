package dev.parley.pipeline;

import dev.parley.events.Candidate;
import dev.parley.events.Trace;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.resolve.DocEntities;
import java.util.List;

/** Everything parley knows about one document after the per-document stages. */
public record DocResult(AnnotatedDoc doc, DocEntities entities, List<Candidate> candidates, List<Trace> traces) {
    public DocResult {
        candidates = List.copyOf(candidates);
        traces = List.copyOf(traces);
    }

    /** A result without the detector's trace (the trace is kept only for --explain). */
    public DocResult(AnnotatedDoc doc, DocEntities entities, List<Candidate> candidates) {
        this(doc, entities, candidates, List.of());
    }
}
