package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other side of a meeting or call named only as a group: a state, an organisation or a region of states. */
class GroupsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static final String SUBJECT = """
            1 French French JJ MISC 3 amod
            2 Foreign Foreign NNP O 3 compound
            3 Minister Minister NNP O 5 compound
            4 Claire Claire NNP PERSON 5 compound
            5 Dubois Dubois NNP PERSON 6 nsubj
            """;

    private static Candidate only(String rest) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, SUBJECT + rest);
        List<Candidate> cs = new EventDetector().detect(doc, Docs.entities(doc));
        assertEquals(1, cs.stream().filter(c -> c.type() != EventType.VISIT).count(), cs.toString());
        return cs.stream().filter(c -> c.type() != EventType.VISIT).findFirst().orElseThrow();
    }

    @Test void aRegionNounMakesAGroupOfStates() {
        // "... Dubois phoned several Gulf leaders on Monday."
        Candidate c = only("""
                6 phoned phone VBD O 0 root
                7 several several JJ O 9 amod
                8 Gulf Gulf NNP LOCATION 9 compound
                9 leaders leader NNS O 6 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 6 obl 2024-05-13
                12 . . . O 6 punct
                """);
        assertEquals(EventType.CALL, c.type());
        assertEquals(List.of("Gulf"), c.parties());
        assertTrue(c.strong(), "a minister of a state and a group of other states stand alone");
    }

    @Test void businessLeadersAreNoStatesSide() {
        // "... Dubois met Kenyan business leaders on Monday." / "... Dubois met Kenyan officials on Monday."
        Candidate business = only("""
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 9 amod
                8 business business NN O 9 compound
                9 leaders leader NNS O 6 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 6 obl 2024-05-13
                12 . . . O 6 punct
                """);
        assertEquals(List.of(), business.parties());
        Candidate officials = only("""
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 8 amod
                8 officials official NNS O 6 obj
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl 2024-05-13
                11 . . . O 6 punct
                """);
        assertEquals(List.of("KEN"), officials.parties());
    }

    @Test void anOrganisationOfSeveralWords() {
        // "... Dubois met European Union officials on Monday."
        Candidate c = only("""
                6 met meet VBD O 0 root
                7 European European NNP ORGANIZATION 8 compound
                8 Union Union NNP ORGANIZATION 9 compound
                9 officials official NNS O 6 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 6 obl 2024-05-13
                12 . . . O 6 punct
                """);
        assertEquals(List.of("EU"), c.parties());
        assertTrue(c.strong());
    }

    @Test void aTwoWordRegionIsNotTheCountryOfItsLastWord() {
        // "... Dubois met Latin American ambassadors on Monday." ("American" alone would be the United States)
        Candidate c = only("""
                6 met meet VBD O 0 root
                7 Latin Latin JJ MISC 8 amod
                8 American American JJ MISC 9 amod
                9 ambassadors ambassador NNS O 6 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 6 obl 2024-05-13
                12 . . . O 6 punct
                """);
        assertEquals(List.of("Latin American"), c.parties());
    }

    @Test void theSideMayHangOnTheCallWord() {
        // "... Dubois spoke by video link with her Nordic counterparts."
        Candidate c = only("""
                6 spoke speak VBD O 0 root
                7 by by IN O 9 case
                8 video video NN O 9 compound
                9 link link NN O 6 obl
                10 with with IN O 13 case
                11 her her PRP$ O 13 nmod:poss
                12 Nordic Nordic JJ MISC 13 amod
                13 counterparts counterpart NNS O 9 nmod
                14 . . . O 6 punct
                """);
        assertEquals(EventType.CALL, c.type());
        assertEquals(List.of("Nordic"), c.parties());
    }

    @Test void aSeatOfGovernmentStandsForItsState() {
        // "... Dubois spoke by phone with the Kremlin on Monday."
        Candidate c = only("""
                6 spoke speak VBD O 0 root
                7 by by IN O 8 case
                8 phone phone NN O 6 obl
                9 with with IN O 11 case
                10 the the DT O 11 det
                11 Kremlin Kremlin NNP LOCATION 6 obl
                12 on on IN O 13 case
                13 Monday Monday NNP DATE 6 obl 2024-05-13
                14 . . . O 6 punct
                """);
        assertEquals(EventType.CALL, c.type());
        assertEquals(List.of("RUS"), c.parties());
        assertTrue(c.strong());
    }

    @Test void aBodyOfAStateStandsForTheState() {
        // "... Dubois met a delegation from the Sudanese army on Monday."
        Candidate c = only("""
                6 met meet VBD O 0 root
                7 a a DT O 8 det
                8 delegation delegation NN O 6 obj
                9 from from IN O 12 case
                10 the the DT O 12 det
                11 Sudanese Sudanese JJ MISC 12 amod
                12 army army NN O 8 nmod
                13 on on IN O 14 case
                14 Monday Monday NNP DATE 6 obl 2024-05-13
                15 . . . O 6 punct
                """);
        assertEquals(List.of("SDN"), c.parties());
        assertTrue(c.strong());
    }

    @Test void anEnvoyReceivedAtThePostMeetsTheHostState() {
        // "The Kenyan ambassador to Egypt, Ana Ruiz, was received in Cairo on Monday."
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 The the DT O 3 det
                2 Kenyan Kenyan JJ MISC 3 amod
                3 ambassador ambassador NN O 11 nsubj:pass
                4 to to IN O 5 case
                5 Egypt Egypt NNP LOCATION 3 nmod
                6 , , , O 8 punct
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 3 appos
                9 , , , O 8 punct
                10 was be VBD O 11 aux:pass
                11 received receive VBN O 0 root
                12 in in IN O 13 case
                13 Cairo Cairo NNP LOCATION 11 obl
                14 on on IN O 15 case
                15 Monday Monday NNP DATE 11 obl 2024-05-13
                16 . . . O 11 punct
                """);
        List<Candidate> cs = new EventDetector().detect(doc, Docs.entities(doc));
        assertTrue(cs.stream().noneMatch(c -> c.type() == EventType.VISIT), "an ambassador at the post visits no one: " + cs);
        Candidate m = cs.stream().filter(c -> c.type() == EventType.MEETING).findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertEquals(List.of("EGY"), m.parties());
        assertTrue(m.strong());
    }

    @Test void aGuestReceivedAtAnOrganisationsSeatMeetsTheOrganisation() {
        // "... Dubois was received at NATO headquarters in Brussels on Monday."
        AnnotatedDoc doc = Docs.parse(PUBLISHED, SUBJECT.replace("5 Dubois Dubois NNP PERSON 6 nsubj", "5 Dubois Dubois NNP PERSON 7 nsubj:pass") + """
                6 was be VBD O 7 aux:pass
                7 received receive VBN O 0 root
                8 at at IN O 10 case
                9 NATO NATO NNP ORGANIZATION 10 compound
                10 headquarters headquarters NN O 7 obl
                11 in in IN O 12 case
                12 Brussels Brussels NNP LOCATION 7 obl
                13 on on IN O 14 case
                14 Monday Monday NNP DATE 7 obl 2024-05-13
                15 . . . O 7 punct
                """);
        List<Candidate> cs = new EventDetector().detect(doc, Docs.entities(doc));
        assertTrue(cs.stream().noneMatch(c -> c.type() == EventType.VISIT && c.strong()), "no visit to Belgium: " + cs);
        Candidate m = cs.stream().filter(c -> c.type() == EventType.MEETING).findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertEquals(List.of("NATO"), m.parties());
        assertTrue(m.strong());
    }

    @Test void aPartyOfOneCountryIsNoGroupOfStates() {
        // "... Dubois met Republican leaders on Monday.": no state, organisation or region
        Candidate c = only("""
                6 met meet VBD O 0 root
                7 Republican Republican JJ MISC 8 amod
                8 leaders leader NNS O 6 obj
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl 2024-05-13
                11 . . . O 6 punct
                """);
        assertEquals(List.of(), c.parties());
        assertFalse(c.strong());
    }
}
