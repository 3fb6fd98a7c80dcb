package dev.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit calendar dates in a sentence: days, day ranges, choices ("8 or 9 June"), months, years and
 * weekdays. Candidates from all patterns compete; the longest wins and overlapping shorter ones are dropped.
 */
final class DateScanner {
    /**
     * A resolved date expression plus what ranking needs: whether a bare year is used as an adjective ("the 2015
     * deal") and the year written in a day or month expression (0 if none).
     */
    record Found(int begin, int end, EventDate date, boolean adjectival, int statedYear) {
        Found(int begin, int end, EventDate date, boolean adjectival) {
            this(begin, end, date, adjectival, 0);
        }
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String LEFT = "(?<![\\w$€£#.,:/-])";
    private static final String RIGHT = "(?![\\w%]|[.,:/]\\d|-\\w)";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String SEP = "\\s*(?:-|–|—|to|until|till|through|thru|and)\\s*";

    private static String month(String name) {
        return "(?<![A-Za-z])(?<" + name + ">" + MonthNames.REGEX + ")(?![A-Za-z])\\.?";
    }

    private static String day(String name) {
        return "(?<" + name + ">[0-3]?\\d)(?:st|nd|rd|th)?";
    }

    private static String year(String name) {
        return "(?:,?\\s+(?<" + name + ">(?:19|20)\\d{2}))";
    }

    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:the\\s+)?$", CI);
    private static final String WEEKDAY_PREFIX = "(?:(?<wd>" + WEEKDAY + "),?\\s+(?:the\\s+)?)?";

    /** A weekday written before either end of a range: "from Tuesday 2 to Thursday 4 December 2031". */
    private static final String WEEKDAY_BEFORE = "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?";

    /** "30 May to 2 June 2024", "31 December 2021 – 2 January 2022", "Sunday 30 November to Tuesday 2 December". */
    private static final Pattern RANGE_DM_DM = Pattern.compile(LEFT + WEEKDAY_BEFORE + day("d1") + "\\s+(?:of\\s+)?" + month("m1")
            + year("y1") + "?(?<sep>" + SEP + ")" + WEEKDAY_BEFORE + day("d2") + "\\s+(?:of\\s+)?" + month("m2") + year("y2") + "?" + RIGHT, CI);
    /** "May 30 – June 2, 2024", "Tuesday, December 2 to Thursday, December 4". */
    private static final Pattern RANGE_MD_MD = Pattern.compile(WEEKDAY_BEFORE + month("m1") + "\\s+" + day("d1") + year("y1") + "?"
            + "(?<sep>" + SEP + ")" + WEEKDAY_BEFORE + month("m2") + "\\s+" + day("d2") + year("y2") + "?" + RIGHT, CI);
    /** "5–7 May", "8 or 9 June 2024", "from Tuesday 2 to Thursday 4 December 2031". */
    private static final Pattern RANGE_DD_M = Pattern.compile(LEFT + WEEKDAY_BEFORE + day("d1") + "(?<sep>" + SEP + "|\\s+or\\s+)"
            + WEEKDAY_BEFORE + day("d2") + "\\s+(?:of\\s+)?" + month("m1") + year("y1") + "?" + RIGHT, CI);
    /** "May 5-7", "March 19 or 22, 2021". */
    private static final Pattern RANGE_M_DD = Pattern.compile(month("m1") + "\\s+" + day("d1") + "(?<sep>" + SEP
            + "|\\s+or\\s+)" + day("d2") + year("y1") + "?" + RIGHT, CI);
    /** "5 May", "the 12th of June", "Monday, 5 May 2024". */
    private static final Pattern DAY_DM = Pattern.compile(LEFT + WEEKDAY_PREFIX + day("d1") + "\\s+(?:of\\s+)?"
            + month("m1") + year("y1") + "?" + RIGHT, CI);
    /** "May 5", "June 12th", "May 5, 2024". */
    private static final Pattern DAY_MD = Pattern.compile(WEEKDAY_PREFIX + month("m1") + "\\s+(?:the\\s+)?"
            + day("d1") + year("y1") + "?" + RIGHT, CI);
    /** "in March", "last November", "mid-June", "September 2020", "late April". */
    private static final Pattern MONTH = Pattern.compile("(?:\\b(?<pre>in|since|by|during|until|from|of|before"
            + "|after|for)\\s+)?(?:\\b(?<mod>last|next|this|early|mid|late|earlier\\s+in|later\\s+in"
            + "|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)[\\s-]+)?" + month("m1") + year("y1") + "?"
            + RIGHT, CI);
    /** The week named after the days: "on Thursday and Friday last week", "on Monday next week". */
    private static final String WEEK_AFTER = "(?:\\s+(?<week>last|next)\\s+week\\b)?";
    /** "Thursday to Saturday", "from Monday until Wednesday". */
    private static final Pattern WEEKDAY_RANGE = Pattern.compile("(?:\\b(?<mod>last|next|this|coming)\\s+)?\\b"
            + "(?<w1>" + WEEKDAY + ")(?<sep>" + SEP + ")(?<w2>" + WEEKDAY + ")\\b" + WEEK_AFTER, CI);
    /** "on Friday", "last Wednesday", "next Monday", "this coming Sunday", "on Friday last week". */
    private static final Pattern WEEKDAY_ONE = Pattern.compile("(?:\\b(?<mod>last|next|this\\s+coming|this|coming"
            + "|past)\\s+)?\\b(?<w1>" + WEEKDAY + ")\\b" + WEEK_AFTER, CI);

