package dev.parley.pipeline;

import dev.parley.events.Candidate;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.resolve.DocEntities;
import java.util.List;

/** Everything parley knows about one document after the per-document stages. */
public record DocResult(AnnotatedDoc doc, DocEntities entities, List<Candidate> candidates) {
    public DocResult {
        candidates = List.copyOf(candidates);
    }
}
