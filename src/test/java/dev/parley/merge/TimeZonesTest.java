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
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A video meeting dated Monday in one capital and Tuesday in another is one event; a meeting in one place is not. */
class TimeZonesTest {
    static final List<Person> PEOPLE = List.of(MeetingPlacesTest.SILVA, MeetingPlacesTest.TANAKA);

    private static Candidate c(String doc, String country, LocalDate day) {
        String text = "Sentence of " + doc + ".";
        return new Candidate(doc, 0, 0, text.length(), 0, text.length(), text, "met", EventType.MEETING,
                List.of(new LocalParticipant(0, Role.PARTICIPANT, 1), new LocalParticipant(1, Role.COUNTERPART, 3)), null,
                country, EventDate.day(day), 0, Status.OCCURRED, true, null, day.plusDays(1), false);
    }

    private static int events(Candidate a, Candidate b) {
        Map<String, Person> byLocal = new HashMap<>();
        for (String doc : List.of(a.docId(), b.docId())) {
            byLocal.put(Entities.localKey(doc, 0), PEOPLE.get(0));
            byLocal.put(Entities.localKey(doc, 1), PEOPLE.get(1));
        }
        return new EventMerger(Gazetteer.get()).merge(List.of(a, b), Entities.of(PEOPLE, byLocal)).size();
    }

    @Test
    void oneDayApartWithNoPlaceIsOneEncounter() {
        LocalDate mon = LocalDate.of(2021, 11, 15);
        assertEquals(1, events(c("washington.txt", null, mon), c("beijing.txt", null, mon.plusDays(1))));
    }

    @Test
    void aPlaceHasOneDateAndTwoDaysApartAreTwoEncounters() {
        LocalDate mon = LocalDate.of(2021, 11, 15);
        assertEquals(2, events(c("a.txt", "CHE", mon), c("b.txt", "CHE", mon.plusDays(1))));
        assertEquals(2, events(c("a.txt", null, mon), c("b.txt", null, mon.plusDays(2))));
    }
}
