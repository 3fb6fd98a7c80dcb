package dev.parley.merge;

import dev.parley.events.Status;
import dev.parley.time.EventDate;
import java.util.Objects;

/**
 * The evidence for an event from one sentence: what that sentence says on its own.
 *
 * @param start code-point offset of the sentence in the article text (as Python and jq count)
 * @param end   code-point offset, exclusive
 * @param date  the date the sentence gives, or null
 */
public record EventMention(String document, int sentence, int start, int end, String text, String trigger,
                           Status status, EventDate date) {
    public EventMention {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
    }
}
