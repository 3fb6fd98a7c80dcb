package dev.parley.nlp;

import dev.parley.corpus.Article;

/** Annotates one article. The only seam between CoreNLP and the rest of parley. */
public interface NlpEngine {
    AnnotatedDoc annotate(Article article);

    /** Identifies the engine's settings and model versions; part of any cache key. */
    String signature();
}
