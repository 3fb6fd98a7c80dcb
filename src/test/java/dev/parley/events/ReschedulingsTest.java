package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan moved to other dates is the plan cancelled, with its dates, and the event at its new dates. */
class ReschedulingsTest {
    /** Thursday 9 May 2024. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 9);

    private static Candidate candidate(EventType type, String trigger, Status status, String text) {
        return new Candidate("a.txt", 0, 0, text.length(), 0, text.length(), text, trigger, type,
                List.of(new LocalParticipant(0, Role.VISITOR, 1)), "Lima", "PER", null, 0, status, true, null, PUBLISHED, false);
    }

    private static List<String> split(Candidate c) {
        return Reschedulings.split(List.of(c)).stream()
                .map(x -> x.status().json() + " " + (x.date() == null ? "undated" : x.date().start() + ".." + x.date().end()))
                .toList();
    }

    @Test void aVisitPostponedToAMonthIsTwoEvents() {
        assertEquals(List.of("cancelled 2024-05-13..2024-05-15", "planned 2024-06-01..2024-06-30"), split(candidate(EventType.VISIT,
                "visit", Status.CANCELLED, "The visit of Ana Ruiz to Lima, initially set for 13 to 15 May, has been postponed to June.")));
    }

    @Test void aMeetingMovedFromOneDayToAnother() {
        assertEquals(List.of("cancelled 2024-05-13..2024-05-13", "planned 2024-05-16..2024-05-16"), split(candidate(EventType.MEETING,
                "meeting", Status.PLANNED, "A meeting of Ana Ruiz and Jon Sato in Lima has been moved from Monday to Thursday.")));
    }

    @Test void aMeetingMovedToADayNextWeekIsThatWeeksDay() {
        // the new day is next week's from the report, already after the old one: not a week after that
        assertEquals(List.of("cancelled 2024-05-13..2024-05-13", "planned 2024-05-16..2024-05-16"), split(candidate(EventType.MEETING,
                "meeting", Status.PLANNED, "A meeting of Ana Ruiz and Jon Sato in Lima has been moved from Monday to Thursday next week.")));
    }

    @Test void aVisitBroughtForwardComesBeforeItsOldDate() {
        assertEquals(List.of("cancelled 2024-05-28..2024-05-28", "planned 2024-05-20..2024-05-20"), split(candidate(EventType.VISIT,
                "visit", Status.PLANNED, "Peru is bringing forward the visit of Ana Ruiz to Lima to 20 May from 28 May, officials said.")));
    }

    @Test void aCallPushedBackByTheVerbBeforeIt() {
        assertEquals(List.of("cancelled 2024-05-10..2024-05-10", "planned 2024-05-14..2024-05-14"), split(candidate(EventType.CALL,
                "call", Status.PLANNED, "Ana Ruiz and Jon Sato agreed to push back their phone call, originally set for Friday, to Tuesday.")));
    }

    @Test void aPlanOriginallyForOneDateNowTakesPlaceAtAnother() {
        // April, written in May, is the April gone by: a plan is put off to later dates
        assertEquals(List.of("cancelled 2024-04-01..2024-04-30", "planned 2024-05-20..2024-05-22"), split(candidate(EventType.VISIT,
                "visit", Status.PLANNED, "Ana Ruiz's visit to Lima, originally planned for April, will now take place from 20 to 22 May.")));
    }

    @Test void aPlanToldInAPastRelativeClauseIsTheOldDateNotANewOne() {
        // "which had been scheduled for next week": what was postponed, with no new date
        Candidate c = candidate(EventType.VISIT, "trip", Status.CANCELLED,
                "Ana Ruiz has postponed her trip to Lima, which had been scheduled for next week, because of the storm.");
        assertEquals(List.of(c), Reschedulings.split(List.of(c)));
    }

    @Test void aPlanKeptAtItsDateIsLeftAlone() {
        Candidate c = candidate(EventType.VISIT, "visit", Status.PLANNED,
                "Ana Ruiz's visit to Lima, planned for 20 May, will take place as scheduled, her office said on Monday.");
        assertEquals(List.of(c), Reschedulings.split(List.of(c)));
    }

    @Test void aPostponementWithoutANewDateStaysOneEvent() {
        Candidate c = candidate(EventType.VISIT, "visit", Status.CANCELLED, "The visit of Ana Ruiz to Lima has been postponed.");
        assertEquals(List.of(c), Reschedulings.split(List.of(c)));
    }

    @Test void aPlanThatMovesNothingIsLeftAlone() {
        // "moved" before the trigger, and "to" a place: no new date
        Candidate c = candidate(EventType.VISIT, "visit", Status.PLANNED, "Ruiz, who moved to Lima in May, will visit Quito on Monday.");
        assertEquals(List.of(c), Reschedulings.split(List.of(c)));
    }

    @Test void theTwoEventsOfAMovedPlanStayApartInTheirSentence() {
        List<Candidate> two = Reschedulings.split(List.of(candidate(EventType.VISIT, "visit", Status.CANCELLED,
                "The visit of Ana Ruiz to Lima, initially set for 13 to 15 May, has been postponed to June.")));
        assertEquals(2, two.size());
        assertEquals(two, SentenceMentions.combine(two), "a visit's two triggers are one mention; a plan and its move are two");
    }
}
