package dev.parley.events;

import java.util.Locale;

/** A participant's part in an event. */
public enum Role {
    VISITOR, HOST, COUNTERPART, PARTICIPANT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
