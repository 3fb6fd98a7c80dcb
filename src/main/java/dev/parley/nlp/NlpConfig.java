package dev.parley.nlp;

/**
 * NLP settings.
 *
 * @param maxSentenceTokens sentences longer than this are tagged but not parsed, keeping runs bounded
 * @param parse             whether to run the dependency parser
 */
public record NlpConfig(int maxSentenceTokens, boolean parse) {
    public NlpConfig {
        if (maxSentenceTokens < 10) throw new IllegalArgumentException("maxSentenceTokens too small: " + maxSentenceTokens);
    }

    public static NlpConfig defaults() {
        return new NlpConfig(120, true);
    }
}
