package dev.parley.nlp;

import dev.parley.corpus.Article;
import java.util.BitSet;

/** Annotates one article. The only seam between CoreNLP and the rest of parley. */
public interface NlpEngine {
    /** Tokens, tags, lemmas and NER of every sentence, and the dependency parse of every sentence. */
    AnnotatedDoc annotate(Article article);

    /**
     * Tokens, tags, lemmas and NER of every sentence, and the parse of at least the sentences {@code needs} selects.
     * An engine that parses everything meets any needs, hence the default.
     */
    default AnnotatedDoc annotate(Article article, ParseNeeds needs) {
        return annotate(article);
    }

    /**
     * {@code doc}, which an engine of the same {@link #signature()} annotated, with the sentences in {@code which}
     * parsed too; parses already there are kept. The parse of a sentence depends on its words and tags only, so it
     * is the one {@link #annotate(Article)} would have made.
     */
    default AnnotatedDoc parse(AnnotatedDoc doc, BitSet which) {
        return new AnnotatedDoc(doc.article(), annotate(doc.article()).sentences());
    }

    /** Identifies the engine's settings and model versions; part of any cache key. */
    String signature();
}
