package dev.parley.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.merge.EventParticipant;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CAMEO dyads and PLOVER modes of hand-built events; every expected row is worked out by hand from docs/codes.md. */
class EventCoderTest {
    static final Person LAVROV = person("Sergey Lavrov", "RUS");
    static final Person WANG = person("Wang Yi", "CHN");
    static final Person PUTIN = person("Vladimir Putin", "RUS");
    static final Person BIDEN = person("Joe Biden", "USA");
    static final Person XI = person("Xi Jinping", "CHN");
    static final Person BLINKEN = person("Antony Blinken", "USA");
    static final Person MOTEGI = person("Toshimitsu Motegi", "JPN");
    static final Person MACRON = person("Emmanuel Macron", "FRA");
    static final Person RUTO = person("William Ruto", "KEN");
    static final Person HASSAN = person("Samia Suluhu Hassan", "TZA");
    static final Person MUSEVENI = person("Yoweri Museveni", "UGA");
    static final Person NOBODY = person("Jane Doe", null);

    static Person person(String name, String country) {
        return new Person("p-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, List.of(), country,
                List.of(), 1, false);
    }

    static DiplomaticEvent event(EventType type, Status status, String placeCountry, Object... personsAndRoles) {
        List<EventParticipant> ps = new ArrayList<>();
        for (int i = 0; i < personsAndRoles.length; i += 2) {
            ps.add(new EventParticipant((Person) personsAndRoles[i], (Role) personsAndRoles[i + 1]));
        }
        EventDate d = EventDate.day(LocalDate.of(2024, 5, 20));
        return new DiplomaticEvent("ev-0123456789abcdef", type, "label", status, ps, List.of(), null, placeCountry, d, 0.5,
                List.of(new EventMention("a.txt", 0, 0, 1, "x", "met", status, d)));
    }

    /** The dyads as "SRC>TGT code" strings, in the coder's order. */
    static List<String> rows(EventCodes c) {
        List<String> out = new ArrayList<>();
        for (CameoDyad d : c.cameo()) out.add(d.source() + ">" + d.target() + " " + d.code().code());
        return out;
    }

    @Test void visitWithHostIsMakeAVisitOneWayAndHostAVisitTheOther() {
        EventCodes c = EventCoder.codes(event(EventType.VISIT, Status.OCCURRED, "CHN",
                LAVROV, Role.VISITOR, WANG, Role.HOST));
        assertEquals(List.of("CHN>RUS 043", "RUS>CHN 042"), rows(c));
        assertEquals("CONSULT", c.ploverType());
        assertEquals(PloverMode.VISIT, c.ploverMode());
    }

    @Test void theVisitedCountryIsTheHostSideWhenNoHostIsNamed() {
        EventCodes c = EventCoder.codes(event(EventType.VISIT, Status.ONGOING, "CHN", PUTIN, Role.VISITOR));
        assertEquals(List.of("CHN>RUS 043", "RUS>CHN 042"), rows(c), "an ongoing visit is held");
        // the visited country's leader named only as a participant is on the host side too
        EventCodes kim = EventCoder.codes(event(EventType.VISIT, Status.OCCURRED, "RUS",
                person("Kim Jong-un", "PRK"), Role.VISITOR, PUTIN, Role.PARTICIPANT));
        assertEquals(List.of("PRK>RUS 042", "RUS>PRK 043"), rows(kim));
    }

    @Test void plannedProposedAndCancelledVisitsAreIntentToMeetBothWays() {
        for (Status s : List.of(Status.PLANNED, Status.PROPOSED, Status.CANCELLED)) {
            EventCodes c = EventCoder.codes(event(EventType.VISIT, s, "CHN", PUTIN, Role.VISITOR));
            assertEquals(List.of("CHN>RUS 036", "RUS>CHN 036"), rows(c), s.json());
            assertEquals("CONSULT", c.ploverType(), "a plan is CONSULT with its mode, never AGREE: " + s.json());
            assertEquals(PloverMode.VISIT, c.ploverMode(), s.json());
        }
    }

    @Test void meetingOutsideEveryParticipantsCountryIsAThirdLocation() {
        EventCodes c = EventCoder.codes(event(EventType.MEETING, Status.OCCURRED, "IDN",
                BIDEN, Role.COUNTERPART, XI, Role.PARTICIPANT));
        assertEquals(List.of("CHN>USA 044", "USA>CHN 044"), rows(c));
        assertEquals(PloverMode.THIRD_PARTY, c.ploverMode());
    }

    @Test void meetingInAParticipantsCountryOrAtAnUnknownPlaceIsConsultWithoutMode() {
        EventCodes tokyo = EventCoder.codes(event(EventType.MEETING, Status.OCCURRED, "JPN",
                MOTEGI, Role.COUNTERPART, BLINKEN, Role.PARTICIPANT, person("Lloyd Austin", "USA"), Role.PARTICIPANT));
        assertEquals(List.of("JPN>USA 040", "USA>JPN 040"), rows(tokyo), "one dyad per pair of countries, not of people");
        assertEquals(PloverMode.UNSPECIFIED, tokyo.ploverMode());
        EventCodes nowhere = EventCoder.codes(event(EventType.MEETING, Status.OCCURRED, null,
                BLINKEN, Role.COUNTERPART, XI, Role.PARTICIPANT));
        assertEquals(List.of("CHN>USA 040", "USA>CHN 040"), rows(nowhere));
        assertEquals(PloverMode.UNSPECIFIED, nowhere.ploverMode());
    }

