package dev.parley.nlp;

import java.util.Objects;

/**
 * One token with its annotations.
 *
 * @param index 1-based index within its sentence
 * @param begin char (UTF-16) offset into the article text, inclusive
 * @param end   char offset, exclusive
 * @param ner   NER tag ("PERSON", "LOCATION", "DATE", ..., "O")
 * @param timex always "" since SUTime is off (parley resolves dates itself, dev.parley.time); the field stays for
 *              the layout of cache entries and Spark records, and goes with their next format change
 * @param head  1-based index of the governor in the dependency parse, 0 for the root, -1 when not parsed
 * @param rel   dependency relation to the governor, "" when not parsed
 */
public record Token(int index, String word, String lemma, String pos, String ner, String timex,
                    int begin, int end, int head, String rel) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(rel, "rel");
        if (index < 1) throw new IllegalArgumentException("token index is 1-based: " + index);
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
