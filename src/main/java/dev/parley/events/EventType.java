package dev.parley.events;

import java.util.Locale;

/** The kinds of diplomatic event parley reports. */
public enum EventType {
    VISIT, MEETING, SUMMIT, CALL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
