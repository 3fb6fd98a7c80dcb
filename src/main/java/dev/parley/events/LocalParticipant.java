package dev.parley.events;

import java.util.Objects;

/** A participant of a candidate event, as the document's local person id. */
/** @param token 1-based token of the mention in its sentence, for ordering */
public record LocalParticipant(int person, Role role, int token) {
    public LocalParticipant {
        Objects.requireNonNull(role, "role");
    }
}
