package dev.parley.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The date, where it came from, and a year-less dateline ("--10-04") when the text had one; all may be null.
     * {@code warnings}: metadata dates that were ignored because they are none, as sentences for the user.
     */
    record Decision(LocalDate published, String from, String yearlessDateline, List<String> warnings) {
        Decision {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param metadataSource "frontmatter" or "metadata": how to label a date found in {@code fields}
     * @param fileName       the file's name (last path segment), searched for an ISO date
     */
    static Decision decide(Map<String, String> fields, String metadataSource, String text, String fileName,
                           LocalDate defaultPublished) {
        List<String> warnings = new ArrayList<>();
        Optional<LocalDate> meta = fromMetadata(fields, metadataSource, warnings);
        if (meta.isPresent()) return new Decision(meta.get(), metadataSource, null, warnings);
        Optional<TextDates.Found> found = TextDates.dateline(text);
        if (found.isPresent() && found.get().hasYear()) return new Decision(found.get().date(), "text", null, warnings);
        String yearless = found.map(f -> f.monthDay().toString()).orElse(null);
        Optional<LocalDate> file = fromFileName(fileName);
        if (file.isPresent()) return new Decision(file.get(), "filename", yearless, warnings);
        if (defaultPublished != null) return new Decision(defaultPublished, "option", yearless, warnings);
        return new Decision(null, null, yearless, warnings);
    }

    static Optional<LocalDate> fromMetadata(Map<String, String> fields) {
        return fromMetadata(fields, "metadata", new ArrayList<>());
    }

    /** The first date among the date keys; each value before it that is no date adds a sentence to {@code warnings}. */
    private static Optional<LocalDate> fromMetadata(Map<String, String> fields, String source, List<String> warnings) {
        for (String k : KEYS) {
            String v = fields.get(k);
            if (v == null || v.isBlank()) continue;
            Optional<LocalDate> d = parseIsoPrefix(v.strip());
            if (d.isEmpty()) d = parseRfc1123(v.strip());
            if (d.isEmpty()) d = TextDates.parseFullDate(v);
            if (d.isPresent()) return d;
            warnings.add(notADate(k, v.strip(), source.equals("frontmatter") ? "front matter" : "metadata"));
        }
        return Optional.empty();
    }

    /** Why a metadata date was ignored: a day that does not exist, or a form parley does not read. */
    private static String notADate(String key, String value, String where) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        String why = "not a date parley reads (write it as YYYY-MM-DD)";
        Matcher iso = ISO_PREFIX.matcher(value);
        if (iso.lookingAt()) {
            try {
                LocalDate.parse(iso.group());
            } catch (DateTimeParseException e) {
                why = "a day that does not exist (" + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "") + ")";
            }
        }
        return "the " + where + "'s '" + key + ": " + shown + "' is " + why + ", so it was ignored";
    }

    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher m = FILENAME_DATE.matcher(fileName);
        while (m.find()) {
            Optional<LocalDate> d = parseIsoPrefix(m.group(1));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /**
     * The date of an RFC 1123 timestamp as feeds and HTTP headers write it ("Thu, 18 Mar 2021 20:44:06 GMT"), in its
     * own zone (the day the publisher printed), or empty.
     */
    static Optional<LocalDate> parseRfc1123(String v) {
        try {
            return Optional.of(java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