    /**
     * "landed on the 16th", "from the 14th to the 16th", "on the morning of the 15th", "scheduled for the 20th and 21st":
     * a day of the month alone, after "on", "from", "until", "by" or "for",
     * and not naming a thing ("the 16th summit", "the 20th century"): only punctuation, the end, or a word that cannot
     * follow an ordinal as its noun comes next.
     */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:on|from|until|till|by|for)\\s+"
            + "(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?the\\s+(?<d1>[0-3]?\\d)"
            + "(?:st|nd|rd|th)(?:\\s+(?:to|and|until|till|-|–)\\s+(?:the\\s+)?(?<d2>[0-3]?\\d)(?:st|nd|rd|th))?"
            + "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:and|or|to|at|in|when|as|after|before|with|for|but|while|where|was|were|is|are|will|had|has)\\b)", CI);

    /** "on Wednesday the 18th", "Saturday, the 21st": a weekday and its day of the month, in a month where they agree. */
    private static final Pattern WEEKDAY_DAY = Pattern.compile("\\b(?<w1>" + WEEKDAY + "),?\\s+the\\s+(?<d1>[0-3]?\\d)"
            + "(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:" + MonthNames.REGEX + ")(?![A-Za-z]))", CI);

    /**
     * A day counted from another date of the text: "the same day", "later that day", "the following day", "the next
     * day", "a day later", "two days later", "the previous day", "three days earlier"; "the day after" and "two days
     * before" only where the phrase
     * ends (not "the day before the summit", which counts from an event).
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(?:(?<same>(?:the|that)\\s+same\\s+(?:day|morning|afternoon|evening)"
            + "|(?:later|earlier)\\s+that\\s+(?:day|morning|afternoon|evening))(?!\\s+as\\b)"
            + "|(?<later>the\\s+(?:following|next)\\s+day"
            + "|(?<n1>a|one|two|three|four|five|six|\\d)\\s+days?\\s+(?:later|afterwards?))"
            + "|(?<earlier>the\\s+(?:previous|preceding)\\s+day|(?<n2>a|one|two|three|four|five|six|\\d)\\s+days?\\s+earlier)"
            + "|(?<after>the\\s+day\\s+after|(?<n3>two|three|four|five|six|\\d)\\s+days\\s+after)(?=\\s*(?:[,.;:)]|$))"
            + "|(?<before>the\\s+day\\s+before|(?<n4>two|three|four|five|six|\\d)\\s+days\\s+before)(?=\\s*(?:[,.;:)]|$))"
            // "the day before the summit opened there on Tuesday": counted from the day the clause after it names
            + "|(?<afterNext>the\\s+day\\s+after|(?<n5>two|three|four|five|six|\\d)\\s+days\\s+after)(?=\\s+(?:the|a|an|his|her|their|its)\\s)"
            + "|(?<beforeNext>the\\s+day\\s+before|(?<n6>two|three|four|five|six|\\d)\\s+days\\s+before)(?=\\s+(?:the|a|an|his|her|their|its)\\s))", CI);
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("a", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6);

    private final String s;
    private final Function<Integer, Anchor> anchorAt;
    /** The last day named before this sentence, which "the following day" counts from when the sentence names none. */
    private final LocalDate reference;
    private final List<Found> found = new ArrayList<>();

    /** @param anchorAt the anchor (publication date and tense) for a mention starting at a given offset */
    DateScanner(String sentence, Function<Integer, Anchor> anchorAt) {
        this(sentence, anchorAt, null);
    }

    /** @param reference the last day named before the sentence, or null */
    DateScanner(String sentence, Function<Integer, Anchor> anchorAt, LocalDate reference) {
        this.s = sentence;
        this.anchorAt = anchorAt;
        this.reference = reference;
    }

    List<Found> scan() {
        each(RANGE_DM_DM, this::crossMonthRange);
        each(RANGE_MD_MD, this::crossMonthRange);
        each(RANGE_DD_M, this::sameMonthRange);
        each(RANGE_M_DD, this::sameMonthRange);
        each(DAY_DM, this::singleDay);
        each(DAY_MD, this::singleDay);
        each(MONTH, this::month);
        found.addAll(NumericDates.find(s));
        each(WEEKDAY_RANGE, this::weekdayRange);
        each(WEEKDAY_ONE, this::weekday);
        each(DAY_OF_MONTH, this::dayOfMonth);
        each(WEEKDAY_DAY, this::weekdayDay);
        each(RelativePhrases.PATTERN, m -> RelativePhrases.resolve(m, anchorAt.apply(m.start()))
                .map(d -> new Found(m.start(), m.end(), d, false)));
        each(RELATIVE_DAY, this::relativeDay);
        return found;
    }

    /** Characters a "the day before the ..." phrase looks ahead for the day it counts from. */
    static final int NEXT_DAY_REACH = 80;

    /**
     * "the day before the two-day summit opened there on Tuesday", "two days after the election on 3 May": counted from
     * the first exact single day named after it, in the same clause and within {@link #NEXT_DAY_REACH} characters.
     */
    private Optional<Found> relativeToNext(Matcher m) {
        Found next = null;
        for (Found f : found) {
            EventDate d = f.date();
            if (f.begin() < m.end() || f.begin() - m.end() > NEXT_DAY_REACH || d.precision() != Precision.DAY || d.approximate()
                    || d.days() != 1 || s.substring(m.end(), f.begin()).matches("(?s).*[.;:].*")) {
                continue;
            }
            if (next == null || f.begin() < next.begin()) next = f;
        }
        if (next == null) return Optional.empty();
        boolean forward = m.group("afterNext") != null;
        String n = forward ? m.group("n5") : m.group("n6");
        int days = n == null ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n.toLowerCase(Locale.ROOT));
        LocalDate from = next.date().start();
        return Optional.of(new Found(m.start(), m.end(), EventDate.day(forward ? from.plusDays(days) : from.minusDays(days)), false));
    }

    /** "two days later": counted from the last single day named before it in the sentence, else before the sentence. */
    private Optional<Found> relativeDay(Matcher m) {
        if (m.group("afterNext") != null || m.group("beforeNext") != null) return relativeToNext(m);
        LocalDate from = null;
        int fromEnd = -1;
        for (Found f : found) {
            EventDate d = f.date();
            if (f.end() > m.start() || d.precision() != Precision.DAY || d.approximate() || f.end() <= fromEnd) continue;
            from = m.group("later") != null || m.group("after") != null ? d.end() : d.start();
            fromEnd = f.end();
        }
        if (from == null) from = reference;
        if (from == null) return Optional.empty();
        String n = m.group("n1") != null ? m.group("n1") : m.group("n2") != null ? m.group("n2")
                : m.group("n3") != null ? m.group("n3") : m.group("n4");
        int days = n == null ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n.toLowerCase(Locale.ROOT));
        boolean forward = m.group("later") != null || m.group("after") != null;
        // ("met Scholz in Berlin the same day", "later that day"): the day itself
        if (m.group("same") != null) return Optional.of(new Found(m.start(), m.end(), EventDate.day(from), false));
        return Optional.of(new Found(m.start(), m.end(), EventDate.day(forward ? from.plusDays(days) : from.minusDays(days)), false));
    }

    private void each(Pattern p, Function<Matcher, Optional<Found>> handler) {
        Matcher m = p.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            handler.apply(m).ifPresent(found::add);
            from = m.start() + 1; // overlapping candidates: selection happens later
        }
    }

    private Optional<Found> crossMonthRange(Matcher m) {
        OptionalInt m1 = monthOf(m, "m1");
        OptionalInt m2 = monthOf(m, "m2");
        if (m1.isEmpty() || m2.isEmpty()) return Optional.empty();
        int d1 = num(m, "d1");
        int d2 = num(m, "d2");
        Integer y1 = opt(m, "y1");
        Integer y2 = opt(m, "y2");
        LocalDate start;
        LocalDate end;
        if (y1 != null || y2 != null) {
            int endYear = y2 != null ? y2 : y1;
            int startYear = y1 != null ? y1 : (m1.getAsInt() > m2.getAsInt() ? endYear - 1 : endYear);
            start = Anchor.date(startYear, m1.getAsInt(), d1);
            end = Anchor.date(endYear, m2.getAsInt(), d2);
        } else {
            start = anchorAt.apply(m.start()).dayMonth(m1.getAsInt(), d1).orElse(null);
            end = start == null ? null : endAfter(start, m2.getAsInt(), d2);
        }
        Join join = join(m, start, end);
        // "on 5 May and 7 June": two separate days, each found on its own
        if (join == Join.SEPARATE) return Optional.empty();
        return days(m, start, end, false, y2 != null ? y2 : y1);
    }

    private Optional<Found> sameMonthRange(Matcher m) {
        OptionalInt mo = monthOf(m, "m1");
        if (mo.isEmpty()) return Optional.empty();
        int d1 = num(m, "d1");
        int d2 = num(m, "d2");
        Integer y = opt(m, "y1");
        LocalDate start = y != null ? Anchor.date(y, mo.getAsInt(), d1)
                : anchorAt.apply(m.start()).dayMonth(mo.getAsInt(), d1).orElse(null);
        LocalDate end = start == null ? null : Anchor.date(start.getYear(), mo.getAsInt(), d2);
        return days(m, start, end, join(m, start, end) != Join.RANGE, y);
    }

    private Optional<Found> singleDay(Matcher m) {
        OptionalInt mo = monthOf(m, "m1");
        if (mo.isEmpty()) return Optional.empty();
        int d = num(m, "d1");
        Integer y = opt(m, "y1");
        LocalDate date = y != null ? Anchor.date(y, mo.getAsInt(), d)
                : anchorAt.apply(m.start()).dayMonth(mo.getAsInt(), d).orElse(null);
        if (y == null && date != null && m.group("wd") != null) date = matchWeekday(date, weekday(m.group("wd")));
        return days(m, date, date, false, y);
    }

    private Optional<Found> month(Matcher m) {
        OptionalInt mo = monthOf(m, "m1");
        String mod = lower(m.group("mod"));
        Integer y = opt(m, "y1");
        if (mo.isEmpty() || (y == null && mod == null && m.group("pre") == null)) return Optional.empty();
        int begin = m.group("mod") != null ? m.start("mod") : m.start("m1");
        Optional<YearMonth> ym;
        if (y != null) ym = Optional.of(YearMonth.of(y, mo.getAsInt()));
        else {
            Anchor a = anchorAt.apply(begin);
            if ("this".equals(mod)) ym = a.published().map(p -> YearMonth.of(p.getYear(), mo.getAsInt()));
            else if ("last".equals(mod)) ym = a.month(mo.getAsInt(), Anchor.Direction.BEFORE);
            else if ("next".equals(mod)) ym = a.month(mo.getAsInt(), Anchor.Direction.AFTER);
            else ym = a.month(mo.getAsInt(), a.byTense());
        }
        return ym.map(v -> new Found(begin, end(m), EventDate.month(v), false, y == null ? 0 : y));
    }

    private Optional<Found> weekdayRange(Matcher m) {
        int begin = m.group("mod") != null ? m.start("mod") : m.start("w1");
        Anchor a = anchorAt.apply(begin);
        return weekOrWeekday(a, m, false)
                .map(start -> {
                    LocalDate end = start.with(TemporalAdjusters.nextOrSame(weekday(m.group("w2"))));
                    // ("spent Sunday to Wednesday in The Gambia", told on a Monday): days told in the past are all
                    // over by the report, not begun the day before it
                    if (a.tense() == Tense.PAST && m.group("mod") == null && m.group("week") == null && a.published().isPresent()
                            && end.isAfter(a.published().get())) {
                        start = start.minusWeeks(1);
                        end = end.minusWeeks(1);
                    }
                    EventDate d = EventDate.days(start, end);
                    return new Found(begin, m.end(), join(m, start, end) == Join.RANGE ? d : d.asApproximate(), false);
                });
    }

    /** "an official visit lasting until Saturday": a state told by a participle runs from now to the day it names. */
    private static final Pattern LASTING_UNTIL = Pattern.compile("\\b\\p{L}+ing\\s+(?:until|till)\\s+$", Pattern.CASE_INSENSITIVE);

    private Optional<Found> weekday(Matcher m) {
        int begin = m.group("mod") != null ? m.start("mod") : m.start("w1");
        Anchor a = anchorAt.apply(begin);
        // (the clause's own tense, not the sentence's: "who arrived on Tuesday for a visit lasting until Saturday")
        if (m.group("mod") == null && LASTING_UNTIL.matcher(s.substring(Math.max(0, begin - 40), begin)).find()) {
            a = new Anchor(a.published().orElse(null), Tense.PRESENT, null);
        }
        return weekOrWeekday(a, m, true)
                .map(d -> new Found(begin, m.end(), EventDate.day(d), false));
    }

    private Optional<Found> dayOfMonth(Matcher m) {
        Anchor a = anchorAt.apply(m.start());
        Optional<LocalDate> first = a.dayOfMonth(Integer.parseInt(m.group("d1")));
        if (first.isEmpty()) return Optional.empty();
        int begin = m.start("d1") - "the ".length();
        if (m.group("d2") == null) return Optional.of(new Found(begin, m.end(), EventDate.day(first.get()), false));
        int d2 = Integer.parseInt(m.group("d2"));
        LocalDate last = first.get().withDayOfMonth(Math.min(d2, first.get().lengthOfMonth()));
        if (d2 < first.get().getDayOfMonth()) last = first.get().plusMonths(1).withDayOfMonth(d2); // "the 30th to the 2nd"
        return Optional.of(new Found(begin, m.end(), EventDate.days(first.get(), last), false));
    }

    /**
     * "Wednesday the 18th": of the months around the report's, the day the tense points to if it falls on that weekday,
     * else the nearest day of that number that does; none if no month near agrees.
     */
    private Optional<Found> weekdayDay(Matcher m) {
        Anchor a = anchorAt.apply(m.start());
        DayOfWeek dow = weekday(m.group("w1"));
        int day = Integer.parseInt(m.group("d1"));
        Optional<LocalDate> byTense = a.dayOfMonth(day);
        if (byTense.isEmpty()) return Optional.empty();
        LocalDate best = byTense.get().getDayOfWeek() == dow ? byTense.get() : null;
        for (int shift = 1; best == null && shift <= 2; shift++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate month = byTense.get().withDayOfMonth(1).plusMonths((long) sign * shift);
                LocalDate other = Anchor.date(month.getYear(), month.getMonthValue(), day);
                if (best == null && other != null && other.getDayOfWeek() == dow) best = other;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(m.start(), m.end(), EventDate.day(best), false));
    }

    /** "Tuesday, 5 May" without a year: the neighbouring year whose 5 May is a Tuesday, if the inferred one's isn't. */
    private static LocalDate matchWeekday(LocalDate date, DayOfWeek dow) {
        if (date.getDayOfWeek() == dow) return date;
        for (int shift : new int[] {-1, 1}) {
            LocalDate other = Anchor.date(date.getYear() + shift, date.getMonthValue(), date.getDayOfMonth());
            if (other != null && other.getDayOfWeek() == dow) return other;
        }
        return date;
    }

    /** The first weekday matched: in the calendar week named after it ("Friday last week"), or by its modifier. */
    private static Optional<LocalDate> weekOrWeekday(Anchor a, Matcher m, boolean alone) {
        DayOfWeek dow = weekday(m.group("w1"));
        String week = lower(m.group("week"));
        if (week != null && m.group("mod") == null) return a.inWeek(dow, week.equals("last") ? -1 : 1);
        Anchor.Direction dir = weekdayDirection(a, lower(m.group("mod")));
        return alone ? a.oneWeekday(dow, dir) : a.weekday(dow, dir);
    }

    private static Anchor.Direction weekdayDirection(Anchor a, String mod) {
        if (mod != null) {
            if (mod.equals("last") || mod.equals("past")) return Anchor.Direction.BEFORE;
            if (mod.equals("next") || mod.startsWith("this") && mod.endsWith("coming") || mod.equals("coming")) {
                return Anchor.Direction.AFTER;
            }
        }
        // "is travelling to the U.S. on Sunday", "is visiting Paris on Monday": the present tense of a dated event
        // means the nearest such day, past or coming
        if (a.tense() == Tense.PRESENT) return Anchor.Direction.CLOSEST;
        return a.tense() == Tense.FUTURE ? Anchor.Direction.ON_OR_AFTER : Anchor.Direction.ON_OR_BEFORE;
    }

    /** How the two ends of a range are joined. */
    private enum Join { RANGE, CHOICE, SEPARATE }

    /**
     * "5–7 May" and "between 5 and 7 May" are ranges; "8 or 9 June" is a choice; "on 5 and 7 May" names two days,
     * kept as an approximate span unless they are consecutive, and "on 5 May and 7 June" two separate dates.
     */
    private Join join(Matcher m, LocalDate start, LocalDate end) {
        String sep = m.group("sep").trim().toLowerCase(Locale.ROOT);
        if (sep.equals("or")) return Join.CHOICE;
        if (!sep.equals("and")) return Join.RANGE;
        if (BETWEEN.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) return Join.RANGE;
        if (start != null && end != null && end.equals(start.plusDays(1))) return Join.RANGE;
        return start != null && end != null && start.getMonth() == end.getMonth() ? Join.CHOICE : Join.SEPARATE;
    }

    private Optional<Found> days(Matcher m, LocalDate start, LocalDate end, boolean approximate, Integer year) {
        if (start == null || end == null || end.isBefore(start)) return Optional.empty();
        EventDate d = EventDate.days(start, end);
        return Optional.of(new Found(m.start(), end(m), approximate ? d.asApproximate() : d, false,
                year == null ? 0 : year));
    }

    /** The match end, leaving out a sentence's full stop after a full month name ("on 3 May."). */
    private int end(Matcher m) {
        int e = m.end();
        if (e > 0 && s.charAt(e - 1) == '.') {
            int w = e - 1;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
            if (MonthNames.isFullName(s.substring(w, e - 1))) return e - 1;
        }
        return e;
    }

    /** The end of a range given without a year: the first such day on or after the start. */
    private static LocalDate endAfter(LocalDate start, int month, int day) {
        LocalDate e = Anchor.date(start.getYear(), month, day);
        if (e != null && e.isBefore(start)) e = Anchor.date(start.getYear() + 1, month, day);
        return e;
    }

    private static OptionalInt monthOf(Matcher m, String group) {
        String token = m.group(group);
        return MonthNames.acceptable(token) ? MonthNames.parse(token) : OptionalInt.empty();
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static Integer opt(Matcher m, String group) {
        String g = m.group(group);
        return g == null ? null : Integer.valueOf(g);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Longest candidates first, then leftmost; drops candidates overlapping an accepted one. */
    static List<Found> select(List<Found> candidates) {
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Found f) -> f.begin() - f.end()).thenComparingInt(Found::begin));
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            if (kept.stream().noneMatch(k -> k.begin() < f.end() && f.begin() < k.end())) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(Found::begin));
        return kept;
    }
}
