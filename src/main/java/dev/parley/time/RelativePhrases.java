package dev.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates relative to the publication day: "yesterday", "next week", "earlier this month", "over the weekend",
 * "three days ago", "next spring", "at the end of the month". Weeks are ISO weeks (Monday to Sunday); a week or weekend is approximate, as the event lies
 * somewhere within it.
 */
final class RelativePhrases {
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "ten", 10);

    /** The seasons' names; "fall" only after a word that makes it one ("this fall", "in the fall"). */
    private static final String SEASONS = "spring|summer|autumn|fall|winter";

    static final Pattern PATTERN = Pattern.compile("\\b(?:"
            + "(?<dayBefore>the\\s+day\\s+before\\s+yesterday)|(?<dayAfter>the\\s+day\\s+after\\s+tomorrow)"
            + "|(?<yesterday>yesterday|last\\s+night)|(?<tomorrow>tomorrow)"
            + "|(?<today>(?:earlier\\s+|later\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening))"
            + "|(?<weekend>(?:over|at|during)\\s+the\\s+weekend|(?<wmod>this|last|next|the\\s+coming|the\\s+past)"
            + "\\s+weekend)"
            + "|(?<week>(?<kmod>earlier\\s+this|later\\s+this|this|last|next|the\\s+coming|the\\s+past)\\s+week)"
            + "|(?<month>(?<mmod>earlier\\s+this|later\\s+this|this|last|next)\\s+month)"
            + "|(?<part>(?<pn>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(?<pu>half|quarter)\\s+of\\s+"
            + "(?:(?<pmod>this|next|last|the)\\s+year|(?<py>(?:19|20)\\d{2})))"
            + "|(?<endOf>(?:at|by|before|towards?|until)\\s+the\\s+end\\s+of\\s+(?<emod>the|this|next)\\s+(?<eunit>month|year)"
            + "|by\\s+(?:the\\s+)?year[-\\s]end|by\\s+the\\s+year['’]s\\s+end)"
            + "|(?<year>(?<ymod>earlier\\s+this|later\\s+this|this|last|next)\\s+year)"
            + "|(?<season>(?:(?<smod>this|next|last|the\\s+coming|the\\s+past)\\s+|in\\s+the\\s+)(?<sname>" + SEASONS + ")"
            + "(?:\\s+of\\s+(?<sy>(?:19|20)\\d{2}))?|(?<sname2>" + SEASONS + ")\\s+(?<sy2>(?:19|20)\\d{2}))"
            + "|(?<ago>(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|ten)\\s+(?<unit>day|week|month|year)s?"
            + "\\s+ago)"
            // ("It will come two months after Lula met with Biden"): the clause after it, counted back from the report;
            // the event detector takes it only for the event of that clause
            + "|(?<since>(?<n3>\\d{1,2}|a|an|one|two|three|four|five|six|seven|ten)\\s+(?<unit3>week|month|year)s?\\s+after)"
            // ("met him twice in three days", "three times in two weeks": a stretch counted, no day three days on)
            + "|(?<within>(?<!(?:once|twice|thrice|times)\\s)in\\s+(?<n2>\\d{1,2}|a|an|one|two|three|four|five|six|seven|ten)\\s+(?<unit2>day|week)s?"
            + "(?:'?\\s+time)?(?!\\s+of\\b))"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    private RelativePhrases() {
    }

    static Optional<EventDate> resolve(Matcher m, Anchor a) {
        Optional<LocalDate> pub = a.published();
        if (pub.isEmpty()) return Optional.empty();
        LocalDate p = pub.get();
        if (m.group("dayBefore") != null) return Optional.of(EventDate.day(p.minusDays(2)));
        if (m.group("dayAfter") != null) return Optional.of(EventDate.day(p.plusDays(2)));
        if (m.group("yesterday") != null) return Optional.of(EventDate.day(p.minusDays(1)));
        if (m.group("tomorrow") != null) return Optional.of(EventDate.day(p.plusDays(1)));
        if (m.group("today") != null) return Optional.of(EventDate.day(p));
        if (m.group("weekend") != null) return Optional.of(weekend(p, mod(m, "wmod"), a.tense()));
        if (m.group("week") != null) return Optional.of(week(p, mod(m, "kmod")));
        if (m.group("month") != null) return Optional.of(month(p, mod(m, "mmod")));
        if (m.group("part") != null) return Optional.of(part(p, m));
        if (m.group("endOf") != null) {
            // "at the end of the month", "by the end of next year", "by year-end": the month or year it ends
            boolean next = mod(m, "emod").equals("next");
            boolean month = "month".equalsIgnoreCase(m.group("eunit"));
            return Optional.of(month ? month(p, next ? "next" : "") : year(p, next ? "next" : ""));
        }
        if (m.group("year") != null) return Optional.of(year(p, mod(m, "ymod")));
        if (m.group("season") != null) return Optional.of(season(p, m, a.tense()));
        if (m.group("within") != null) return Optional.of(within(p, m));
        if (m.group("since") != null) return Optional.of(back(p, m.group("n3"), m.group("unit3")));
        return Optional.of(back(p, m.group("n"), m.group("unit")));
    }

    /** "in three days" is that day; "in two weeks" only roughly so. */
    private static EventDate within(LocalDate p, Matcher m) {
        String n = m.group("n2").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
        if (m.group("unit2").equalsIgnoreCase("day")) return EventDate.day(p.plusDays(count));
        return EventDate.day(p.plusWeeks(count)).asApproximate();
    }

    private static String mod(Matcher m, String group) {
        String g = m.group(group);
        return g == null ? "" : g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static EventDate weekend(LocalDate p, String mod, Tense tense) {
        boolean future;
        switch (mod) {
            case "next":
            case "the coming":
                LocalDate sat = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                return EventDate.days(sat, sat.plusDays(1)).asApproximate();
            case "last":
            case "the past":
                LocalDate sun = p.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
                return EventDate.days(sun.minusDays(1), sun).asApproximate();
            case "this":
                future = tense != Tense.PAST;
                break;
            default: // "over/at the weekend" in news mostly reports the one just past
                future = tense == Tense.FUTURE;
        }
        if (future) { // the weekend still to come or under way: its Sunday is on or after publication
            LocalDate sun = p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return EventDate.days(sun.minusDays(1), sun).asApproximate();
        }
        LocalDate sat = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return EventDate.days(sat, sat.plusDays(1)).asApproximate();
    }

    private static EventDate week(LocalDate p, String mod) {
        LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        switch (mod) {
            case "next":
            case "the coming":
                return EventDate.days(monday.plusWeeks(1), monday.plusDays(13)).asApproximate();
            case "last":
                return EventDate.days(monday.minusWeeks(1), monday.minusDays(1)).asApproximate();
            case "the past": // the seven days up to publication, not the previous calendar week
                return EventDate.days(p.minusDays(7), p.minusDays(1)).asApproximate();
            case "earlier this":
                return EventDate.days(monday, p).asApproximate();
            case "later this":
                return EventDate.days(p, monday.plusDays(6)).asApproximate();
            default:
                return EventDate.days(monday, monday.plusDays(6)).asApproximate();
        }
    }

    private static EventDate month(LocalDate p, String mod) {
        YearMonth ym = YearMonth.from(p);
        if (mod.equals("next")) ym = ym.plusMonths(1);
        if (mod.equals("last")) ym = ym.minusMonths(1);
        return EventDate.month(ym);
    }

    private static EventDate year(LocalDate p, String mod) {
        int y = p.getYear();
        if (mod.equals("next")) y++;
        if (mod.equals("last")) y--;
        return EventDate.year(y);
    }

    /**
     * "the second half of the year" (of the report's year), "the first quarter of next year", "the first half of
     * 2027": the months of that part of the year.
     */
    private static EventDate part(LocalDate p, Matcher m) {
        int y = m.group("py") != null ? Integer.parseInt(m.group("py")) : p.getYear();
        String mod = mod(m, "pmod");
        if (mod.equals("next")) y++;
        if (mod.equals("last")) y--;
        boolean half = m.group("pu").equalsIgnoreCase("half");
        int parts = half ? 2 : 4;
        int n = switch (m.group("pn").toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> parts; // "final", "last"
        };
        if (n > parts) n = parts;
        int months = 12 / parts;
        YearMonth first = YearMonth.of(y, (n - 1) * months + 1);
        return new EventDate(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth(), Precision.MONTH, false);
    }

    /**
     * "this summer", "next spring", "in the autumn", "in the winter of 2027", "spring 2028": the months of the season,
     * as the northern hemisphere's meteorological seasons (March–May, June–August, September–November,
     * December–February), which is what news in English mostly means (a southern "summer" is not told apart). "This"
     * is the season of the report's year (for winter, the one that began in its December, or in the December before a
     * January or February report); "next" the first to begin after the report, "last" the last to end before it,
     * "the coming" the one under way or next; "in the" the one under way or next, or in the past tense the one under
     * way or last.
     */
    private static EventDate season(LocalDate p, Matcher m, Tense tense) {
        String name = (m.group("sname") != null ? m.group("sname") : m.group("sname2")).toLowerCase(Locale.ROOT);
        int first = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9; // autumn, fall
        };
        String year = m.group("sy") != null ? m.group("sy") : m.group("sy2");
        if (year != null) return seasonOf(Integer.parseInt(year), first);
        String mod = mod(m, "smod");
        switch (mod) {
            case "this":
                return seasonOf(first == 12 && p.getMonthValue() <= 2 ? p.getYear() - 1 : p.getYear(), first);
            case "next": {
                int y = p.getYear() - 1;
                while (!seasonOf(y, first).start().isAfter(p)) y++;
                return seasonOf(y, first);
            }
            case "last":
            case "the past": {
                int y = p.getYear() + 1;
                while (!seasonOf(y, first).end().isBefore(p)) y--;
                return seasonOf(y, first);
            }
            default: { // "the coming", "in the"
                if (tense == Tense.PAST && !mod.equals("the coming")) {
                    int y = p.getYear() + 1;
                    while (seasonOf(y, first).start().isAfter(p)) y--;
                    return seasonOf(y, first);
                }
                int y = p.getYear() - 1;
                while (seasonOf(y, first).end().isBefore(p)) y++;
                return seasonOf(y, first);
            }
        }
    }

    /** The season of year y that begins in month {@code first} (winter runs into the next year). */
    private static EventDate seasonOf(int y, int first) {
        YearMonth start = YearMonth.of(y, first);
        return new EventDate(start.atDay(1), start.plusMonths(2).atEndOfMonth(), Precision.MONTH, false);
    }

    /** "three weeks ago", "two months after ...": so many units before the report, to the precision of the unit. */
    private static EventDate back(LocalDate p, String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "day": return EventDate.day(p.minusDays(count));
            case "week": return EventDate.day(p.minusWeeks(count)).asApproximate();
            case "month": return EventDate.month(YearMonth.from(p.minusMonths(count)));
            default: return EventDate.year(p.getYear() - count);
        }
    }
}
