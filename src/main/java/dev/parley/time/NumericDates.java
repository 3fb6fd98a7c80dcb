package dev.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in digits alone: years ("in 2022", "the 2015 deal"), year ranges ("2019–2021", "between 2019 and
 * 2021") and ISO days ("2024-06-12"). These need no publication date. Slash dates ("12/06/2024") are left out:
 * day-first and month-first readings cannot be told apart.
 */
final class NumericDates {
    private static final String YEAR = "(?:19|20)\\d{2}";
    /** Not part of a longer number, an amount, a code ("Kavkaz-2020") or a decimal. */
    private static final String LEFT = "(?<![\\w$€£#.,:/-])";
    private static final String RIGHT = "(?![\\w%]|[.,:/]\\d|-\\w)";
    private static final Pattern ISO = Pattern.compile(LEFT + "(?<y>" + YEAR + ")-(?<m>[01]\\d)-(?<d>[0-3]\\d)"
            + "(?![\\w:]|[.,/-]\\d)");
    private static final Pattern RANGE = Pattern.compile("(?<between>\\bbetween\\s+)?" + LEFT + "(?<y1>" + YEAR + ")"
            + "(?<sep>\\s*(?:-|–|—)\\s*|\\s+(?:to|until|through|and)\\s+)(?<y2>" + YEAR + "|\\d{2})" + RIGHT,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile("(?:\\b(?<pre>in|since|by|during|until|from|of|before"
            + "|after|for|early|late|mid)[\\s-]+)?(?<![\\w$€£#.,:/])(?<y>" + YEAR + ")" + RIGHT,
            Pattern.CASE_INSENSITIVE);

    private NumericDates() {
    }

    static List<DateScanner.Found> find(String s) {
        List<DateScanner.Found> out = new ArrayList<>();
        Matcher iso = ISO.matcher(s);
        while (iso.find()) {
            LocalDate d = Anchor.date(num(iso, "y"), num(iso, "m"), num(iso, "d"));
            if (d != null) out.add(new DateScanner.Found(iso.start(), iso.end(), EventDate.day(d), false, d.getYear()));
        }
        Matcher r = RANGE.matcher(s);
        while (r.find()) range(s, r).ifPresent(out::add);
        Matcher y = SINGLE.matcher(s);
        while (y.find()) single(s, y).ifPresent(out::add);
        return out;
    }

    private static Optional<DateScanner.Found> range(String s, Matcher m) {
        int y1 = num(m, "y1");
        String second = m.group("y2");
        int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        // "2019 and 2021" names two years unless it follows "between"
        if (m.group("sep").trim().equalsIgnoreCase("and") && m.group("between") == null) return Optional.empty();
        if (y2 <= y1) return Optional.empty();
        EventDate d = new EventDate(LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), Precision.YEAR, false);
        return Optional.of(new DateScanner.Found(m.start("y1"), m.end(), d, false));
    }

    private static Optional<DateScanner.Found> single(String s, Matcher m) {
        int begin = m.start("y");
        // "Kavkaz-2020" names an exercise, while "mid-2020" keeps its prefix
        if (m.group("pre") == null && begin > 0 && s.charAt(begin - 1) == '-') return Optional.empty();
        // phone numbers and codes: digits on either side of the year
        if (begin >= 2 && s.charAt(begin - 1) == ' ' && Character.isDigit(s.charAt(begin - 2))) return Optional.empty();
        int end = m.end("y");
        if (end + 1 < s.length() && s.charAt(end) == ' ' && Character.isDigit(s.charAt(end + 1))) return Optional.empty();
        boolean adjectival = m.group("pre") == null && end + 1 < s.length() && s.charAt(end) == ' '
                && Character.isLowerCase(s.charAt(end + 1));
        return Optional.of(new DateScanner.Found(begin, end, EventDate.year(num(m, "y")), adjectival));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
