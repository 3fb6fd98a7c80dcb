package dev.parley.pipeline;

import dev.parley.corpus.Article;
import dev.parley.events.Candidate;
import dev.parley.events.Trace;
import dev.parley.resolve.DocEntities;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the corpus level needs of one document once its per-document stages are done: the article, its local
 * people and places, its event candidates, and for --explain the traces with the text of each traced sentence.
 * It holds no sentences or tokens (those stay in the annotation cache), so a run keeps one of these per document
 * instead of the annotated document; the article is the one the corpus was read into, not a copy.
 *
 * @param tracedSentences the text of each sentence a trace names, by sentence index (empty without --explain)
 */
public record DocDigest(Article article, DocEntities entities, List<Candidate> candidates, List<Trace> traces,
                        Map<Integer, String> tracedSentences) {
    public DocDigest {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(entities, "entities");
        candidates = List.copyOf(candidates);
        traces = List.copyOf(traces);
        tracedSentences = Map.copyOf(tracedSentences);
    }

    public String id() {
        return article.id();
    }

    /** The same digest with another article (the Spark job drops the text of those it ships across the cluster). */
    public DocDigest withArticle(Article other) {
        return new DocDigest(other, entities, candidates, traces, tracedSentences);
    }
}
