package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A summit is named for the organisation it gathers, however the sentence spells the organisation or its leaders. */
class SummitNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static List<String> summits(String table) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        return new EventDetector().detect(doc, Docs.entities(doc)).stream()
                .map(c -> c.type().json() + " " + c.name()).toList();
    }

    @Test void anOrganisationWhoseNameJoinsTwoAdjectives() {
        // "The summit of the Community of Latin American and Caribbean States opened in Santo Domingo on Monday."
        assertEquals(List.of("summit CELAC"), summits("""
                1 The the DT O 2 det
                2 summit summit NN O 13 nsubj
                3 of of IN O 5 case
                4 the the DT O 5 det
                5 Community Community NNP ORGANIZATION 2 nmod:of
                6 of of IN ORGANIZATION 11 case
                7 Latin Latin JJ ORGANIZATION 8 amod
                8 American American JJ ORGANIZATION 11 amod
                9 and and CC ORGANIZATION 10 cc
                10 Caribbean Caribbean JJ ORGANIZATION 8 conj:and
                11 States States NNP ORGANIZATION 5 nmod:of
                12 was be VBD O 13 aux
                13 opened open VBN O 0 root
                14 in in IN O 16 case
                15 Santo Santo NNP LOCATION 16 compound
                16 Domingo Domingo NNP LOCATION 13 obl:in
                17 on on IN O 18 case
                18 Monday Monday NNP DATE 13 obl:on 2024-05-13
                19 . . . O 13 punct
                """));
    }

    @Test void theBlocsSummitIsTheSummitTheArticleNamesWithWhoeverAttendsIt() {
        // "The NATO summit opened in Vilnius on Monday. Estonian President Kaja Rand spoke on the second day of the
        // alliance's summit." -- the second summit is NATO's, and Rand attends it; without the possessor, a summit
        // with a leader named stays that leader's meeting
        String opened = SummitLeadersTest.SUMMIT_OPENED.replace("9 , , , O 4 punct", "9 . . . O 4 punct") + "\n";
        String spoke = """
                1 Estonian Estonian JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Kaja Kaja NNP PERSON 4 compound
                4 Rand Rand NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                6 on on IN O 9 case
                7 the the DT O 9 det
                8 second second JJ ORDINAL 9 amod
                9 day day NN O 5 obl
                10 of of IN O 14 case
                11 the the DT O 12 det
                12 alliance alliance NN O 14 nmod:poss
                13 's 's POS O 12 case
                14 summit summit NN O 9 nmod
                15 . . . O 5 punct
                """;
        AnnotatedDoc doc = Docs.parse(PUBLISHED, opened + spoke);
        List<Candidate> got = new EventDetector().detect(doc, Docs.entities(doc));
        Candidate second = got.stream().filter(c -> c.sentence() == 1).findFirst().orElseThrow(() -> new AssertionError(got.toString()));
        assertEquals(EventType.SUMMIT, second.type(), got.toString());
        assertEquals("NATO", second.name());
        assertEquals(1, second.participants().size(), second.toString());
        String bare = spoke.replace("12 alliance alliance NN O 14 nmod:poss", "12 alliance alliance NN O 14 nmod");
        AnnotatedDoc doc2 = Docs.parse(PUBLISHED, opened + bare);
        List<Candidate> got2 = new EventDetector().detect(doc2, Docs.entities(doc2));
        assertTrue(got2.stream().filter(c -> c.sentence() == 1).noneMatch(c -> c.type() == EventType.SUMMIT), got2.toString());
    }

    /** "Leaders of the Horn of Africa's regional bloc opened a two-day summit in Entebbe on Friday. {second}" */
    private static List<String> regionalBloc(String second) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 Leaders leader NNS O 10 nsubj
                2 of of IN O 4 case
                3 the the DT O 4 det
                4 Horn Horn NNP LOCATION 1 nmod
                5 of of IN LOCATION 9 case
                6 Africa Africa NNP LOCATION 9 nmod:poss
                7 's 's POS O 6 case
                8 regional regional JJ O 9 amod
                9 bloc bloc NN O 4 nmod
                10 opened open VBD O 0 root
                11 a a DT O 15 det
                12 two two CD NUMBER 14 nummod
                13 - - HYPH NUMBER 14 punct
                14 day day NN NUMBER 15 compound
                15 summit summit NN O 10 obj
                16 in in IN O 17 case
                17 Entebbe Entebbe NNP LOCATION 15 nmod
                18 on on IN O 19 case
                19 Friday Friday NNP DATE 10 obl 2024-05-10
                20 . . . O 10 punct

                """ + second);
        List<Candidate> found = new EventDetector().detect(doc, Docs.entities(doc));
        return found.stream().filter(c -> c.type() == EventType.SUMMIT).map(Candidate::name).toList();
    }

    @Test void aRegionsBlocIsTheOrganisationItsArticleNamesMost() {
        // "... IGAD thanked IGAD staff and the African Union.": the bloc is IGAD, named twice beside the AU once
        assertEquals(List.of("IGAD"), regionalBloc("""
                1 IGAD IGAD NNP ORGANIZATION 2 nsubj
                2 thanked thank VBD O 0 root
                3 IGAD IGAD NNP ORGANIZATION 4 compound
                4 staff staff NN O 2 obj
                5 and and CC O 8 cc
                6 the the DT O 8 det
                7 African African NNP ORGANIZATION 8 compound
                8 Union Union NNP ORGANIZATION 4 conj
                9 . . . O 2 punct
                """));
        // the IMF, named more often, is no bloc of states: "... IGAD thanked the IMF and the IMF staff."
        assertEquals(List.of("IGAD"), regionalBloc("""
                1 IGAD IGAD NNP ORGANIZATION 2 nsubj
                2 thanked thank VBD O 0 root
                3 the the DT O 4 det
                4 IMF IMF NNP ORGANIZATION 2 obj
                5 and and CC O 8 cc
                6 the the DT O 8 det
                7 IMF IMF NNP ORGANIZATION 8 compound
                8 staff staff NN O 4 conj
                9 . . . O 2 punct
                """));
        // named as often as the AU, it is neither: the region names the summit
        assertEquals(List.of("Africa"), regionalBloc("""
                1 IGAD IGAD NNP ORGANIZATION 2 nsubj
                2 thanked thank VBD O 0 root
                3 the the DT O 5 det
                4 African African NNP ORGANIZATION 5 compound
                5 Union Union NNP ORGANIZATION 2 obj
                6 . . . O 2 punct
                """));
    }

    @Test void aSpelledOutNumberOpensASummitsName() {
        // "The Three Seas summit opened in Vilnius." / "The Three Seas Initiative summit opened in Vilnius."
        String table = """
                1 The the DT O 4 det
                2 Three three CD NUMBER 3 nummod
                3 Seas Seas NNPS O 4 compound
                4 summit summit NN O 5 nsubj
                5 opened open VBD O 0 root
                6 in in IN O 7 case
                7 Vilnius Vilnius NNP LOCATION 5 obl
                8 . . . O 5 punct
                """;
        assertEquals(List.of("summit Three Seas Initiative"), summits(table));
        String initiative = """
                1 The the DT O 5 det
                2 Three three CD NUMBER 3 nummod
                3 Seas Seas NNPS O 4 compound
                4 Initiative Initiative NNP O 5 compound
                5 summit summit NN O 6 nsubj
                6 opened open VBD O 0 root
                7 in in IN O 8 case
                8 Vilnius Vilnius NNP LOCATION 6 obl
                9 . . . O 6 punct
                """;
        assertEquals(List.of("summit Three Seas Initiative"), summits(initiative));
    }

    @Test void aSummitOfPeopleOutsideGovernmentIsNotTheOrganisationsSummit() {
        // "The ASEAN Business and Investment Summit will be held in Jakarta on Monday." is a business conference, not
        // the ASEAN summit; "The ASEAN Summit ..." is
        String business = """
                1 The the DT O 6 det
                2 ASEAN ASEAN NNP ORGANIZATION 3 compound
                3 Business Business NNP O 6 compound
                4 and and CC O 5 cc
                5 Investment Investment NNP O 3 conj
                6 Summit Summit NNP O 9 nsubj:pass
                7 will will MD O 9 aux
                8 be be VB O 9 aux:pass
                9 held hold VBN O 0 root
                10 in in IN O 11 case
                11 Jakarta Jakarta NNP LOCATION 9 obl
                12 on on IN O 13 case
                13 Monday Monday NNP DATE 9 obl 2024-05-20
                14 . . . O 9 punct
                """;
        assertTrue(summits(business).stream().noneMatch(x -> x.equals("summit ASEAN")), summits(business).toString());
        String summit = """
                1 The the DT O 3 det
                2 ASEAN ASEAN NNP ORGANIZATION 3 compound
                3 Summit Summit NNP O 6 nsubj:pass
                4 will will MD O 6 aux
                5 be be VB O 6 aux:pass
                6 held hold VBN O 0 root
                7 in in IN O 8 case
                8 Jakarta Jakarta NNP LOCATION 6 obl
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl 2024-05-20
                11 . . . O 6 punct
                """;
        assertEquals(List.of("summit ASEAN"), summits(summit));
    }

    @Test void aSummitThatAGroupsLeadersHoldIsTheGroupsSummit() {
        // "Mercosur leaders are due to hold their summit in Rio early next month."
        String table = """
                1 Mercosur Mercosur NNP ORGANIZATION 2 compound
                2 leaders leader NNS O 3 nsubj
                3 are be VBP O 0 root
                4 due due JJ O 3 xcomp
                5 to to TO O 6 mark
                6 hold hold VB O 4 xcomp
                7 their they PRP$ O 8 nmod:poss
                8 summit summit NN O 6 obj
                9 in in IN O 10 case
                10 Rio Rio NNP LOCATION 8 nmod
                11 early early RB O 13 advmod
                12 next next JJ DATE 13 amod
                13 month month NN DATE 6 obl:tmod
                14 . . . O 3 punct
                """;
        assertEquals(List.of("summit Mercosur"), summits(table));
        // a summit that a group of people attends without holding it names no group ("reporters attended the summit")
        assertEquals(List.of(), summits(table.replace("1 Mercosur Mercosur NNP ORGANIZATION 2 compound", "1 The the DT O 2 det")
                .replace("2 leaders leader NNS O 3 nsubj", "2 reporters reporter NNS O 3 nsubj"))
                .stream().filter(x -> x.startsWith("summit")).toList());
    }

    @Test void leadersMeetingForASummitOfAnOrganisationMeetAtItsSummit() {
        // "West African heads of state will meet in Abuja on Sunday for a summit of the Economic Community of West
        // African States (ECOWAS)."
        List<String> got = summits("""
                1 West west JJ MISC 2 amod
                2 African African JJ MISC 3 amod
                3 heads head NNS O 7 nsubj
                4 of of IN O 5 case
                5 state state NN O 3 nmod
                6 will will MD O 7 aux
                7 meet meet VB O 0 root
                8 in in IN O 9 case
                9 Abuja Abuja NNP LOCATION 7 obl
                10 on on IN O 11 case
                11 Sunday Sunday NNP DATE 7 obl
                12 for for IN O 14 case
                13 a a DT O 14 det
                14 summit summit NN O 7 obl
                15 of of IN O 18 case
                16 the the DT O 18 det
                17 Economic Economic NNP O 18 compound
                18 Community Community NNP O 14 nmod
                19 of of IN O 22 case
                20 West West NNP O 22 compound
                21 African African NNP O 22 compound
                22 States States NNP O 18 nmod
                23 ( ( -LRB- O 18 punct
                24 ECOWAS ECOWAS NNP ORGANIZATION 18 dep
                25 ) ) -RRB- O 18 punct
                26 . . . O 7 punct
                """);
        assertTrue(got.contains("summit ECOWAS"), got.toString());
    }

    @Test void twoOrganisationsJoinedAreNotOneName() {
        // "The summit of the African Union and the European Union opened in Brussels on Monday.": not one
        // organisation's name, so no series name from the "of" phrase
        List<String> got = summits("""
                1 The the DT O 2 det
                2 summit summit NN O 11 nsubj
                3 of of IN O 6 case
                4 the the DT O 6 det
                5 African African NNP ORGANIZATION 6 compound
                6 Union Union NNP ORGANIZATION 2 nmod:of
                7 and and CC O 10 cc
                8 the the DT O 10 det
                9 European European NNP ORGANIZATION 10 compound
                10 Union Union NNP ORGANIZATION 6 conj:and
                11 opened open VBD O 0 root
                12 in in IN O 13 case
                13 Brussels Brussels NNP LOCATION 11 obl:in
                14 . . . O 11 punct
                """);
        assertEquals(List.of("summit AU"), got, "the first organisation names the summit, not a name made of both");
    }

    @Test void theLeadersOfAnOrganisationMeeting() {
        // "The APEC leaders' meeting opened in Lima on Monday."
        assertEquals(List.of("summit APEC"), summits("""
                1 The the DT O 3 det
                2 APEC APEC NNP ORGANIZATION 3 compound
                3 leaders leader NNS O 5 nmod:poss
                4 ' ' POS O 3 case
                5 meeting meeting NN O 6 nsubj
                6 opened open VBD O 0 root
                7 in in IN O 8 case
                8 Lima Lima NNP LOCATION 6 obl:in
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl:on 2024-05-13
                11 . . . O 6 punct
                """));
    }

    @Test void theMinistersOfAnOrganisationMeetingIsNoSummit() {
        // "The APEC ministers' meeting opened in Lima on Monday."
        assertEquals(List.of(), summits("""
                1 The the DT O 3 det
                2 APEC APEC NNP ORGANIZATION 3 compound
                3 ministers minister NNS O 5 nmod:poss
                4 ' ' POS O 3 case
                5 meeting meeting NN O 6 nsubj
                6 opened open VBD O 0 root
                7 in in IN O 8 case
                8 Lima Lima NNP LOCATION 6 obl:in
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl:on 2024-05-13
                11 . . . O 6 punct
                """).stream().filter(x -> x.startsWith("summit")).toList());
    }
}
