package dev.parley.corpus;

import java.util.List;

/**
 * The articles read from the given paths, in id order, the files skipped with their reasons, and how many files
 * were passed over as not articles (other extensions, ignore rules, README files, parley's own output).
 */
public record Corpus(List<Article> articles, List<Skipped> skipped, int ignoredFiles) {
    public Corpus {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        if (ignoredFiles < 0) throw new IllegalArgumentException("ignoredFiles < 0: " + ignoredFiles);
    }

    public Corpus(List<Article> articles, List<Skipped> skipped) {
        this(articles, skipped, 0);
    }
}
