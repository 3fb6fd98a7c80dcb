package dev.parley.codes;

import java.util.List;
import java.util.Objects;

/**
 * The codes of one event: its CAMEO dyads, sorted by source then target (empty when fewer than two countries are
 * known), and its PLOVER event type, always CONSULT, with the mode.
 */
public record EventCodes(List<CameoDyad> cameo, String ploverType, PloverMode ploverMode) {
    /** The PLOVER event type of every parley event: "All consultations and meetings". */
    public static final String CONSULT = "CONSULT";

    public EventCodes {
        cameo = List.copyOf(cameo);
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
    }
}
