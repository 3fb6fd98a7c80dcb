package dev.parley.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * An inclusive date interval at a precision. A MONTH date has start = first and end = last day of its
 * months; a YEAR date likewise. {@code approximate} marks an event lying somewhere within the interval
 * ("next week") rather than spanning it.
 */
public record EventDate(LocalDate start, LocalDate end, Precision precision, boolean approximate) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) throw new IllegalArgumentException("end before start: " + start + ".." + end);
    }

    public static EventDate day(LocalDate d) {
        return new EventDate(d, d, Precision.DAY, false);
    }

    public static EventDate days(LocalDate from, LocalDate to) {
        return new EventDate(from, to, Precision.DAY, false);
    }

    public static EventDate month(YearMonth m) {
        return new EventDate(m.atDay(1), m.atEndOfMonth(), Precision.MONTH, false);
    }

    public static EventDate year(int y) {
        return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, false);
    }

    public EventDate asApproximate() {
        return new EventDate(start, end, precision, true);
    }

    /** Number of days covered, inclusive. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    public boolean overlaps(EventDate o) {
        return !start.isAfter(o.end) && !o.start.isAfter(end);
    }

    public boolean contains(EventDate o) {
        return !o.start.isBefore(start) && !o.end.isAfter(end);
    }

    /** ISO 8601 at this precision: 2021-03-22, 2021-03 or 2021. */
    public String startIso() {
        return iso(start);
    }

    public String endIso() {
        return iso(end);
    }

    private String iso(LocalDate d) {
        switch (precision) {
            case DAY: return d.toString();
            case MONTH: return YearMonth.from(d).toString();
            default: return Integer.toString(d.getYear());
        }
    }

    /** Human form for labels: "22–23 March 2021", "30 March – 2 April 2021", "October 2023", "2022". */
    public String label() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
        switch (precision) {
            case YEAR:
                return start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                        : start.getYear() + "–" + end.getYear();
            case MONTH: {
                String s = start.format(month);
                String e = end.format(month);
                if (YearMonth.from(start).equals(YearMonth.from(end))) return s + " " + start.getYear();
                if (start.getYear() == end.getYear()) return s + " – " + e + " " + end.getYear();
                return s + " " + start.getYear() + " – " + e + " " + end.getYear();
            }
            default: {
                if (start.equals(end)) return start.getDayOfMonth() + " " + start.format(month) + " " + start.getYear();
                if (start.getYear() != end.getYear()) {
                    return start.getDayOfMonth() + " " + start.format(month) + " " + start.getYear() + " – "
                            + end.getDayOfMonth() + " " + end.format(month) + " " + end.getYear();
                }
                if (start.getMonth() != end.getMonth()) {
                    return start.getDayOfMonth() + " " + start.format(month) + " – "
                            + end.getDayOfMonth() + " " + end.format(month) + " " + end.getYear();
                }
                return start.getDayOfMonth() + "–" + end.getDayOfMonth() + " " + end.format(month) + " " + end.getYear();
            }
        }
    }
}
