package dev.parley.events;

import dev.parley.time.EventDate;
import dev.parley.time.Precision;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The days of a planned trip's legs. "Lee will leave on Sunday for a seven-day tour of Kazakhstan, Uzbekistan and
 * Turkmenistan. He then moves on to Uzbekistan, with talks on Wednesday": a weekday named for a part of the trip is a
 * day of the trip, not the first such weekday after the article was published (which may fall before the trip
 * begins).
 */
final class Itineraries {
    private Itineraries() {
    }

    /** Provenance of a date moved a week on into the trip it is part of. */
    static final String WITHIN_THE_TRIP = "within-the-trip";

    private static final Pattern MONTH = Pattern.compile("\\b(?:" + String.join("|", monthNames()) + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The candidates of one article, with each date told by weekday alone for a person on a planned trip of several
     * legs moved on a week when it falls before the trip begins and the same weekdays a week later fall within it.
     */
    static List<Candidate> withinTrips(List<Candidate> candidates) {
        List<Candidate> trips = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.type() == EventType.VISIT && c.date() != null && c.rules().contains(EventDetector.SPAN_OF_THE_TRIP)
                    && (c.status() == Status.PLANNED || c.status() == Status.PROPOSED)) {
                trips.add(c);
            }
        }
        if (trips.isEmpty()) return candidates;
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) out.add(moved(c, trips));
        return out;
    }

    private static Candidate moved(Candidate c, List<Candidate> trips) {
        EventDate d = c.date();
        if (d == null || d.precision() != Precision.DAY || d.approximate() || d.days() > 7 || !byWeekdayAlone(c)) return c;
        for (Candidate trip : trips) {
            if (trip == c || !traveller(trip).equals(traveller(c)) && !hasPerson(c, traveller(trip))) continue;
            EventDate span = trip.date();
            EventDate later = EventDate.days(d.start().plusWeeks(1), d.end().plusWeeks(1));
            if (d.end().isBefore(span.start()) && !later.start().isBefore(span.start()) && !later.end().isAfter(span.end())) {
                return c.with(later, c.durationDays(), c.status(), WITHIN_THE_TRIP);
            }
        }
        return c;
    }

    /** Whether the sentence names the date's weekdays and no month: "on Friday and Saturday", not "on Friday, 12 June". */
    private static boolean byWeekdayAlone(Candidate c) {
        String text = c.text().toLowerCase(Locale.ROOT);
        if (MONTH.matcher(text).find()) return false;
        for (DayOfWeek w : List.of(c.date().start().getDayOfWeek(), c.date().end().getDayOfWeek())) {
            if (!text.contains(w.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static Integer traveller(Candidate c) {
        for (LocalParticipant lp : c.participants()) if (lp.role() == Role.VISITOR) return lp.person();
        return -1;
    }

    private static boolean hasPerson(Candidate c, int person) {
        return c.participants().stream().anyMatch(lp -> lp.person() == person);
    }

    private static List<String> monthNames() {
        List<String> out = new ArrayList<>();
        for (Month m : Month.values()) out.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return out;
    }
}
