package dev.parley.corpus;

import dev.parley.time.MonthNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in article text: the dateline a page prints near its head or foot, and the explicit full dates
 * (day, month and year) the corpus-level inference can fall back on. English month names only.
 */
public final class TextDates {
    /** How many non-empty lines at each end of the text may hold a dateline. */
    static final int EDGE_LINES = 5;

    private static final String MON = "(?<mon>" + MonthNames.NAMES_AND_ABBREVIATIONS + ")\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern MDY = Pattern.compile(
            "\\b" + MON + "\\s+(?<day>\\d{1,2})" + ORD + ",?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(
            "\\b(?<day>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MON + ",?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    /** "19/05/2033", "19.05.2033": day and month in numbers, read only where the order is plain (see numeric). */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\d./])");
    private static final Pattern MD = Pattern.compile(
            "\\b" + MON + "\\s+(?<day>\\d{1,2})" + ORD + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DM = Pattern.compile(
            "\\b(?<day>\\d{1,2})" + ORD + "\\s+" + MON + "(?=[\\s.,:;\\-–—(/]|$)", Pattern.CASE_INSENSITIVE);

    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s*";
    /** Text just before a labelled date: "Updated Date: ", "Published on Monday, ", "Posted by A. Writer on ". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "\\b(?<label>published|posted|updated|modified|released|dated?)\\b(?:\\s+by\\s+[^\\d|]{1,40}?)?"
                    + "(?:\\s+(?:date|on|at))*\\s*[:|,\\-–—]?\\s*(?:on\\s+)?"
                    + "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\p{Lu}{2,4}\\b)?\\s*[,|]?\\s*)?"
                    + "(?:" + WEEKDAY + ")?$", Pattern.CASE_INSENSITIVE);
    /** A dateline's place: "BRUSSELS, ", "WASHINGTON, D.C., ", "SEOUL/BEIJING, ", or nothing, then an optional weekday. */
    private static final Pattern LINE_START_BEFORE = Pattern.compile(
            "^(?<city>\\p{Lu}[\\p{Lu} .'’/\\-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{0,20})?,\\s*)?(?:" + WEEKDAY + ")?$");
    /** A dateline's place written in title case, "Conakry, ": taken only with a dash after the date ("Conakry, 10 March 2036 –"). */
    private static final Pattern TITLE_CITY_BEFORE = Pattern.compile("^\\p{Lu}[\\p{L} .'’\\-]{1,40},\\s*$");
    /** A dateline whose date closes a bracket with the outlet: "WASHINGTON (UrduPoint News / Sputnik - 12th November, 2021)". */
    private static final Pattern BRACKET_BEFORE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’\\-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{0,20})?\\s*\\([^()]{1,60}?\\s[-–—,]\\s*$");
    private static final Pattern BRACKET_AFTER = Pattern.compile("^\\s*\\)");
    /** What may follow a date at the end of a line: a time, a zone, closing punctuation. */
    private static final Pattern LINE_END_AFTER = Pattern.compile(
            "^,?\\s*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\p{Lu}{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?"
                    + "\\s*[.)\\]]*\\s*$", Pattern.CASE_INSENSITIVE);
    /** A date ending a sentence ("they met on March 18, 2021.") is body text, not a timestamp. */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|since|until|till|by|from|before|after|of|in|to|and|between|until)\\s+(?:" + WEEKDAY + ")?$");
    /** What follows a year-less dateline: "(Reuters) -", " —", ". /TASS/.". */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\.?\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:[-–—:]|/)");

    private TextDates() {
    }

    /** A date found in text: a full date, or a month and day whose year is left to inference. */
    record Found(LocalDate date, MonthDay monthDay) {
        static Found full(LocalDate d) {
            return new Found(d, MonthDay.from(d));
        }

        boolean hasYear() {
            return date != null;
        }
    }

    /** A full date matched in a line, with its span. */
    private record Hit(LocalDate date, int start, int end) {
    }

    /**
     * The dateline of an article: a labelled date ("Updated/Published/Posted ...") on a head line, else the last
     * date closing one of the foot lines, else a dateline opening a head line ("BRUSSELS, Oct 4 (Reuters) -",
     * "Jun 20, 2023", "WASHINGTON (Agency - 12th November, 2021)"), which may lack a year. Dates inside body sentences are never taken.
     */
    static Optional<Found> dateline(String text) {
        List<String> lines = nonEmptyLines(text);
        List<String> head = lines.subList(0, Math.min(EDGE_LINES, lines.size()));
        List<String> foot = lines.subList(Math.max(0, lines.size() - EDGE_LINES), lines.size());

        Hit best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String line : head) {
            for (Hit h : headDates(line)) {
                int rank = labelRank(line, h);
                if (rank < bestRank) {
                    best = h;
                    bestRank = rank;
                }
            }
        }
        if (best != null) return Optional.of(Found.full(best.date));

        for (int i = foot.size() - 1; i >= 0; i--) {
            String line = foot.get(i);
            List<Hit> hits = fullDates(line);
            for (int j = hits.size() - 1; j >= 0; j--) {
                Hit h = hits.get(j);
                if (labelRank(line, h) < Integer.MAX_VALUE || endsLine(line, h)) return Optional.of(Found.full(h.date));
            }
        }

        for (String line : head) {
            for (Hit h : headDates(line)) {
                boolean bracketed = BRACKET_BEFORE.matcher(line.substring(0, h.start)).find()
                        && BRACKET_AFTER.matcher(line.substring(h.end)).find();
                boolean titleCity = TITLE_CITY_BEFORE.matcher(line.substring(0, h.start)).find()
                        && DATELINE_AFTER.matcher(line.substring(h.end)).find();
                if (LINE_START_BEFORE.matcher(line.substring(0, h.start)).find() || endsLine(line, h) || bracketed || titleCity) {
                    return Optional.of(Found.full(h.date));
                }
            }
            Optional<MonthDay> md = yearlessDateline(line);
            if (md.isPresent()) return Optional.of(new Found(null, md.get()));
        }
        return Optional.empty();
    }

    /**
     * The latest explicit full date (day, month and year all written) in the text, for inferring a publication date
     * when nothing states it. Dates after the article's own dateline, when it has a full one, are left out: they
     * are announcements of future events.
     */
    public static Optional<LocalDate> latestFullDateInText(String text) {
        Optional<LocalDate> cap = dateline(text).filter(Found::hasYear).map(Found::date);
        return fullDates(text).stream()
                .map(Hit::date)
                .filter(d -> cap.isEmpty() || !d.isAfter(cap.get()))
                .max(Comparator.naturalOrder());
    }

    /** The date a year-less dateline (month and day) names in {@code year}; empty for 29 February in other years. */
    public static Optional<LocalDate> completeYear(MonthDay monthDay, int year) {
        return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
    }

    /**
     * The date a year-less dateline names, taking the year that puts it nearest to {@code reference} (a dateline
     * "Dec 31" read with a reference of 2 January lands in the previous year).
     */
    public static Optional<LocalDate> completeNear(MonthDay monthDay, LocalDate reference) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            Optional<LocalDate> d = completeYear(monthDay, y);
            if (d.isPresent() && (best == null || distance(d.get(), reference) < distance(best, reference))) best = d.get();
        }
        return Optional.ofNullable(best);
    }

    /** Parses one full date written in English or ISO form ("18 March 2021", "Mar. 18, 2021", "2021-03-18"). */
    static Optional<LocalDate> parseFullDate(String s) {
        List<Hit> hits = fullDates(s);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).date);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int labelRank(String line, Hit h) {
        Matcher m = LABEL_BEFORE.matcher(line.substring(Math.max(0, h.start - 60), h.start));
        if (!m.find()) return Integer.MAX_VALUE;
        String label = m.group("label").toLowerCase(Locale.ROOT);
        return label.equals("updated") || label.equals("modified") ? 1 : 0; // publication beats an update
    }

    private static boolean endsLine(String line, Hit h) {
        return LINE_END_AFTER.matcher(line.substring(h.end)).find()
                && !SENTENCE_BEFORE.matcher(line.substring(0, h.start)).find();
    }

    private static Optional<MonthDay> yearlessDateline(String line) {
        for (Pattern p : new Pattern[]{MD, DM}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                Matcher before = LINE_START_BEFORE.matcher(line.substring(0, m.start()));
                if (!before.find() || before.group("city") == null) continue;
                if (!DATELINE_AFTER.matcher(line.substring(m.end())).find()) continue;
                Optional<MonthDay> md = monthDay(m);
                if (md.isPresent()) return md;
            }
        }
        return Optional.empty();
    }

    /**
     * The full dates of a head line: those in words or ISO form, and "Published: 19/05/2033 08:12" in numbers where the
     * order is plain: a first number above 12 is the day (day/month/year), a second above 12 the day (month/day/year);
     * "05/06/2033" could be either and is left out.
     */
    private static List<Hit> headDates(String line) {
        List<Hit> hits = new ArrayList<>(fullDates(line));
        Matcher m = NUMERIC.matcher(line);
        while (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            int year = Integer.parseInt(m.group("year"));
            if (year < 1900 || year > 2100 || a <= 12 && b <= 12 && a != b) continue;
            final int start = m.start();
            if (hits.stream().anyMatch(h -> h.start <= start && start < h.end)) continue;
            try {
                LocalDate d = a > 12 || a == b ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
                hits.add(new Hit(d, m.start(), m.end()));
            } catch (DateTimeException e) {
                // "31/02/2033": no such day
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** Every full date in {@code s}, in text order; overlapping matches keep the first. */
    private static List<Hit> fullDates(String s) {
        List<Hit> hits = new ArrayList<>();
        for (Pattern p : new Pattern[]{MDY, DMY, ISO}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<LocalDate> d = date(m, p == ISO);
                if (d.isPresent()) hits.add(new Hit(d.get(), m.start(), m.end()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.isEmpty() || h.start >= kept.get(kept.size() - 1).end) kept.add(h);
        }
        return kept;
    }

    private static Optional<LocalDate> date(Matcher m, boolean iso) {
        try {
            int year = Integer.parseInt(m.group("year"));
            if (year < 1900 || year > 2100) return Optional.empty();
            int month = iso ? Integer.parseInt(m.group("month")) : month(m.group("mon"));
            if (month < 1) return Optional.empty();
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<MonthDay> monthDay(Matcher m) {
        int month = month(m.group("mon"));
        if (month < 1) return Optional.empty();
        try {
            return Optional.of(MonthDay.of(month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month number, or -1 when the word is lower case ("may" is a verb, "mar" a verb too). */
    private static int month(String word) {
        if (!Character.isUpperCase(word.charAt(0))) return -1;
        return MonthNames.parse(word).orElse(-1);
    }

    private static List<String> nonEmptyLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) lines.add(line.strip());
        }
        return lines;
    }
}
