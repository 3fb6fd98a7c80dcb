package dev.parley.events;

import java.util.Objects;

/** A participant of a candidate event, as the document's local person id. */
public record LocalParticipant(int person, Role role) {
    public LocalParticipant {
        Objects.requireNonNull(role, "role");
    }
}
