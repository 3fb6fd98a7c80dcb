package dev.parley.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an article's publication date: metadata, else a dateline in the text, else an ISO date in the file
 * name, else the --published option. The fifth source, inference from the whole corpus, happens later.
 */
final class PublicationDates {
    private static final String[] KEYS = {"published", "date_publish", "date", "datePublished", "publish_date"};
    private static final Pattern FILENAME_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private PublicationDates() {
    }

    /** The date, where it came from, and a year-less dateline ("--10-04") when the text had one; all may be null. */
    record Decision(LocalDate published, String from, String yearlessDateline) {
    }

    /**
     * @param metadataSource "frontmatter" or "metadata": how to label a date found in {@code fields}
     * @param fileName       the file's name (last path segment), searched for an ISO date
     */
    static Decision decide(Map<String, String> fields, String metadataSource, String text, String fileName,
                           LocalDate defaultPublished) {
        Optional<LocalDate> meta = fromMetadata(fields);
        if (meta.isPresent()) return new Decision(meta.get(), metadataSource, null);
        Optional<TextDates.Found> found = TextDates.dateline(text);
        if (found.isPresent() && found.get().hasYear()) return new Decision(found.get().date(), "text", null);
        String yearless = found.map(f -> f.monthDay().toString()).orElse(null);
        Optional<LocalDate> file = fromFileName(fileName);
        if (file.isPresent()) return new Decision(file.get(), "filename", yearless);
        if (defaultPublished != null) return new Decision(defaultPublished, "option", yearless);
        return new Decision(null, null, yearless);
    }

    static Optional<LocalDate> fromMetadata(Map<String, String> fields) {
        for (String k : KEYS) {
            String v = fields.get(k);
            if (v == null || v.isBlank()) continue;
            Optional<LocalDate> d = parseIsoPrefix(v.strip());
            if (d.isEmpty()) d = TextDates.parseFullDate(v);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher m = FILENAME_DATE.matcher(fileName);
        while (m.find()) {
            Optional<LocalDate> d = parseIsoPrefix(m.group(1));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** Parses "2021-03-18", "2021-03-18 20:44:06" or "2021-03-18T20:44:06Z" to its date. */
    static Optional<LocalDate> parseIsoPrefix(String v) {
        if (v.length() < 10 || (v.length() > 10 && Character.isDigit(v.charAt(10)))) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
