package dev.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels per event type, and ids from content. */
class LabelsTest {
    static final Person DUBOIS = EventMergerTest.DUBOIS;
    static final Person WANJIRU = EventMergerTest.WANJIRU;
    static final Person LI = new Person("p-li-qiang", "Li Qiang", List.of("Li"), "CHN", List.of(), 4, true);
    static final Person MARTIN = new Person("p-paul-martin", "Paul Martin", List.of(), "FRA", List.of(), 1, false);
    static final EventDate MAY20 = EventDate.day(LocalDate.of(2024, 5, 20));

    private static String label(EventType t, String name, List<EventParticipant> ps, String place, String country, EventDate d) {
        return Labels.label(t, name, ps, place, country, d, Gazetteer.get());
    }

    private static EventParticipant ep(Person p, Role r) {
        return new EventParticipant(p, r);
    }

    @Test void visitUsesTheSurnameOrTheWholeFamilyFirstName() {
        assertEquals("Dubois visits Kenya, 20 May 2024",
                label(EventType.VISIT, null, List.of(ep(DUBOIS, Role.VISITOR)), "Nairobi", "KEN", MAY20));
        assertEquals("Li Qiang visits France, May 2024",
                label(EventType.VISIT, null, List.of(ep(LI, Role.VISITOR), ep(DUBOIS, Role.HOST)), null, "FRA",
                        EventDate.month(YearMonth.of(2024, 5))));
        assertEquals("Dubois visits Kenya", label(EventType.VISIT, null, List.of(ep(DUBOIS, Role.VISITOR)), null, "KEN", null));
    }

    @Test void meetingKeepsEachCountryOnOneSide() {
        assertEquals("Dubois and Martin meet Wanjiru in Nairobi, 20 May 2024", label(EventType.MEETING, null,
                List.of(ep(DUBOIS, Role.PARTICIPANT), ep(WANJIRU, Role.COUNTERPART), ep(MARTIN, Role.COUNTERPART)),
                "Nairobi", "KEN", MAY20));
        assertEquals("Dubois holds talks, 20 May 2024",
                label(EventType.MEETING, null, List.of(ep(DUBOIS, Role.PARTICIPANT)), null, null, MAY20));
    }

    @Test void summitAndCall() {
        assertEquals("NATO summit in Vilnius, 2023", label(EventType.SUMMIT, "NATO", List.of(), "Vilnius", "LTU",
                EventDate.year(2023)));
        assertEquals("Summit", label(EventType.SUMMIT, null, List.of(), null, null, null));
        assertEquals("Dubois and Li Qiang speak by phone, 20 May 2024", label(EventType.CALL, null,
                List.of(ep(DUBOIS, Role.PARTICIPANT), ep(LI, Role.COUNTERPART)), null, null, MAY20));
    }

    @Test void idsComeFromContentNotDay() {
        String may = Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "KEN", null, EventDate.month(YearMonth.of(2024, 5)));
        assertEquals(may, Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "KEN", null, MAY20));
        assertEquals(may, Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "KEN", null,
                EventDate.days(LocalDate.of(2024, 5, 30), LocalDate.of(2024, 6, 2))), "the start month counts");
        assertEquals(true, may.matches("ev-[0-9a-f]{16}"), may);
        for (String other : List.of(
                Ids.eventId(EventType.MEETING, List.of("p-claire-dubois"), "KEN", null, MAY20),
                Ids.eventId(EventType.VISIT, List.of("p-grace-wanjiru"), "KEN", null, MAY20),
                Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "JPN", null, MAY20),
                Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "KEN", null, EventDate.day(LocalDate.of(2024, 6, 1))),
                Ids.eventId(EventType.VISIT, List.of("p-claire-dubois"), "KEN", null, null))) {
            assertEquals(false, may.equals(other), other);
        }
    }

    @Test void aSideNamedAsAGroupIsInTheLabel() {
        assertEquals("Dubois meets officials of Saudi Arabia, 20 May 2024", Labels.label(EventType.MEETING, null,
                List.of(ep(DUBOIS, Role.PARTICIPANT)), List.of("SAU"), null, null, MAY20, Gazetteer.get()));
        assertEquals("Dubois speaks by phone with EU officials, 20 May 2024", Labels.label(EventType.CALL, null,
                List.of(ep(DUBOIS, Role.PARTICIPANT)), List.of("EU"), null, null, MAY20, Gazetteer.get()));
    }
}
