package dev.parley.merge;

import dev.parley.events.Role;
import dev.parley.resolve.Person;
import java.util.Objects;

/** A canonical person in an event, with their role. */
public record EventParticipant(Person person, Role role) {
    public EventParticipant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }
}
