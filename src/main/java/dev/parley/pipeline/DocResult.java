package dev.parley.pipeline;

import dev.parley.events.Candidate;
import dev.parley.events.Trace;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.resolve.DocEntities;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** What the corpus level needs of it: everything but the sentences. */
    public DocDigest digest() {
        Map<Integer, String> traced = new TreeMap<>();
        for (Trace t : traces) {
            traced.computeIfAbsent(t.sentence(), i -> {
                Sentence s = doc.sentences().get(i);
                return doc.text().substring(s.begin(), s.end()).replaceAll("\\s+", " ");
            });
        }
        return new DocDigest(doc.article(), entities.compact(), candidates, traces, traced);
    }
}
