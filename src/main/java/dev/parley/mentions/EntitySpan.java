package dev.parley.mentions;

import java.util.Objects;

/**
 * A contiguous named-entity span in one sentence.
 *
 * @param sentence 0-based sentence index
 * @param first    1-based index of the first token
 * @param last     1-based index of the last token (inclusive)
 * @param begin    char offset into the article text
 * @param end      char offset, exclusive
 * @param text     surface text (honorifics and possessive 's removed)
 */
public record EntitySpan(int sentence, int first, int last, int begin, int end, String text, EntityKind kind) {
    public EntitySpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (first < 1 || last < first) throw new IllegalArgumentException("bad token span " + first + ".." + last);
    }

    public boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
