package dev.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Places incomplete dates (no year, a weekday, a bare month) relative to the publication date, choosing past or
 * future from the clause's tense. Without a publication date nothing relative can be placed.
 */
final class Anchor {
    /** Which occurrence of a recurring date (a weekday, "5 May", "March") is meant. */
    enum Direction { BEFORE, ON_OR_BEFORE, ON_OR_AFTER, AFTER, NEAREST, CLOSEST }

    /** A future-tense "5 May" may be reported a few days late, so "the next 5 May" starts this far back. */
    private static final int FUTURE_GRACE_DAYS = 3;

    private final LocalDate published;
    private final Tense tense;
    private final Integer yearHint;

    Anchor(LocalDate published, Tense tense) {
        this(published, tense, null);
    }

    /** @param yearHint the one year written elsewhere in the sentence ("5 May and 7 June 2019"), or null */
    Anchor(LocalDate published, Tense tense, Integer yearHint) {
        this.published = published;
        this.tense = tense;
        this.yearHint = yearHint;
    }

    Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    Tense tense() {
        return tense;
    }

    /** The direction the tense implies: past tense looks back, future forward, otherwise the nearest. */
    Direction byTense() {
        switch (tense) {
            case PAST: return Direction.ON_OR_BEFORE;
            case FUTURE: return Direction.ON_OR_AFTER;
            default: return Direction.NEAREST;
        }
    }

    /** Days back beyond which a yearless day under a past verb is not the previous year's (see dayMonth). */
    static final int FAR_PAST_DAYS = 240;
    /** How far ahead the publication year's day may then lie. */
    static final int NEAR_AHEAD_DAYS = 60;

    /** A day and month without a year. */
    Optional<LocalDate> dayMonth(int month, int day) {
        if (yearHint != null) return Optional.ofNullable(date(yearHint, month, day));
        if (published == null) return Optional.empty();
        int y = published.getYear();
        LocalDate prev = date(y - 1, month, day);
        LocalDate same = date(y, month, day);
        LocalDate next = date(y + 1, month, day);
        switch (byTense()) {
            case ON_OR_BEFORE: {
                if (same != null && !same.isAfter(published)) return Optional.of(same);
                // (a September report's "between October 11 and 13" under a past verb: a day the better part of a year
                // back is written with its year, so a yearless one a few weeks ahead is the one meant)
                if (prev != null && same != null && ChronoUnit.DAYS.between(prev, published) > FAR_PAST_DAYS
                        && ChronoUnit.DAYS.between(published, same) <= NEAR_AHEAD_DAYS) {
                    return Optional.of(same);
                }
                return Optional.ofNullable(prev);
            }
            case ON_OR_AFTER: {
                LocalDate from = published.minusDays(FUTURE_GRACE_DAYS);
                return Optional.ofNullable(same != null && !same.isBefore(from) ? same : next);
            }
            default:
                return Optional.ofNullable(nearest(nearest(prev, same), next));
        }
    }

    /**
     * A day of the month named alone ("landed on the 16th"): in the publication's month or a neighbouring one, by the
     * tense as for a weekday (NEAREST: the latest on or before publication, as news mostly reports the past).
     */
    Optional<LocalDate> dayOfMonth(int day) {
        if (published == null || day < 1 || day > 31) return Optional.empty();
        YearMonth pub = YearMonth.from(published);
        LocalDate prev = date(pub.minusMonths(1).getYear(), pub.minusMonths(1).getMonthValue(), day);
        LocalDate same = date(pub.getYear(), pub.getMonthValue(), day);
        LocalDate next = date(pub.plusMonths(1).getYear(), pub.plusMonths(1).getMonthValue(), day);
        if (byTense() == Direction.ON_OR_AFTER) {
            return Optional.ofNullable(same != null && !same.isBefore(published) ? same : next);
        }
        return Optional.ofNullable(same != null && !same.isAfter(published) ? same : prev);
    }

    /** A month without a year, in the given direction relative to the publication month. */
    Optional<YearMonth> month(int month, Direction dir) {
        boolean byTense = dir != Direction.BEFORE && dir != Direction.AFTER;
        if (yearHint != null && byTense) return Optional.of(YearMonth.of(yearHint, month));
        if (published == null) return Optional.empty();
        YearMonth pub = YearMonth.from(published);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        switch (dir) {
            case BEFORE: return Optional.of(same.isBefore(pub) ? same : same.minusYears(1));
            case ON_OR_BEFORE: return Optional.of(same.isAfter(pub) ? same.minusYears(1) : same);
            case AFTER: return Optional.of(same.isAfter(pub) ? same : same.plusYears(1));
            case ON_OR_AFTER: return Optional.of(same.isBefore(pub) ? same.plusYears(1) : same);
            default: {
                long diff = ChronoUnit.MONTHS.between(pub, same);
                if (diff > 6) return Optional.of(same.minusYears(1));
                if (diff < -6) return Optional.of(same.plusYears(1));
                return Optional.of(same); // ties at six months stay in the publication year
            }
        }
    }

    /** A weekday; NEAREST means the latest one on or before publication, as news mostly reports the past. */
    Optional<LocalDate> weekday(DayOfWeek dow, Direction dir) {
        if (published == null) return Optional.empty();
        switch (dir) {
            case BEFORE: return Optional.of(published.with(TemporalAdjusters.previous(dow)));
            case AFTER: return Optional.of(published.with(TemporalAdjusters.next(dow)));
            case ON_OR_AFTER: return Optional.of(published.with(TemporalAdjusters.nextOrSame(dow)));
            case CLOSEST: {
                // the nearer of the last and the next such day; the same day, or a tie, counts as the past one
                LocalDate before = published.with(TemporalAdjusters.previousOrSame(dow));
                LocalDate after = published.with(TemporalAdjusters.nextOrSame(dow));
                return Optional.of(after.toEpochDay() - published.toEpochDay() < published.toEpochDay() - before.toEpochDay() ? after : before);
            }
            default: return Optional.of(published.with(TemporalAdjusters.previousOrSame(dow)));
        }
    }

    /**
     * One weekday named alone: as {@link #weekday}, except that the day after the date stamp is that day even in a
     * past clause. A report stamped in one time zone (a wire's or a US site's date) can tell of an afternoon already
     * over where the event took place, a day ahead; a day six days back is "last Tuesday". (Not for a range: "met on
     * Thursday and Friday" cannot both be over a day ahead.)
     */
    Optional<LocalDate> oneWeekday(DayOfWeek dow, Direction dir) {
        if (published != null && (dir == Direction.ON_OR_BEFORE || dir == Direction.NEAREST)
                && published.plusDays(1).getDayOfWeek() == dow) {
            return Optional.of(published.plusDays(1));
        }
        return weekday(dow, dir);
    }

    /** The weekday in the calendar week (Monday to Sunday) {@code weeks} before or after the publication's. */
    Optional<LocalDate> inWeek(DayOfWeek dow, int weeks) {
        if (published == null) return Optional.empty();
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
        return Optional.of(monday.with(TemporalAdjusters.nextOrSame(dow)));
    }

    /** A valid date or null (30 February, 29 February outside leap years). */
    static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) return null;
        return LocalDate.of(y, m, d);
    }

    private LocalDate nearest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        long da = Math.abs(ChronoUnit.DAYS.between(published, a));
        long db = Math.abs(ChronoUnit.DAYS.between(published, b));
        return db < da ? b : a; // ties go to the earlier date: news reports mostly look back
    }
}
