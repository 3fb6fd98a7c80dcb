package dev.parley.resolve;

/** How a place mention denotes its country. */
public enum PlaceKind {
    /** "Russia", "the US". */ COUNTRY,
    /** "Moscow" as the seat of government (also a real place). */ CAPITAL,
    /** A city or region: "Guilin", "Anchorage", "Bali". */ CITY,
    /** "Russian", "Chinese". */ DEMONYM,
    /** "the Kremlin", "White House". */ INSTITUTION
}
