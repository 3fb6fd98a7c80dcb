package dev.parley.events;

import java.util.Locale;

/** Where an event stands as of the article(s) reporting it. */
public enum Status {
    PLANNED, ONGOING, OCCURRED, PROPOSED, CANCELLED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
