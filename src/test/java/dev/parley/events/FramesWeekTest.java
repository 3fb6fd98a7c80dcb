package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.time.DateMention;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A bare past weekday told after a calendar day of an earlier week is the one beside it (Timing.inTheFramesWeek). */
class FramesWeekTest {
    private static final LocalDate MONDAY_29_AUGUST = LocalDate.of(2033, 8, 29);

    private static EventDate read(String weekday, LocalDate resolved, LocalDate frame) {
        DateMention m = new DateMention(0, weekday.length(), weekday, EventDate.day(resolved));
        return Timing.inTheFramesWeek(m, EventDate.day(resolved), frame, MONDAY_29_AUGUST);
    }

    @Test void aWeekdayAfterAnEarlierWeeksDayIsTheOneBesideIt() {
        // "The summit closed on 20 August ...; Tchissola spent Friday afternoon in talks" (Friday read as the 26th)
        assertEquals(EventDate.day(LocalDate.of(2033, 8, 19)), read("Friday", LocalDate.of(2033, 8, 26), LocalDate.of(2033, 8, 20)));
        // "opened on Friday [August 19] ... landed in Maseru early on Saturday morning" (Saturday read as the 27th)
        assertEquals(EventDate.day(LocalDate.of(2033, 8, 20)), read("Saturday", LocalDate.of(2033, 8, 27), LocalDate.of(2033, 8, 19)));
    }

    @Test void notBesideADayOfTheReportsWeekNorABackgroundDate() {
        // "talks on 25 August ... on Saturday": the frame is the report's week, Saturday the 27th stays
        assertEquals(EventDate.day(LocalDate.of(2033, 8, 27)), read("Saturday", LocalDate.of(2033, 8, 27), LocalDate.of(2033, 8, 25)));
        // "the accord signed on 3 March 2019 ... On Friday": background of another year frames nothing
        assertEquals(EventDate.day(LocalDate.of(2033, 8, 26)), read("Friday", LocalDate.of(2033, 8, 26), LocalDate.of(2019, 3, 3)));
        // "last Friday" is no bare weekday
        assertEquals(EventDate.day(LocalDate.of(2033, 8, 26)), read("last Friday", LocalDate.of(2033, 8, 26), LocalDate.of(2033, 8, 20)));
    }
}
