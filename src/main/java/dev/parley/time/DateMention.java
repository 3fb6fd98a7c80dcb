package dev.parley.time;

import java.util.Objects;

/** A date expression found in a sentence; offsets are char offsets into the sentence string, end exclusive. */
public record DateMention(int begin, int end, String text, EventDate date) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("empty span " + begin + ".." + end);
    }
}
