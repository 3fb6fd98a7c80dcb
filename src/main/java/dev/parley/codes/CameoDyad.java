package dev.parley.codes;

import java.util.Objects;

/** One directed pair of an event's countries (ISO 3166-1 alpha-3) with the CAMEO code of what the source did to the target. */
public record CameoDyad(String source, String target, CameoCode code) {
    public CameoDyad {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        if (source.equals(target)) throw new IllegalArgumentException("a dyad joins two countries, got " + source + " twice");
    }
}
