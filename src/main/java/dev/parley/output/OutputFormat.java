package dev.parley.output;

/**
 * What {@link ReportWriter#render} writes: the whole report as JSON, one event per line, one CSV row per event,
 * one CSV row per directed country pair of an event, or a self-contained HTML page.
 */
public enum OutputFormat {
    /** The parley-events/1 object. */
    JSON,
    /** One event object per line, nothing else. */
    JSONL,
    /** A header row, then one RFC 4180 row per event. */
    CSV,
    /** A header row, then one RFC 4180 row per CAMEO dyad of an event (docs/codes.md). */
    DYADS,
    /** One self-contained HTML page: timeline, network, events table and evidence ({@link HtmlReport}). */
    HTML
}
