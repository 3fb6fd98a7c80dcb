package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.resolve.DocEntities;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A named summit's sentence names its leaders: those with a state or an office, not those absent or quoted. */
class SummitLeadersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** "The NATO summit opened in Vilnius on Monday," (the sentence goes on). */
    static final String SUMMIT_OPENED = """
            1 The the DT O 3 det
            2 NATO NATO NNP ORGANIZATION 3 compound
            3 summit summit NN O 4 nsubj
            4 opened open VBD O 0 root
            5 in in IN O 6 case
            6 Vilnius Vilnius NNP LOCATION 4 obl
            7 on on IN O 8 case
            8 Monday Monday NNP DATE 4 obl 2024-05-13
            9 , , , O 4 punct
            """;

    private static List<String> summitPeople(String rest) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, SUMMIT_OPENED + rest);
        DocEntities e = Docs.entities(doc);
        Candidate c = new EventDetector().detect(doc, e).stream().filter(x -> x.type() == EventType.SUMMIT).findFirst()
                .orElseThrow(() -> new AssertionError("no summit"));
        return c.participants().stream().map(p -> e.people().get(p.person()).name() + ":" + p.role().json()).toList();
    }

    @Test void aLeaderInAnAbsoluteWithClauseTakesPartEvenWhenItsParticipleIsTaggedANoun() {
        // "The NATO summit opened in Vilnius on Monday, with Estonian President Kaja Rand handing over the chair."
        // -- CoreNLP tags "handing" a noun and makes Rand its compound, as it would "the Rand administration"
        assertEquals(List.of("Kaja Rand:participant"), summitPeople("""
                10 with with IN O 15 case
                11 Estonian Estonian JJ MISC 12 amod
                12 President President NNP O 14 compound
                13 Kaja Kaja NNP PERSON 14 compound
                14 Rand Rand NNP PERSON 15 compound
                15 handing handing NN O 4 obl
                16 over over RP O 15 compound:prt
                17 the the DT O 18 det
                18 chair chair NN O 15 obj
                19 . . . O 4 punct
                """));
    }

    @Test void aLeaderInTheSummitsSentenceTakesPart() {
        // "The NATO summit opened in Vilnius on Monday, where Estonian President Kaja Rand spoke."
        assertEquals(List.of("Kaja Rand:participant"), summitPeople("""
                10 where where WRB O 15 advmod
                11 Estonian Estonian JJ MISC 12 amod
                12 President President NNP O 14 compound
                13 Kaja Kaja NNP PERSON 14 compound
                14 Rand Rand NNP PERSON 15 nsubj
                15 spoke speak VBD O 6 acl:relcl
                16 . . . O 4 punct
                """));
    }

    @Test void aLeaderSaidToBeAbsentDoesNot() {
        // "The NATO summit opened in Vilnius on Monday, but Estonian President Kaja Rand was absent."
        assertEquals(List.of(), summitPeople("""
                10 but but CC O 16 cc
                11 Estonian Estonian JJ MISC 12 amod
                12 President President NNP O 14 compound
                13 Kaja Kaja NNP PERSON 14 compound
                14 Rand Rand NNP PERSON 16 nsubj
                15 was be VBD O 16 cop
                16 absent absent JJ O 4 conj
                17 . . . O 4 punct
                """));
    }

    private static List<String> summits(String table) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        return new EventDetector().detect(doc, Docs.entities(doc)).stream().filter(x -> x.type() == EventType.SUMMIT)
                .map(c -> c.name() + " " + c.country() + (c.strong() ? " strong" : " weak")).toList();
    }

    private static final String GATHERING = """
            1 %s %s JJ MISC 2 amod
            2 leaders leader NNS O 4 nsubj
            3 are be VBP O 4 aux
            4 gathering gather VBG O 0 root
            5 in in IN O 6 case
            6 Georgetown Georgetown NNP LOCATION 4 obl
            7 on on IN O 8 case
            8 Monday Monday NNP DATE 4 obl 2024-05-13
            9 . . . O 4 punct
            """;

    @Test void leadersOfARegionGatheringAreItsSummit() {
        // "Caribbean leaders are gathering in Georgetown on Monday."
        assertEquals(List.of("Caribbean GUY strong"), summits(GATHERING.formatted("Caribbean", "Caribbean")));
    }

    @Test void aRegionOfGroupRegionsNamesStatesToo() {
        // "Arab leaders are gathering in Georgetown on Monday." ("Arab" is no M49 region, but a region of states)
        assertEquals(List.of("Arab GUY strong"), summits(GATHERING.formatted("Arab", "Arab")));
    }

    @Test void leadersOfAPartyGatheringAreNoSummit() {
        // "Republican leaders are gathering in Georgetown on Monday."
        assertEquals(List.of(), summits(GATHERING.formatted("Republican", "Republican")));
    }

    private static final String NOT_BY = """
            1 The the DT O 3 det
            2 NATO NATO NNP ORGANIZATION 3 compound
            3 summit summit NN O 8 nsubj:pass
            4 in in IN O 5 case
            5 Vilnius Vilnius NNP LOCATION 3 nmod
            6 was be VBD O 8 aux:pass
            7 not not RB O 8 advmod
            8 %s %s VBN O 0 root
            9 by by IN O 12 case
            10 the the DT O 12 det
            11 Mexican Mexican JJ MISC 12 amod
            12 %s %s NN O 8 obl
            13 . . . O 8 punct
            """;

    @Test void aSummitNotAttendedBySomeoneStillTookPlace() {
        // "The NATO summit in Vilnius was not attended by the Mexican president."
        assertEquals(List.of("NATO LTU strong"), summits(NOT_BY.formatted("attended", "attend", "president", "president")));
    }

    @Test void aSummitNotHeldByItsHostIsDenied() {
        // "The NATO summit in Vilnius was not organised by the Mexican government."
        assertEquals(List.of(), summits(NOT_BY.formatted("organised", "organise", "government", "government")));
    }

    @Test void membersFromAcrossAnOrganisationAreItsSummit() {
        // "Heads of government from across the Commonwealth were received in Apia on Friday."
        assertEquals(List.of("Commonwealth WSM strong"), summits("""
                1 Heads head NNS O 8 nsubj:pass
                2 of of IN O 3 case
                3 government government NN O 1 nmod
                4 from from IN O 7 case
                5 across across IN O 7 case
                6 the the DT O 7 det
                7 Commonwealth Commonwealth NNP ORGANIZATION 1 nmod
                8 received receive VBN O 0 root
                9 in in IN O 10 case
                10 Apia Apia NNP LOCATION 8 obl
                11 on on IN O 12 case
                12 Friday Friday NNP DATE 8 obl 2024-05-10
                13 . . . O 8 punct
                """));
    }

    @Test void aSummitOfTheLeadersOfARegionIsNamedByIt() {
        // "A summit of Mekong leaders will be held in Hanoi on Monday."
        assertEquals(List.of("Mekong VNM strong"), summits("""
                1 A a DT O 2 det
                2 summit summit NN O 8 nsubj:pass
                3 of of IN O 5 case
                4 Mekong Mekong NNP LOCATION 5 compound
                5 leaders leader NNS O 2 nmod
                6 will will MD O 8 aux
                7 be be VB O 8 aux:pass
                8 held hold VBN O 0 root
                9 in in IN O 10 case
                10 Hanoi Hanoi NNP LOCATION 8 obl
                11 on on IN O 12 case
                12 Monday Monday NNP DATE 8 obl 2024-05-20
                13 . . . O 8 punct
                """));
    }
}
