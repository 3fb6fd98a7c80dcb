package dev.parley.corpus;

import java.util.List;

/**
 * The articles read from the given paths, in id order, the files skipped with their reasons, how many files were
 * passed over as not articles (other extensions, ignore rules, README files, parley's own output in a folder), and
 * what had to be guessed in documents that were read (warnings, in id order).
 */
public record Corpus(List<Article> articles, List<Skipped> skipped, int ignoredFiles, List<Warning> warnings) {
    public Corpus {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        if (ignoredFiles < 0) throw new IllegalArgumentException("ignoredFiles < 0: " + ignoredFiles);
    }

    public Corpus(List<Article> articles, List<Skipped> skipped, int ignoredFiles) {
        this(articles, skipped, ignoredFiles, List.of());
    }

    public Corpus(List<Article> articles, List<Skipped> skipped) {
        this(articles, skipped, 0);
    }
}
