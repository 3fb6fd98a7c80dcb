package dev.parley.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Finds an article's publication date in its metadata. */
final class PublicationDates {
    private static final String[] KEYS = {"published", "date_publish", "date", "datePublished", "publish_date"};

    private PublicationDates() {
    }

    static Optional<LocalDate> fromMetadata(Map<String, String> fields) {
        for (String k : KEYS) {
            String v = fields.get(k);
            if (v == null || v.isBlank()) continue;
            Optional<LocalDate> d = parseIsoPrefix(v.strip());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** Parses "2021-03-18", "2021-03-18 20:44:06" or "2021-03-18T20:44:06Z" to its date. */
    static Optional<LocalDate> parseIsoPrefix(String v) {
        if (v.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
