package dev.parley.events;

import java.util.Objects;

/**
 * What the detector did with one trigger, for {@code parley extract --explain}: the rule that fired and either the
 * candidate it made or why none was made.
 *
 * @param token   1-based index of the trigger token in its sentence
 * @param outcome "candidate: ..." or "dropped: <reason>"
 */
public record Trace(String docId, int sentence, int token, String trigger, String rule, String outcome) {
    public Trace {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
    }
}
