package dev.parley.time;

/** How finely a date is known. */
public enum Precision {
    DAY, MONTH, YEAR;

    /** The lower-case name used in the JSON output. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
