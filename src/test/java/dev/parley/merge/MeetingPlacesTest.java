package dev.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A meeting that names no place takes the country one side was visiting at the time. */
class MeetingPlacesTest {
    static final Person SILVA = new Person("p-ana-silva", "Ana Silva", List.of(), "PRT", List.of("Prime Minister"), 3, false);
    static final Person NDIAYE = new Person("p-awa-ndiaye", "Awa Ndiaye", List.of(), "SEN", List.of("President"), 3, false);
    static final Person TANAKA = new Person("p-ken-tanaka", "Ken Tanaka", List.of(), "JPN", List.of("Prime Minister"), 3, false);
    static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 20);

    private static Candidate c(int sentence, EventType type, String country, LocalDate day, LocalParticipant... ps) {
        String text = "Sentence " + sentence + ".";
        return new Candidate("a.txt", sentence, 0, text.length(), 0, text.length(), text, type == EventType.VISIT ? "visit" : "met",
                type, List.of(ps), null, country, EventDate.day(day), 0, Status.OCCURRED, true, null, PUBLISHED, false);
    }

    private static List<DiplomaticEvent> merge(List<Candidate> cs, List<Person> people) {
        Map<String, Person> byLocal = new HashMap<>();
        for (int i = 0; i < people.size(); i++) byLocal.put(Entities.localKey("a.txt", i), people.get(i));
        return new EventMerger(Gazetteer.get()).merge(cs, Entities.of(people, byLocal));
    }

    private static DiplomaticEvent meeting(List<DiplomaticEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.MEETING).findFirst().orElseThrow();
    }

    static LocalParticipant p(int person, Role role) {
        return new LocalParticipant(person, role, person + 1);
    }

    @Test
    void aMeetingWithTheHostDuringAVisitIsInTheHostCountry() {
        LocalDate d = LocalDate.of(2025, 6, 18);
        List<DiplomaticEvent> events = merge(List.of(
                c(0, EventType.VISIT, "SEN", d, p(0, Role.VISITOR)),
                c(1, EventType.MEETING, null, d.plusDays(1), p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART))), List.of(SILVA, NDIAYE));
        assertEquals("SEN", meeting(events).placeCountry());
    }

    @Test
    void twoVisitorsToOneCountryMeetThere() {
        LocalDate d = LocalDate.of(2025, 6, 18);
        List<DiplomaticEvent> events = merge(List.of(
                c(0, EventType.VISIT, "SGP", d, p(0, Role.VISITOR)),
                c(1, EventType.VISIT, "SGP", d, p(2, Role.VISITOR)),
                c(2, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(2, Role.COUNTERPART))), List.of(SILVA, NDIAYE, TANAKA));
        assertEquals("SGP", meeting(events).placeCountry());
    }

    @Test
    void aVisitElsewhereOrAtAnotherTimeSaysNothing() {
        LocalDate d = LocalDate.of(2025, 6, 18);
        assertEquals("FRA", meeting(merge(List.of(
                c(0, EventType.VISIT, "FRA", d, p(0, Role.VISITOR)),
                c(1, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART))), List.of(SILVA, NDIAYE))).placeCountry(),
                "Silva was in France that day, so the meeting was there");
        assertNull(meeting(merge(List.of(
                c(0, EventType.VISIT, "FRA", d, p(0, Role.VISITOR)),
                c(1, EventType.VISIT, "BEL", d, p(2, Role.VISITOR)),
                c(2, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(2, Role.COUNTERPART))), List.of(SILVA, NDIAYE, TANAKA))).placeCountry(),
                "the two sides were visiting different countries that day: the dates say too little");
        assertNull(meeting(merge(List.of(
                c(0, EventType.VISIT, "SEN", d, p(0, Role.VISITOR)),
                c(1, EventType.MEETING, null, d.plusDays(9), p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART))), List.of(SILVA, NDIAYE))).placeCountry(),
                "nine days after the visit");
    }

    @Test
    void aPlacedMeetingOfTheSameDayPutsItsPeopleThere() {
        LocalDate d = LocalDate.of(2025, 6, 18);
        List<DiplomaticEvent> events = merge(List.of(
                c(0, EventType.MEETING, "VNM", d, p(0, Role.PARTICIPANT), p(2, Role.COUNTERPART)),
                c(1, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART))), List.of(SILVA, NDIAYE, TANAKA));
        DiplomaticEvent unplaced = events.stream().filter(e -> e.type() == EventType.MEETING
                && e.participants().stream().anyMatch(x -> x.person().id().equals(NDIAYE.id()))).findFirst().orElseThrow();
        assertEquals("VNM", unplaced.placeCountry(), "Silva met Tanaka in Vietnam that day, so she met Ndiaye there too");
    }

    @Test
    void aTwoDayMeetingAcrossTwoLegsIsWhereItBegan() {
        // Silva in India on the 18th, in Nepal on the 19th; the meeting with Ndiaye of the 18th-19th began in India
        LocalDate d = LocalDate.of(2025, 6, 18);
        Candidate twoDays = c(2, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART));
        twoDays = new Candidate(twoDays.docId(), twoDays.sentence(), twoDays.begin(), twoDays.end(), twoDays.start(),
                twoDays.stop(), twoDays.text(), twoDays.trigger(), twoDays.type(), twoDays.participants(), null, null,
                EventDate.days(d, d.plusDays(1)), 0, Status.OCCURRED, true, null, PUBLISHED, false);
        List<DiplomaticEvent> events = merge(List.of(
                c(0, EventType.VISIT, "IND", d, p(0, Role.VISITOR)),
                c(1, EventType.VISIT, "NPL", d.plusDays(1), p(0, Role.VISITOR)),
                twoDays), List.of(SILVA, NDIAYE));
        assertEquals("IND", meeting(events).placeCountry());
    }

    @Test
    void aVisitThatHoldsTheDayBeatsOneWithinTheSlack() {
        LocalDate d = LocalDate.of(2025, 6, 18);
        List<DiplomaticEvent> events = merge(List.of(
                c(0, EventType.VISIT, "IND", d, p(0, Role.VISITOR)),
                c(1, EventType.VISIT, "NPL", d.plusDays(1), p(0, Role.VISITOR)),
                c(2, EventType.MEETING, null, d, p(0, Role.PARTICIPANT), p(1, Role.COUNTERPART))), List.of(SILVA, NDIAYE));
        assertEquals("IND", meeting(events).placeCountry(), "on the 18th Silva was in India; Nepal came the next day");
    }
}
