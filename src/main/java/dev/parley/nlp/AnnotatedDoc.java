package dev.parley.nlp;

import dev.parley.corpus.Article;
import java.util.List;
import java.util.Objects;

/** An article with its sentences, tokens, NER, normalized times and (where parsed) dependencies. */
public record AnnotatedDoc(Article article, List<Sentence> sentences) {
    public AnnotatedDoc {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }
}