    @Test void callIsDiscussByTelephone() {
        EventCodes c = EventCoder.codes(event(EventType.CALL, Status.OCCURRED, null,
                MACRON, Role.PARTICIPANT, PUTIN, Role.COUNTERPART));
        assertEquals(List.of("FRA>RUS 041", "RUS>FRA 041"), rows(c));
        assertEquals(PloverMode.PHONE, c.ploverMode());
        EventCodes planned = EventCoder.codes(event(EventType.CALL, Status.PLANNED, null,
                MACRON, Role.PARTICIPANT, PUTIN, Role.COUNTERPART));
        assertEquals(List.of("FRA>RUS 036", "RUS>FRA 036"), rows(planned));
        assertEquals(PloverMode.PHONE, planned.ploverMode());
    }

    @Test void summitOfThreeStatesGivesEveryOrderedPair() {
        EventCodes arusha = EventCoder.codes(event(EventType.SUMMIT, Status.OCCURRED, "TZA",
                RUTO, Role.PARTICIPANT, HASSAN, Role.PARTICIPANT, MUSEVENI, Role.PARTICIPANT));
        assertEquals(List.of("KEN>TZA 040", "KEN>UGA 040", "TZA>KEN 040", "TZA>UGA 040", "UGA>KEN 040", "UGA>TZA 040"),
                rows(arusha), "held in Tanzania, a participant's country");
        assertEquals(PloverMode.MULTILATERAL, arusha.ploverMode());
        EventCodes geneva = EventCoder.codes(event(EventType.SUMMIT, Status.OCCURRED, "CHE",
                RUTO, Role.PARTICIPANT, HASSAN, Role.PARTICIPANT, MUSEVENI, Role.PARTICIPANT));
        assertEquals(List.of("KEN>TZA 044", "KEN>UGA 044", "TZA>KEN 044", "TZA>UGA 044", "UGA>KEN 044", "UGA>TZA 044"),
                rows(geneva));
        EventCodes cancelled = EventCoder.codes(event(EventType.SUMMIT, Status.CANCELLED, "CHE",
                RUTO, Role.PARTICIPANT, HASSAN, Role.PARTICIPANT));
        assertEquals(List.of("KEN>TZA 036", "TZA>KEN 036"), rows(cancelled));
        assertEquals(PloverMode.MULTILATERAL, cancelled.ploverMode());
    }

    @Test void aMeetingOfThreeStatesIsMultilateral() {
        EventCodes c = EventCoder.codes(event(EventType.MEETING, Status.OCCURRED, "IDN",
                BIDEN, Role.COUNTERPART, XI, Role.PARTICIPANT, MOTEGI, Role.PARTICIPANT));
        assertEquals(6, c.cameo().size());
        assertEquals("044", c.cameo().get(0).code().code());
        assertEquals(PloverMode.MULTILATERAL, c.ploverMode());
    }

    @Test void participantsWithoutACountryAreLeftOut() {
        EventCodes alone = EventCoder.codes(event(EventType.MEETING, Status.OCCURRED, "IDN",
                WANG, Role.PARTICIPANT, NOBODY, Role.COUNTERPART));
        assertEquals(List.of(), rows(alone), "one known country: no dyad");
        assertEquals(PloverMode.THIRD_PARTY, alone.ploverMode(), "the mode still follows type and place");
        EventCodes unknownVisitor = EventCoder.codes(event(EventType.VISIT, Status.OCCURRED, "CHN",
                NOBODY, Role.VISITOR, WANG, Role.HOST));
        assertEquals(List.of(), rows(unknownVisitor));
        EventCodes three = EventCoder.codes(event(EventType.CALL, Status.OCCURRED, null,
                RUTO, Role.PARTICIPANT, NOBODY, Role.COUNTERPART, HASSAN, Role.COUNTERPART));
        assertEquals(List.of("KEN>TZA 041", "TZA>KEN 041"), rows(three));
        EventCodes nobody = EventCoder.codes(event(EventType.SUMMIT, Status.PROPOSED, "USA"));
        assertEquals(List.of(), rows(nobody), "a summit with no participant named");
        assertEquals(PloverMode.MULTILATERAL, nobody.ploverMode());
    }

    @Test void aCountryIsNeverPairedWithItself() {
        EventCodes c = EventCoder.codes(event(EventType.VISIT, Status.OCCURRED, "RUS",
                LAVROV, Role.VISITOR, PUTIN, Role.HOST));
        assertEquals(List.of(), rows(c));
        assertThrows(IllegalArgumentException.class, () -> new CameoDyad("RUS", "RUS", CameoCode.CONSULT));
    }

    @Test void codebookNames() {
        assertEquals("Make a visit", CameoCode.MAKE_VISIT.codebookName());
        assertEquals("036", CameoCode.INTENT_TO_MEET.code());
        assertEquals("third-party", PloverMode.THIRD_PARTY.json());
        assertEquals(null, PloverMode.UNSPECIFIED.json());
    }
}
