package dev.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event is an encounter of officials of different states; other trips and talks only support. */
class DiplomaticActorsTest {
    static final Person MINISTER = new Person("p-ana-ruiz", "Ana Ruiz", List.of(), "CHL", List.of("Foreign Minister"), 2, false);
    static final Person ENVOY = new Person("p-omar-said", "Omar Said", List.of(), null, List.of("special envoy"), 2, false);
    static final Person CEO = new Person("p-lena-holt", "Lena Holt", List.of(), null, List.of("chief executive"), 2, false);
    static final Person COACH = new Person("p-tom-ekberg", "Tom Ekberg", List.of(), null, List.of("coach"), 2, false);
    static final Person PERU = new Person("p-luis-quispe", "Luis Quispe", List.of(), "PER", List.of("President"), 2, false);

    private static List<DiplomaticEvent> merge(EventType type, String country, Person a, Role ra, Person b, Role rb) {
        return merge(type, country, null, a, ra, b, rb);
    }

    private static List<DiplomaticEvent> merge(EventType type, String country, String place, Person a, Role ra, Person b, Role rb) {
        return merge(type, country, place, false, List.of(), a, ra, b, rb);
    }

    private static List<DiplomaticEvent> merge(EventType type, String country, String place, boolean counterpart,
                                               List<String> parties, Person a, Role ra, Person b, Role rb) {
        String text = "One sentence.";
        Candidate c = new Candidate("a.txt", 0, 0, text.length(), 0, text.length(), text, "met", type,
                b == null ? List.of(new LocalParticipant(0, ra, 1)) : List.of(new LocalParticipant(0, ra, 1), new LocalParticipant(1, rb, 3)),
                place, country, null, 0, Status.OCCURRED, true, null, LocalDate.of(2025, 3, 3), counterpart, List.of(), parties);
        Map<String, Person> byLocal = new HashMap<>();
        byLocal.put(Entities.localKey("a.txt", 0), a);
        if (b != null) byLocal.put(Entities.localKey("a.txt", 1), b);
        List<Person> people = b == null ? List.of(a) : List.of(a, b);
        return new EventMerger(Gazetteer.get()).merge(List.of(c), Entities.of(people, byLocal));
    }

    @Test
    void meetingsNeedOfficialsOfTwoStates() {
        assertEquals(1, merge(EventType.MEETING, null, MINISTER, Role.PARTICIPANT, PERU, Role.COUNTERPART).size(), "two countries");
        assertEquals(1, merge(EventType.MEETING, null, MINISTER, Role.PARTICIPANT, ENVOY, Role.COUNTERPART).size(),
                "a country and an envoy of none stated");
        assertEquals(0, merge(EventType.MEETING, null, MINISTER, Role.PARTICIPANT, CEO, Role.COUNTERPART).size(),
                "a minister meeting an executive is not diplomacy");
        assertEquals(0, merge(EventType.CALL, null, CEO, Role.PARTICIPANT, COACH, Role.COUNTERPART).size(),
                "two people of no state");
    }

    @Test
    void visitsNeedAVisitorOfAStatedCountryOrANamedHost() {
        assertEquals(1, merge(EventType.VISIT, "ARG", MINISTER, Role.VISITOR, null, null).size());
        assertEquals(1, merge(EventType.VISIT, "ARG", ENVOY, Role.VISITOR, null, null).size(),
                "an envoy of no stated country going to a country named as such");
        assertEquals(0, merge(EventType.VISIT, "ARG", "Rosario", ENVOY, Role.VISITOR, null, null).size(),
                "an official of no stated country going to a city may be travelling at home");
        assertEquals(0, merge(EventType.VISIT, "ARG", CEO, Role.VISITOR, null, null).size(),
                "an executive going abroad is no diplomacy");
        assertEquals(1, merge(EventType.VISIT, "PER", ENVOY, Role.VISITOR, PERU, Role.HOST).size(), "received by a host there");
    }

    static final Person UNTITLED = new Person("p-ivo-rand", "Ivo Rand", List.of(), null, List.of(), 2, false);

    @Test
    void oneWhoseCounterpartIsNamedIsAnOfficial() {
        // "Rand and his Peruvian counterpart Quispe will meet": Rand holds the office Quispe holds, in another state
        assertEquals(1, merge(EventType.MEETING, null, null, true, List.of(), UNTITLED, Role.COUNTERPART, PERU, Role.COUNTERPART).size());
        assertEquals(0, merge(EventType.MEETING, null, null, false, List.of(), UNTITLED, Role.PARTICIPANT, PERU, Role.PARTICIPANT).size(),
                "Rand met Quispe: Rand may be anyone");
    }

    @Test
    void aVisitorMeetingTheOfficialsOfTheStateVisitedIsADiplomat() {
        // "Rand is due in Lima for talks with his Peruvian counterpart": an official of no stated country, in a city
        assertEquals(1, merge(EventType.VISIT, "PER", "Lima", false, List.of("PER"), UNTITLED, Role.VISITOR, null, null).size());
        assertEquals(0, merge(EventType.VISIT, "PER", "Lima", false, List.of(), UNTITLED, Role.VISITOR, null, null).size());
    }
}
