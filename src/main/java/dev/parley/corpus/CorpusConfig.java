package dev.parley.corpus;

import java.time.LocalDate;

/**
 * How the corpus is read.
 *
 * @param defaultPublished publication date for articles that state none (--published), or null
 * @param maxChars         the largest document read, in characters; larger files are skipped
 */
public record CorpusConfig(LocalDate defaultPublished, int maxChars) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public CorpusConfig {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }

    public static CorpusConfig defaults() {
        return new CorpusConfig(null, DEFAULT_MAX_CHARS);
    }

    public CorpusConfig withDefaultPublished(LocalDate date) {
        return new CorpusConfig(date, maxChars);
    }

    public CorpusConfig withMaxChars(int max) {
        return new CorpusConfig(defaultPublished, max);
    }
}
