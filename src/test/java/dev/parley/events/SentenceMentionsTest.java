package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidates of one sentence that report one event become one. */
class SentenceMentionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static Candidate candidate(EventType type, String country, List<LocalParticipant> ps, List<String> parties) {
        String text = "Dubois is due in Kampala for talks with his Ugandan counterpart.";
        return new Candidate("a.txt", 0, 0, text.length(), 0, text.length(), text, "due", type, ps, null, country, null, 0,
                Status.PLANNED, true, null, PUBLISHED, false, List.of(), parties);
    }

    @Test void talksWithTheUnnamedOfficialsOfTheStateVisitedAreTheVisitsOwn() {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                """);
        Candidate visit = candidate(EventType.VISIT, "UGA", List.of(new LocalParticipant(0, Role.VISITOR, 1)), List.of());
        Candidate talks = candidate(EventType.MEETING, null, List.of(new LocalParticipant(0, Role.COUNTERPART, 1)), List.of("UGA"));
        List<Candidate> out = SentenceMentions.foldHostMeetings(List.of(visit, talks), Docs.entities(doc));
        assertEquals(1, out.size(), out.toString());
        assertEquals(List.of("UGA"), out.get(0).parties());
        // with the officials of another state, the talks are an event of their own
        Candidate elsewhere = candidate(EventType.MEETING, null, List.of(new LocalParticipant(0, Role.COUNTERPART, 1)), List.of("KEN"));
        assertEquals(2, SentenceMentions.foldHostMeetings(List.of(visit, elsewhere), Docs.entities(doc)).size());
    }

    @Test void aTripToldAsOverIsNotTheVerbItComesAfter() {
        // "Dubois landed at the airport on Friday after a five-day tour of Uganda": the landing (no place, Friday) and
        // the tour (Uganda, over by then) stay two mentions; two mentions of the tour itself are one
        Candidate landed = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois landed.", "landed", EventType.VISIT,
                List.of(new LocalParticipant(0, Role.VISITOR, 1)), null, null, EventDate.day(PUBLISHED.plusDays(2)), 0,
                Status.OCCURRED, false, null, PUBLISHED, false, List.of("travel-to-destination"), List.of());
        Candidate tour = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois landed.", "tour", EventType.VISIT,
                List.of(new LocalParticipant(0, Role.VISITOR, 1)), null, "UGA", null, 5, Status.OCCURRED, true, null, PUBLISHED,
                false, List.of("visit-noun", Candidate.COMPLETED), List.of());
        assertEquals(2, SentenceMentions.combine(List.of(landed, tour)).size());
        assertEquals(1, SentenceMentions.combine(List.of(tour, tour)).size());
    }

    @Test void aTripWithLegsToSeveralCountriesGivesALegOnlyItsRoughTime() {
        // "her week-long tour last month that took her to Uganda, Kenya and Ghana": the tour (no country, October, seven
        // days) joins the first leg with October as a rough time and no length; a tour to one country gives it both
        EventDate october = EventDate.month(java.time.YearMonth.of(2024, 10));
        List<LocalParticipant> her = List.of(new LocalParticipant(0, Role.VISITOR, 1));
        Candidate tour = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois toured.", "tour", EventType.VISIT, her, null, null,
                october, 7, Status.OCCURRED, false, null, PUBLISHED, false, List.of("visit-noun"), List.of());
        Candidate uganda = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois toured.", "took", EventType.VISIT, her, null, "UGA",
                null, 0, Status.OCCURRED, true, null, PUBLISHED, false, List.of("trip-took-to"), List.of());
        Candidate kenya = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois toured.", "took", EventType.VISIT, her, null, "KEN",
                null, 0, Status.OCCURRED, true, null, PUBLISHED, false,
                List.of("trip-took-to", EventDetector.CONJOINED_DESTINATION), List.of());
        List<Candidate> legs = SentenceMentions.combine(List.of(tour, uganda, kenya));
        assertEquals(2, legs.size(), legs.toString());
        assertEquals("UGA", legs.get(0).country());
        assertEquals(october.asApproximate(), legs.get(0).date());
        assertEquals(0, legs.get(0).durationDays());
        List<Candidate> one = SentenceMentions.combine(List.of(tour, uganda));
        assertEquals(1, one.size());
        assertEquals(october, one.get(0).date());
        assertEquals(7, one.get(0).durationDays());
    }

    @Test void aMentionThatBorrowedTheSentencesPeopleAtAnotherTimeIsAnotherEncounter() {
        // "Osei and Dubois met on Friday, agreeing to hold a meeting of their cabinets in Accra in the coming weeks":
        // the planned meeting took the sentence's people; Friday's meeting is not in Accra
        List<LocalParticipant> both = List.of(new LocalParticipant(0, Role.PARTICIPANT, 1), new LocalParticipant(1, Role.PARTICIPANT, 3));
        Candidate met = new Candidate("a.txt", 0, 0, 10, 0, 10, "Osei and Dubois met.", "met", EventType.MEETING, both,
                null, null, EventDate.day(PUBLISHED.minusDays(5)), 0, Status.OCCURRED, true, null, PUBLISHED, false,
                List.of("meet-verb"), List.of());
        Candidate cabinets = new Candidate("a.txt", 0, 0, 10, 0, 10, "Osei and Dubois met.", "meeting", EventType.MEETING, both,
                "Accra", "GHA", null, 0, Status.PLANNED, false, null, PUBLISHED, false,
                List.of("meeting-noun", SentenceMentions.BORROWED), List.of());
        assertEquals(List.of(met), SentenceMentions.dropBorrowedAtOtherTimes(List.of(met, cabinets)));
        // told at the same time, it is the same meeting's other word ("met on Friday for talks")
        Candidate talks = new Candidate("a.txt", 0, 0, 10, 0, 10, "Osei and Dubois met.", "talks", EventType.MEETING, both,
                null, null, null, 0, Status.OCCURRED, false, null, PUBLISHED, false,
                List.of("meeting-noun", SentenceMentions.BORROWED), List.of());
        assertEquals(List.of(met, talks), SentenceMentions.dropBorrowedAtOtherTimes(List.of(met, talks)));
        // "another summit between Osei and Dubois, who met in Accra last June": the borrowed past meeting is theirs
        Candidate summit = new Candidate("a.txt", 0, 0, 10, 0, 10, "Osei and Dubois met.", "summit", EventType.MEETING, both,
                null, null, null, 0, Status.PLANNED, true, null, PUBLISHED, false, List.of("unnamed-summit"), List.of());
        Candidate metBefore = new Candidate("a.txt", 0, 0, 10, 0, 10, "Osei and Dubois met.", "met", EventType.MEETING, both,
                "Accra", "GHA", null, 0, Status.OCCURRED, false, null, PUBLISHED, false,
                List.of("meet-verb", SentenceMentions.BORROWED), List.of());
        assertEquals(List.of(summit, metBefore), SentenceMentions.dropBorrowedAtOtherTimes(List.of(summit, metBefore)));
    }

    @Test void aVisitSpansTheDaysOfItsTalks() {
        // "will arrive in Ottawa on Sunday and hold talks with X the following day": Sunday and Monday
        LocalDate sunday = LocalDate.of(2024, 7, 14);
        EventDate arrival = EventDate.day(sunday);
        assertEquals(EventDate.days(sunday, sunday.plusDays(1)), SentenceMentions.spanOf(arrival, EventDate.day(sunday.plusDays(1))));
        assertEquals(arrival, SentenceMentions.spanOf(arrival, EventDate.day(sunday.minusDays(1))), "talks before it");
        assertEquals(arrival, SentenceMentions.spanOf(arrival, EventDate.day(sunday.plusDays(20))), "talks weeks later");
        assertEquals(arrival, SentenceMentions.spanOf(arrival, EventDate.day(sunday.plusDays(1)).asApproximate()), "loose talks");
        assertEquals(EventDate.day(sunday), SentenceMentions.spanOf(null, EventDate.day(sunday)));
    }

    @Test void anArrivalTheDayBeforeAVisitsDaysInItsSentenceBeginsTheVisit() {
        // "Dubois, who arrived here on Tuesday, is visiting Uganda from Wednesday to Saturday": one mention of the
        // visit, Tuesday to Saturday
        List<LocalParticipant> her = List.of(new LocalParticipant(0, Role.VISITOR, 1));
        LocalDate tuesday = PUBLISHED.minusDays(1);
        Candidate arrived = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois arrived.", "arrived", EventType.VISIT, her, null,
                null, EventDate.day(tuesday), 0, Status.OCCURRED, false, null, PUBLISHED, false,
                List.of(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION), List.of());
        Candidate visiting = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois arrived.", "visiting", EventType.VISIT, her, null,
                "UGA", EventDate.days(tuesday.plusDays(1), tuesday.plusDays(4)), 0, Status.PLANNED, true, null, PUBLISHED,
                false, List.of("visit-verb"), List.of());
        List<Candidate> out = SentenceMentions.arrivalsTheDayBefore(List.of(arrived, visiting));
        assertEquals(1, out.size(), out.toString());
        assertEquals(EventDate.days(tuesday, tuesday.plusDays(4)), out.get(0).date());
        assertEquals("UGA", out.get(0).country());
        // an arrival two days before is not the visit's start, nor is a journey's the stay the arrival began ("who
        // arrived here on Tuesday, will travel to Uganda on Wednesday")
        Candidate early = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois arrived.", "arrived", EventType.VISIT, her, null,
                null, EventDate.day(tuesday.minusDays(1)), 0, Status.OCCURRED, false, null, PUBLISHED, false,
                List.of(DatelinePlaces.ARRIVED_WITHOUT_DESTINATION), List.of());
        assertEquals(2, SentenceMentions.arrivalsTheDayBefore(List.of(early, visiting)).size());
        Candidate travel = new Candidate("a.txt", 0, 0, 10, 0, 10, "Dubois arrived.", "travel", EventType.VISIT, her, null,
                "UGA", EventDate.day(tuesday.plusDays(1)), 0, Status.PLANNED, true, null, PUBLISHED, false,
                List.of("travel-to-destination"), List.of());
        assertEquals(2, SentenceMentions.arrivalsTheDayBefore(List.of(arrived, travel)).size());
    }
}
