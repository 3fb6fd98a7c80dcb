package dev.parley.resolve;

import dev.parley.mentions.EntitySpan;
import java.util.Objects;

/** A mention that names or implies a country, with that country's ISO 3166-1 alpha-3 code. */
public record PlaceRef(EntitySpan span, String country, PlaceKind kind) {
    public PlaceRef {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether this mention is a physical place an event can happen in (a country, capital or city). */
    public boolean isPlace() {
        return kind == PlaceKind.COUNTRY || kind == PlaceKind.CAPITAL || kind == PlaceKind.CITY;
    }
}
