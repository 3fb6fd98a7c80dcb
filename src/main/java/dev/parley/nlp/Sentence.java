package dev.parley.nlp;

import java.util.List;

/**
 * One sentence.
 *
 * @param index  0-based index within the document
 * @param tokens tokens in order; token i has index i+1
 */
public record Sentence(int index, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) throw new IllegalArgumentException("empty sentence " + index);
    }

    public int begin() {
        return tokens.get(0).begin();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    /** Token by its 1-based index. */
    public Token token(int index) {
        return tokens.get(index - 1);
    }

    /** Whether the sentence carries a dependency parse. */
    public boolean parsed() {
        return tokens.get(0).head() >= 0;
    }
}
