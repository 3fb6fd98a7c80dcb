package dev.parley.corpus;

import java.util.List;

/** The articles read from the given paths, in id order, and the files skipped with their reasons. */
public record Corpus(List<Article> articles, List<Skipped> skipped) {
    public Corpus {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
