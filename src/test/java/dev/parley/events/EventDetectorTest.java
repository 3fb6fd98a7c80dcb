package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.resolve.DocEntities;
import dev.parley.time.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event candidates from hand-built parses (CoreNLP 4.5.10 UD output for these sentences). */
class EventDetectorTest {
    /** Wednesday 15 May 2024. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static List<Candidate> detect(AnnotatedDoc doc) {
        return new EventDetector().detect(doc, Docs.entities(doc));
    }

    /** "visit KEN Nairobi 2024-05-20..2024-05-26~ planned strong [Claire Dubois:visitor]". */
    private static List<String> summaries(String table) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        DocEntities e = Docs.entities(doc);
        List<String> out = new ArrayList<>();
        for (Candidate c : new EventDetector().detect(doc, e)) {
            List<String> ps = new ArrayList<>();
            for (LocalParticipant p : c.participants()) ps.add(e.people().get(p.person()).name() + ":" + p.role().json());
            String date = c.date() == null ? "undated" : c.date().start() + ".." + c.date().end() + (c.date().approximate() ? "~" : "");
            out.add(c.type().json() + " " + c.country() + " " + c.place() + " " + date + " " + c.status().json()
                    + (c.strong() ? " strong " : " weak ") + ps + (c.name() == null ? "" : " " + c.name()));
        }
        return out;
    }

    private static List<String> strong(List<String> summaries) {
        return summaries.stream().filter(x -> x.contains(" strong ")).toList();
    }

    @Test void willTravelTo() {
        // "French Foreign Minister Claire Dubois will travel to Kenya next week." (Wed 15 May: next week is 20-26 May)
        assertEquals(List.of("visit KEN null 2024-05-20..2024-05-26~ planned strong [Claire Dubois:visitor]"), summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 7 nsubj
                6 will will MD O 7 aux
                7 travel travel VB O 0 root
                8 to to IN O 9 case
                9 Kenya Kenya NNP LOCATION 7 obl
                10 next next JJ DATE 11 amod 2024-W21
                11 week week NN DATE 7 obl:tmod 2024-W21
                12 . . . O 7 punct
                """));
    }

    @Test void aPastVerbOfChoosingLeavesTheMeetingAheadOnADayWeeksAway() {
        // "Nairobi has been chosen as the venue for the meeting between ... on 20 June." (Wed 15 May 2024): not 20 June
        // 2023, which a report would write with its year, and not held, weeks before its day
        List<String> got = summaries("""
                1 Nairobi Nairobi NNP LOCATION 4 nsubj:pass
                2 has have VBZ O 4 aux
                3 been be VBN O 4 aux:pass
                4 chosen choose VBN O 0 root
                5 as as IN O 7 case
                6 the the DT O 7 det
                7 venue venue NN O 4 obl
                8 for for IN O 10 case
                9 the the DT O 10 det
                10 meeting meeting NN O 7 nmod
                11 between between IN O 16 case
                12 French French JJ MISC 14 amod
                13 Foreign Foreign NNP O 14 compound
                14 Minister Minister NNP O 16 compound
                15 Claire Claire NNP PERSON 16 compound
                16 Dubois Dubois NNP PERSON 10 nmod
                17 and and CC O 21 cc
                18 Kenyan Kenyan JJ MISC 19 amod
                19 President President NNP O 21 compound
                20 William William NNP PERSON 21 compound
                21 Ruto Ruto NNP PERSON 16 conj
                22 on on IN O 24 case
                23 20 20 CD DATE 24 nummod XXXX-06-20
                24 June June NNP DATE 10 nmod XXXX-06-20
                25 . . . O 4 punct
                """);
        assertEquals(1, strong(got).size(), got.toString());
        assertTrue(strong(got).get(0).startsWith("meeting ") && strong(got).get(0).contains(" 2024-06-20..2024-06-20 planned strong"),
                got.toString());
    }

    @Test void aMeetingToldInTheSimplePastOnAYearlessDayIsTheYearBefore() {
        // "... Dubois met ... Ruto on 20 June in Lima." (Wed 15 May 2024): June 2023, told as held; a day the parse of a
        // plan would put five weeks ahead (see the choosing test above) is not this one
        List<String> got = summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 8 amod
                8 President President NNP O 10 compound
                9 William William NNP PERSON 10 compound
                10 Ruto Ruto NNP PERSON 6 obj
                11 on on IN O 13 case
                12 20 20 CD DATE 13 nummod XXXX-06-20
                13 June June NNP DATE 6 obl XXXX-06-20
                14 in in IN O 15 case
                15 Lima Lima NNP LOCATION 6 obl
                16 . . . O 6 punct
                """);
        assertEquals(1, strong(got).size(), got.toString());
        assertTrue(strong(got).get(0).contains(" 2023-06-20..2023-06-20 occurred strong"), got.toString());
    }

    @Test void aCallAnInvitationWasMadeDuringIsHeldOnItsOwnDay() {
        // "During a phone call on Monday, ... Mwangi invited ... Marchand to visit Kenya." (Wed 15 May 2024): the call was
        // on Monday 13 May, held; only the visit is proposed
        List<String> got = summaries("""
                1 During during IN O 4 case
                2 a a DT O 4 det
                3 phone phone NN O 4 compound
                4 call call NN O 12 obl
                5 on on IN O 6 case
                6 Monday Monday NNP DATE 4 nmod 2024-05-13
                7 , , , O 12 punct
                8 Kenyan Kenyan JJ MISC 9 amod
                9 President President NNP O 11 compound
                10 Daniel Daniel NNP PERSON 11 compound
                11 Mwangi Mwangi NNP PERSON 12 nsubj
                12 invited invite VBD O 0 root
                13 French French JJ MISC 14 amod
                14 President President NNP O 16 compound
                15 Louis Louis NNP PERSON 16 compound
                16 Marchand Marchand NNP PERSON 12 obj
                17 to to TO O 18 mark
                18 visit visit VB O 12 xcomp
                19 Kenya Kenya NNP LOCATION 18 obj
                20 . . . O 12 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains(" 2024-05-13..2024-05-13 occurred strong")), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN") && x.contains(" proposed strong")), got.toString());
    }

    @Test void theTalksOnWhoseSecondDayTwoPeopleMetAreNotTheirMeeting() {
        // "... Dubois met ... Ruto on Thursday, on the second day of the talks." (Wed 15 May 2024): their meeting is on
        // Thursday; the talks that began the day before are a gathering they took part in, not a meeting of theirs
        List<String> got = summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 8 amod
                8 President President NNP O 10 compound
                9 William William NNP PERSON 10 compound
                10 Ruto Ruto NNP PERSON 6 obj
                11 on on IN O 12 case
                12 Thursday Thursday NNP DATE 6 obl 2024-05-16
                13 , , , O 6 punct
                14 on on IN O 17 case
                15 the the DT O 17 det
                16 second second JJ ORDINAL 17 amod
                17 day day NN TIME 6 obl
                18 of of IN O 20 case
                19 the the DT O 20 det
                20 talks talk NNS O 17 nmod
                21 . . . O 6 punct
                """);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("meeting ") && got.get(0).contains(" 2024-05-16..2024-05-16 occurred strong"), got.toString());
    }

    @Test void aDayTheParserMadeTheSubjectOfAnInfinitiveDatesTheVerbItHangsOn() {
        // "... Dubois is due to meet ... Ruto on Friday to discuss trade." (Wed 15 May 2024): the parser made "Friday"
        // the subject of "to discuss"; an infinitive has none, and the meeting is on Friday
        List<String> got = summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 7 nsubj
                6 is be VBZ O 7 cop
                7 due due JJ O 0 root
                8 to to TO O 9 mark
                9 meet meet VB O 7 ccomp
                10 Kenyan Kenyan JJ MISC 11 amod
                11 President President NNP O 13 compound
                12 William William NNP PERSON 13 compound
                13 Ruto Ruto NNP PERSON 9 obj
                14 on on IN O 17 mark
                15 Friday Friday NNP DATE 17 nsubj 2024-05-17
                16 to to TO O 17 mark
                17 discuss discuss VB O 9 advcl
                18 trade trade NN O 17 obj
                19 . . . O 7 punct
                """);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("meeting ") && got.get(0).contains(" 2024-05-17..2024-05-17 planned"), got.toString());
    }

    private static final String NEWS_LEDE = """
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 William William NNP PERSON 4 compound
                4 Ruto Ruto NNP PERSON 5 nsubj
                5 received receive VBD O 0 root
                6 French French JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Anne Anne NNP PERSON 9 compound
                9 Moreau Moreau NNP PERSON 5 obj
                10 in in IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 5 obl
                12 on on IN O 13 case
                13 Tuesday Tuesday NNP DATE 5 obl 2024-05-14
                14 . . . O 5 punct

                1 Trade Trade NNP O 3 nsubj
                2 is be VBZ O 3 cop
                3 small small JJ O 0 root
                4 . . . O 3 punct

                1 The the DT O 2 det
                2 visit visit NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 criticised criticise VBN O 0 root
                5 . . . O 4 punct

                """;

    private static final String MINISTERS_MET = """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 9 amod
                8 Foreign Foreign NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Peter Peter NNP PERSON 11 compound
                11 Kamau Kamau NNP PERSON 6 obj
                12 . . . O 6 punct
                """;

    @Test void aSeparateMeetingOnNoDayOfItsOwnIsOnTheDayOfTheReportsNews() {
        // "Ruto received Moreau in Nairobi on Tuesday. ... In a separate meeting in the afternoon, Dubois met Kamau." (Wed
        // 15 May 2024): Tuesday, the day of the news; told without the marks, no day
        String separate = """
                1 In in IN O 4 case
                2 a a DT O 4 det
                3 separate separate JJ O 4 amod
                4 meeting meeting NN O 14 obl
                5 in in IN O 7 case
                6 the the DT O 7 det
                7 afternoon afternoon NN TIME 4 nmod
                8 , , , O 14 punct
                9 French French JJ MISC 11 amod
                10 Foreign Foreign NNP O 11 compound
                11 Minister Minister NNP O 13 compound
                12 Claire Claire NNP PERSON 13 compound
                13 Dubois Dubois NNP PERSON 14 nsubj
                14 met meet VBD O 0 root
                15 Kenyan Kenyan JJ MISC 17 amod
                16 Foreign Foreign NNP O 17 compound
                17 Minister Minister NNP O 19 compound
                18 Peter Peter NNP PERSON 19 compound
                19 Kamau Kamau NNP PERSON 14 obj
                20 . . . O 14 punct
                """;
        List<String> got = summaries(NEWS_LEDE + separate);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-14..2024-05-14 occurred strong")
                && x.contains("Claire Dubois")), got.toString());
        // (the date stamp under the headline, "Wednesday 15 May 2024", is the report's day, not its news)
        String stamp = """
                1 Wednesday Wednesday NNP DATE 3 compound 2024-05-15
                2 15 15 CD DATE 3 nummod 2024-05-15
                3 May May NNP DATE 0 root 2024-05-15
                4 2024 2024 CD DATE 3 nummod 2024-05-15

                """;
        List<String> stamped = summaries(stamp + NEWS_LEDE + separate);
        assertTrue(stamped.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-14..2024-05-14 occurred strong")
                && x.contains("Claire Dubois")), stamped.toString());
        List<String> plain = summaries(NEWS_LEDE + MINISTERS_MET);
        assertTrue(plain.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" undated occurred strong")
                && x.contains("Claire Dubois")), plain.toString());
    }

    @Test void theSameDayWithNoDayBeforeItIsTheDayOfTheReportsNews() {
        // "Ruto received Moreau in Nairobi on Tuesday. Trade is small. The visit was criticised. Dubois met Kamau the same
        // day." (Wed 15 May 2024): no day in the sentence before, so the day of the report's news, Tuesday
        String sameDay = """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 9 amod
                8 Foreign Foreign NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Peter Peter NNP PERSON 11 compound
                11 Kamau Kamau NNP PERSON 6 obj
                12 the the DT DATE 14 det
                13 same same JJ DATE 14 amod
                14 day day NN DATE 6 obl:tmod
                15 . . . O 6 punct
                """;
        List<String> got = summaries(NEWS_LEDE + sameDay);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-14..2024-05-14 occurred strong")
                && x.contains("Claire Dubois")), got.toString());
    }

    @Test void soManyMonthsAfterDatesTheClauseItOpensCountedBackFromTheReport() {
        // (Wed 15 May 2024) "The visit will come two months after Claire Dubois met Peter Kamau in Nairobi.": March 2024
        List<String> after = summaries("""
                1 The the DT O 2 det
                2 visit visit NN O 4 nsubj
                3 will will MD O 4 aux
                4 come come VB O 0 root
                5 two two CD DURATION 6 nummod
                6 months month NNS DURATION 10 dep
                7 after after IN O 10 mark
                8 Claire Claire NNP PERSON 9 compound
                9 Dubois Dubois NNP PERSON 10 nsubj
                10 met meet VBD O 4 advcl
                11 Peter Peter NNP PERSON 12 compound
                12 Kamau Kamau NNP PERSON 10 obj
                13 in in IN O 14 case
                14 Nairobi Nairobi NNP LOCATION 10 obl
                15 . . . O 4 punct
                """);
        assertTrue(after.stream().anyMatch(x -> x.startsWith("meeting KEN ") && x.contains(" 2024-03-01..2024-03-31 occurred")),
                after.toString());
        // "... met Peter Kamau in Nairobi two months after the election.": counted from the election, not from the report
        List<String> fromNoun = summaries("""
                1 Claire Claire NNP PERSON 2 compound
                2 Dubois Dubois NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Peter Peter NNP PERSON 5 compound
                5 Kamau Kamau NNP PERSON 3 obj
                6 in in IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 3 obl
                8 two two CD DURATION 9 nummod
                9 months month NNS DURATION 3 obl
                10 after after IN O 9 case
                11 the the DT O 12 det
                12 election election NN O 9 dep
                13 . . . O 3 punct
                """);
        assertTrue(fromNoun.stream().anyMatch(x -> x.startsWith("meeting KEN ") && x.contains(" undated occurred")), fromNoun.toString());
        // "The visit comes two years after Claire Dubois travelled to Nairobi in November 2023.": the clause's own month
        List<String> own = summaries("""
                1 The the DT O 2 det
                2 visit visit NN O 3 nsubj
                3 comes come VBZ O 0 root
                4 two two CD DURATION 5 nummod
                5 years year NNS DURATION 9 dep
                6 after after IN O 9 mark
                7 Claire Claire NNP PERSON 8 compound
                8 Dubois Dubois NNP PERSON 9 nsubj
                9 travelled travel VBD O 3 advcl
                10 to to IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 9 obl
                12 in in IN O 13 case
                13 November November NNP DATE 9 obl 2023-11
                14 2023 2023 CD DATE 13 nummod 2023-11
                15 . . . O 3 punct
                """);
        assertTrue(own.stream().anyMatch(x -> x.startsWith("visit KEN ") && x.contains(" 2023-11-01..2023-11-30 occurred")), own.toString());
    }

    @Test void aDayHungOnAReportedEventIsTheDayOfTheReport() {
        // (Wed 15 May 2024) "Kenya announced Dubois's visit to Nairobi on Monday.": Monday is when it was announced; the
        // parser hangs "on Monday" on the visit
        List<String> got = summaries("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 announced announce VBD O 0 root
                3 Dubois Dubois NNP PERSON 5 nmod:poss
                4 's 's POS O 3 case
                5 visit visit NN O 2 obj
                6 to to IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 5 nmod
                8 on on IN O 9 case
                9 Monday Monday NNP DATE 5 nmod 2024-05-13
                10 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN ")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("2024-05-13")), got.toString());
    }

    @Test void anEventCountedFromTheDayItsSentenceTellsIsDatedSo() {
        // (Wed 15 May 2024) "The youth forum opened in Jakarta on Saturday, a day before the ASEAN summit.": the summit
        // is Sunday the 12th; "on the eve of the ASEAN summit" says the same
        String dayBefore = """
                1 The the DT O 3 det
                2 youth youth NN O 3 compound
                3 forum forum NN O 4 nsubj
                4 opened open VBD O 0 root
                5 in in IN O 6 case
                6 Jakarta Jakarta NNP LOCATION 4 obl
                7 on on IN O 8 case
                8 Saturday Saturday NNP DATE 4 obl 2024-05-11
                9 , , , O 8 punct
                10 a a DT O 11 det
                11 day day NN TIME 8 appos
                12 before before IN O 15 case
                13 the the DT O 15 det
                14 ASEAN ASEAN NNP ORGANIZATION 15 compound
                15 summit summit NN O 11 nmod
                16 . . . O 4 punct
                """;
        List<String> got = summaries(dayBefore);
        assertTrue(got.contains("summit null null 2024-05-12..2024-05-12 occurred strong [] ASEAN"), got.toString());
        String eve = dayBefore.replace("10 a a DT O 11 det", "10 the the DT O 11 det")
                .replace("11 day day NN TIME 8 appos", "11 eve eve NN O 8 appos").replace("12 before before IN O 15 case", "12 of of IN O 15 case");
        List<String> onTheEve = summaries(eve);
        assertTrue(onTheEve.contains("summit null null 2024-05-12..2024-05-12 occurred strong [] ASEAN"), onTheEve.toString());
        // (opened on the day of the report, Wednesday: the summit is Thursday, still to come)
        List<String> today = summaries(dayBefore.replace("8 Saturday Saturday NNP DATE 4 obl 2024-05-11", "8 Wednesday Wednesday NNP DATE 4 obl 2024-05-15"));
        assertTrue(today.contains("summit null null 2024-05-16..2024-05-16 planned strong [] ASEAN"), today.toString());
    }

    private static final String TRIP_BEGINS = """
                1 Dubois Dubois NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 trip trip NN O 6 nsubj
                4 to to IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 3 nmod
                6 begins begin VBZ O 0 root
                7 on on IN O 8 case
                8 Monday Monday NNP DATE 6 obl 2024-05-20
                9 . . . O 6 punct
                """;

    @Test void theCountryARelativePronounStandsForIsTheDestination() {
        // "In Kenya, which Dubois visited from Monday to Wednesday, the two sides agreed on trade." (Wed 15 May)
        assertEquals(List.of("visit KEN null 2024-05-13..2024-05-15 occurred strong [Dubois:visitor]"), summaries("""
                1 In in IN O 2 case
                2 Kenya Kenya NNP LOCATION 15 obl
                3 , , , O 2 punct
                4 which which WDT O 6 obj
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 visited visit VBD O 2 acl:relcl
                7 from from IN O 8 case
                8 Monday Monday NNP DATE 6 obl 2024-05-13
                9 to to IN DATE 10 case
                10 Wednesday Wednesday NNP DATE 6 obl 2024-05-15
                11 , , , O 2 punct
                12 the the DT O 14 det
                13 two two CD NUMBER 14 nummod
                14 sides side NNS O 15 nsubj
                15 agreed agree VBD O 0 root
                16 on on IN O 17 case
                17 trade trade NN O 15 obl
                18 . . . O 15 punct
                """));
    }

    private static final String LANDED_IN_NAIROBI = """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 landed land VBD O 0 root
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl
                5 on on IN O 6 case
                6 Monday Monday NNP DATE 2 obl 2024-05-13
                7 . . . O 2 punct
                """;

    /** "Dubois landed in Nairobi on Monday. {The|A} visit to Mombasa was dropped." */
    private static List<String> visitDropped(String det) {
        return summaries(LANDED_IN_NAIROBI + """

                1 %s %s DT O 2 det
                2 visit visit NN O 6 nsubj:pass
                3 to to IN O 4 case
                4 Mombasa Mombasa NNP LOCATION 2 nmod
                5 was be VBD O 6 aux:pass
                6 dropped drop VBN O 0 root
                7 . . . O 6 punct
                """.formatted(det, det.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test void aDefiniteVisitThatNamesNoTravellerIsTheArticlesTrip() {
        // "The visit to Mombasa": the one person the article has travelling; only support for an event found elsewhere
        List<String> got = visitDropped("The");
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.get(1).startsWith("visit KEN Mombasa ") && got.get(1).endsWith(" weak [Dubois:visitor]"), got.get(1));
        // "A visit to Mombasa was dropped." introduces a trip; it is not the one the article has told of
        List<String> indefinite = visitDropped("A");
        assertEquals(1, indefinite.size(), indefinite.toString());
    }

    /**
     * "Dubois landed in Nairobi on Monday. The visit, initially scheduled from 2 to 4 May, had been postponed {after}."
     * (parsed as CoreNLP parses it: the participle taken for the root, the visit its subject).
     */
    private static List<String> placelessVisit(String after) {
        return summaries(LANDED_IN_NAIROBI + """

                1 The the DT O 2 det
                2 visit visit NN O 5 nsubj
                3 , , , O 5 punct
                4 initially initially RB O 5 advmod
                5 scheduled schedule VBN O 0 root
                6 from from IN O 9 case
                7 2 2 CD DATE 9 nummod 2024-05-02
                8 to to IN O 9 case
                9 4 4 CD DATE 5 obl 2024-05-04
                10 May May NNP DATE 9 compound 2024-05
                11 , , , O 5 punct
                12 had have VBD O 14 aux
                13 been be VBN O 14 aux:pass
                14 postponed postpone VBN O 5 dep
                """ + after);
    }

    @Test void aDefiniteVisitThatNamesNoPlaceIsTheArticlesTripToItsOneCountry() {
        // the trip the article has under way, to Kenya, in its first dates: only support for an event found elsewhere
        List<String> got = placelessVisit("15 . . . O 5 punct\n");
        assertEquals(2, got.size(), got.toString());
        assertEquals("visit KEN null 2024-05-02..2024-05-04 cancelled weak [Dubois:visitor]", got.get(1));
        // "... postponed after talks in Uganda": a sentence that names another country may tell of another trip
        List<String> elsewhere = placelessVisit("""
                15 after after IN O 16 case
                16 talks talk NNS O 14 obl
                17 in in IN O 18 case
                18 Uganda Uganda NNP LOCATION 16 nmod
                19 . . . O 5 punct
                """);
        assertEquals(1, elsewhere.stream().filter(x -> x.startsWith("visit ")).count(), elsewhere.toString());
    }

    @Test void aNameTheParserHangsOnItsTitleByOfIsTheObject() {
        // "President Amara Osei received Prime Minister of Georgia Davit Kandelaki in Nairobi today." (the tagger took
        // "Georgia" into the name, the parser hung the name on the title)
        List<String> got = summaries("""
                1 President President NNP O 3 compound
                2 Amara Amara NNP PERSON 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 received receive VBD O 0 root
                5 Prime Prime NNP O 6 compound
                6 Minister Minister NNP O 4 obj
                7 of of IN O 10 case
                8 Georgia Georgia NNP PERSON 10 compound
                9 Davit Davit NNP PERSON 10 compound
                10 Kandelaki Kandelaki NNP PERSON 6 nmod
                11 in in IN O 12 case
                12 Nairobi Nairobi NNP LOCATION 4 obl
                13 today today NN DATE 4 obl:tmod 2024-05-15
                14 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-15..2024-05-15 occurred")
                && x.contains("Davit Kandelaki:visitor")), got.toString());
    }

    /**
     * "Kenyan President Amara Osei thanked Swedish President Lena Berg. Foreign Minister Ana Berzina met Foreign Minister
     * Jon Olafsson on Monday. {last}"
     */
    private static List<String> twoPresidents(String last) {
        return summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 5 nsubj
                5 thanked thank VBD O 0 root
                6 Swedish Swedish JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Lena Lena NNP PERSON 9 compound
                9 Berg Berg NNP PERSON 5 obj
                10 . . . O 5 punct

                1 Foreign Foreign NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Berzina Berzina NNP PERSON 5 nsubj
                5 met meet VBD O 0 root
                6 Foreign Foreign NNP O 7 compound
                7 Minister Minister NNP O 9 compound
                8 Jon Jon NNP PERSON 9 compound
                9 Olafsson Olafsson NNP PERSON 5 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 5 obl 2024-05-13
                12 . . . O 5 punct

                """ + last).stream().filter(x -> x.startsWith("call ")).toList();
    }

    /** "Kenyan President Amara Osei thanked Swedish President Lena Berg and Swedish Foreign Minister Jon Olafsson." */
    private static final String OSEI_THANKED = """
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 5 nsubj
                5 thanked thank VBD O 0 root
                6 Swedish Swedish JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Lena Lena NNP PERSON 9 compound
                9 Berg Berg NNP PERSON 5 obj
                10 and and CC O 15 cc
                11 Swedish Swedish JJ MISC 13 amod
                12 Foreign Foreign NNP O 13 compound
                13 Minister Minister NNP O 15 compound
                14 Jon Jon NNP PERSON 15 compound
                15 Olafsson Olafsson NNP PERSON 9 conj
                16 . . . O 5 punct

                """;

    /** "{who} spoke by telephone with his Swedish {counterpart} on Tuesday." */
    private static String withHisSwedish(String who, String counterpart) {
        return OSEI_THANKED + """
                1 %s %s NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 by by IN O 4 case
                4 telephone telephone NN O 2 obl
                5 with with IN O 8 case
                6 his he PRP$ O 8 nmod:poss
                7 Swedish Swedish JJ MISC 8 amod
                8 %s %s %s O 2 obl
                9 on on IN O 10 case
                10 Tuesday Tuesday NNP DATE 2 obl 2024-05-14
                11 . . . O 2 punct
                """.formatted(who, who, counterpart, counterpart.replaceAll("s$", ""), counterpart.endsWith("s") ? "NNS" : "NN");
    }

    @Test void hisCounterpartOfACountryIsItsPersonOfTheSameOffice() {
        // the president's Swedish counterpart is the Swedish president, the foreign minister's the foreign minister
        assertEquals(List.of("call null null 2024-05-14..2024-05-14 occurred strong [Amara Osei:participant, Lena Berg:counterpart]"),
                summaries(withHisSwedish("Osei", "counterpart")).stream().filter(x -> x.startsWith("call ")).toList());
        // ("his Swedish counterparts": several, no one of them)
        List<String> several = summaries(withHisSwedish("Osei", "counterparts")).stream().filter(x -> x.startsWith("call ")).toList();
        assertTrue(several.stream().noneMatch(x -> x.contains("Lena Berg") || x.contains("Olafsson")), several.toString());
    }

    @Test void theTwoPresidentsAreTheTwoTheArticleNamesSoNotTheLastPair() {
        // "The two presidents spoke by telephone on Tuesday.": not the two ministers who met just before
        assertEquals(List.of("call null null 2024-05-14..2024-05-14 occurred strong [Amara Osei:participant, Lena Berg:participant]"),
                twoPresidents("""
                1 The the DT O 3 det
                2 two two CD NUMBER 3 nummod
                3 presidents president NNS O 4 nsubj
                4 spoke speak VBD O 0 root
                5 by by IN O 6 case
                6 telephone telephone NN O 4 obl
                7 on on IN O 8 case
                8 Tuesday Tuesday NNP DATE 4 obl 2024-05-14
                9 . . . O 4 punct
                """));
        // "The Kenyan and Swedish presidents spoke by telephone on Tuesday.": one of each country
        assertEquals(List.of("call null null 2024-05-14..2024-05-14 occurred strong [Amara Osei:participant, Lena Berg:participant]"),
                twoPresidents("""
                1 The the DT O 5 det
                2 Kenyan Kenyan JJ MISC 5 amod
                3 and and CC O 4 cc
                4 Swedish Swedish JJ MISC 2 conj
                5 presidents president NNS O 6 nsubj
                6 spoke speak VBD O 0 root
                7 by by IN O 8 case
                8 telephone telephone NN O 6 obl
                9 on on IN O 10 case
                10 Tuesday Tuesday NNP DATE 6 obl 2024-05-14
                11 . . . O 6 punct
                """));
    }

    @Test void theGuestIsTheArticlesTraveller() {
        // "Dubois landed in Nairobi on Monday. The guest arrived in Mombasa on Tuesday.": support for her trip
        List<String> got = summaries(LANDED_IN_NAIROBI + """

                1 The the DT O 2 det
                2 guest guest NN O 3 nsubj
                3 arrived arrive VBD O 0 root
                4 in in IN O 5 case
                5 Mombasa Mombasa NNP LOCATION 3 obl
                6 on on IN O 7 case
                7 Tuesday Tuesday NNP DATE 3 obl 2024-05-14
                8 . . . O 3 punct
                """);
        assertTrue(got.contains("visit KEN Mombasa 2024-05-14..2024-05-14 occurred weak [Dubois:visitor]"), got.toString());
    }

    @Test void anArrivalFromAnotherCountryEndsTheStayThere() {
        // "French Foreign Minister Claire Dubois arrived in Kampala on Tuesday from Nairobi.": her stay in Kenya ended then
        List<String> got = summaries("""
                1 French French JJ MISC 4 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 in in IN O 8 case
                8 Kampala Kampala NNP LOCATION 6 obl
                9 on on IN O 10 case
                10 Tuesday Tuesday NNP DATE 6 obl 2024-05-14
                11 from from IN O 12 case
                12 Nairobi Nairobi NNP LOCATION 6 obl
                13 . . . O 6 punct
                """);
        assertTrue(got.contains("visit KEN Nairobi 2024-05-14..2024-05-14 occurred weak [Claire Dubois:visitor]"), got.toString());
    }

    @Test void aDepartureUnderDueEndsTheStay() {
        // "Dubois landed in Nairobi on Monday. She was due to fly home on Thursday." (the parser leaves "to fly" a bare
        // dep of "due")
        List<String> got = summaries(LANDED_IN_NAIROBI + """

                1 She she PRP O 3 nsubj
                2 was be VBD O 3 cop
                3 due due JJ O 0 root
                4 to to TO O 5 mark
                5 fly fly VB O 3 dep
                6 home home RB O 5 advmod
                7 on on IN O 8 case
                8 Thursday Thursday NNP DATE 5 obl 2024-05-16
                9 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-16..2024-05-16 ") && x.endsWith("[Dubois:visitor]")),
                got.toString());
        // (Wed 15 May) "She was due to fly home on Tuesday": the plan as it stood, yesterday, not next week
        List<String> yesterday = summaries(LANDED_IN_NAIROBI + """

                1 She she PRP O 3 nsubj
                2 was be VBD O 3 cop
                3 due due JJ O 0 root
                4 to to TO O 5 mark
                5 fly fly VB O 3 dep
                6 home home RB O 5 advmod
                7 on on IN O 8 case
                8 Tuesday Tuesday NNP DATE 5 obl 2024-05-14
                9 . . . O 3 punct
                """);
        assertTrue(yesterday.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-14..2024-05-14 ")), yesterday.toString());
    }

    @Test void aCallThatIsTheSettingOfAPastVerbIsPastAndItsSurnameTaggedAsAPlaceIsItsPerson() {
        // "Chimwemwe Msiska is Malawi's foreign minister. Ana Macamo is Mozambique's foreign minister. Macamo and Msiska
        // prepared the agenda in a telephone conversation on 11 February." (Wed 15 May 2024): "prepare" governs plans
        // ("prepared to visit"), not the call it was done in; and "Msiska", tagged a place there, is the minister
        List<String> got = summaries("""
                1 Chimwemwe Chimwemwe NNP PERSON 2 compound
                2 Msiska Msiska NNP PERSON 7 nsubj
                3 is be VBZ O 7 cop
                4 Malawi Malawi NNP LOCATION 7 nmod:poss
                5 's 's POS O 4 case
                6 foreign foreign JJ O 7 amod
                7 minister minister NN O 0 root
                8 . . . O 7 punct

                1 Ana Ana NNP PERSON 2 compound
                2 Macamo Macamo NNP PERSON 7 nsubj
                3 is be VBZ O 7 cop
                4 Mozambique Mozambique NNP LOCATION 7 nmod:poss
                5 's 's POS O 4 case
                6 foreign foreign JJ O 7 amod
                7 minister minister NN O 0 root
                8 . . . O 7 punct

                1 Macamo Macamo NNP PERSON 4 nsubj
                2 and and CC O 3 cc
                3 Msiska Msiska NNP LOCATION 1 conj
                4 prepared prepare VBD O 0 root
                5 the the DT O 6 det
                6 agenda agenda NN O 4 obj
                7 in in IN O 10 case
                8 a a DT O 10 det
                9 telephone telephone NN O 10 compound
                10 conversation conversation NN O 4 obl
                11 on on IN O 13 case
                12 11 11 CD DATE 13 nummod 2024-02-11
                13 February February NNP DATE 4 obl 2024-02-11
                14 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call null null 2024-02-11..2024-02-11 occurred strong")
                && x.contains("Chimwemwe Msiska") && x.contains("Ana Macamo")), got.toString());
    }

    @Test void theTwoAreThePairMetBeforeAThreeWayMeeting() {
        // "... Msiska met his Mozambican counterpart, Ana Macamo, on Tuesday and held a three-way meeting with Macamo and
        // Kitwana. The waterway was the subject of a telephone conversation between the two ministers earlier this
        // month." The two are Msiska and Macamo (named by no office of her own), not the article's two ministers
        List<String> got = summaries("""
                1 Chimwemwe Chimwemwe NNP PERSON 2 compound
                2 Msiska Msiska NNP PERSON 7 nsubj
                3 is be VBZ O 7 cop
                4 Malawi Malawi NNP LOCATION 7 nmod:poss
                5 's 's POS O 4 case
                6 foreign foreign JJ O 7 amod
                7 minister minister NN O 0 root
                8 . . . O 7 punct

                1 Salum Salum NNP PERSON 2 compound
                2 Kitwana Kitwana NNP PERSON 7 nsubj
                3 is be VBZ O 7 cop
                4 Tanzania Tanzania NNP LOCATION 7 nmod:poss
                5 's 's POS O 4 case
                6 foreign foreign JJ O 7 amod
                7 minister minister NN O 0 root
                8 . . . O 7 punct

                1 Msiska Msiska NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 his he PRP$ O 5 nmod:poss
                4 Mozambican Mozambican JJ MISC 5 amod
                5 counterpart counterpart NN O 2 obj
                6 , , , O 5 punct
                7 Ana Ana NNP PERSON 8 compound
                8 Macamo Macamo NNP PERSON 5 appos
                9 , , , O 5 punct
                10 on on IN O 11 case
                11 Tuesday Tuesday NNP DATE 2 obl 2024-05-14
                12 and and CC O 13 cc
                13 held hold VBD O 2 conj
                14 a a DT O 18 det
                15 three three CD NUMBER 17 nummod
                16 - - HYPH NUMBER 17 punct
                17 way way NN NUMBER 18 compound
                18 meeting meeting NN O 13 obj
                19 with with IN O 20 case
                20 Macamo Macamo NNP PERSON 18 nmod
                21 and and CC O 22 cc
                22 Kitwana Kitwana NNP PERSON 20 conj
                23 . . . O 2 punct

                1 The the DT O 2 det
                2 waterway waterway NN O 5 nsubj
                3 was be VBD O 5 cop
                4 the the DT O 5 det
                5 subject subject NN O 0 root
                6 of of IN O 9 case
                7 a a DT O 9 det
                8 telephone telephone NN O 9 compound
                9 conversation conversation NN O 5 nmod
                10 between between IN O 13 case
                11 the the DT O 13 det
                12 two two CD DATE 13 nummod
                13 ministers minister NNS DATE 9 nmod
                14 earlier early RBR DATE 16 advmod
                15 this this DT DATE 16 det
                16 month month NN DATE 9 obl:tmod
                17 . . . O 5 punct
                """);
        List<String> calls = got.stream().filter(x -> x.startsWith("call")).toList();
        assertEquals(1, calls.size(), got.toString());
        assertTrue(calls.get(0).contains("Ana Macamo") && calls.get(0).contains("Chimwemwe Msiska")
                && !calls.get(0).contains("Kitwana"), got.toString());
    }

    @Test void flyingHomeFromAPlaceAbroadIsTheLastDayOfAStayThere() {
        // "Kenyan Foreign Minister Amina Otieno, who flew home from Tokyo on Tuesday, spent much of her time in Japan
        // talking about trade." (Wed 15 May 2024): no stay told before it, the place left is the stay's
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Amina Amina NNP PERSON 5 compound
                5 Otieno Otieno NNP PERSON 15 nsubj
                6 , , , O 5 punct
                7 who who WP O 8 nsubj
                8 flew fly VBD O 5 acl:relcl
                9 home home RB O 8 advmod
                10 from from IN O 11 case
                11 Tokyo Tokyo NNP LOCATION 8 obl
                12 on on IN O 13 case
                13 Tuesday Tuesday NNP DATE 8 obl 2024-05-14
                14 , , , O 5 punct
                15 spent spend VBD O 0 root
                16 much much JJ O 15 obj
                17 of of IN O 19 case
                18 her she PRP$ O 19 nmod:poss
                19 time time NN O 16 nmod
                20 in in IN O 21 case
                21 Japan Japan NNP LOCATION 15 obl
                22 talking talk VBG O 15 dep
                23 about about IN O 24 case
                24 trade trade NN O 22 obl
                25 . . . O 15 punct
                """);
        assertTrue(got.contains("visit JPN Tokyo 2024-05-14..2024-05-14 occurred weak [Amina Otieno:visitor]"), got.toString());
    }

    @Test void leavingAPlaceAbroadForHomeIsTheLastDayOfAStayThere() {
        // "Kenyan Foreign Minister Amina Otieno left Tokyo on Tuesday for Nairobi." (Wed 15 May 2024): the
        // destination is home, the place left the stay's
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Amina Amina NNP PERSON 5 compound
                5 Otieno Otieno NNP PERSON 6 nsubj
                6 left leave VBD O 0 root
                7 Tokyo Tokyo NNP LOCATION 6 obj
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP DATE 6 obl 2024-05-14
                10 for for IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 6 obl
                12 . . . O 6 punct
                """);
        assertTrue(got.contains("visit JPN Tokyo 2024-05-14..2024-05-14 occurred weak [Amina Otieno:visitor]"), got.toString());
    }

    @Test void aJourneyToldInAWhenClauseOnADayIsOnThatDay() {
        // "Otieno will stay in Kenya until Friday morning, when she flies to Kampala." (Wed 15 May 2024)
        List<String> got = summaries("""
                1 Otieno Otieno NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 stay stay VB O 0 root
                4 in in IN O 5 case
                5 Kenya Kenya NNP LOCATION 3 obl
                6 until until IN O 8 case
                7 Friday Friday NNP DATE 8 compound 2024-05-17
                8 morning morning NN TIME 3 obl
                9 , , , O 8 punct
                10 when when WRB O 12 advmod
                11 she she PRP O 12 nsubj
                12 flies fly VBZ O 8 acl:relcl
                13 to to IN O 14 case
                14 Kampala Kampala NNP LOCATION 12 obl
                15 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit UGA Kampala 2024-05-17")), got.toString());
    }

    @Test void someoneTheEventWasWithoutIsNoPartOfIt() {
        // "Amina Otieno met Kenji Sato in Nairobi on Tuesday, but without Uganda's President Joseph Okello."
        List<String> got = summaries("""
                1 Amina Amina NNP PERSON 2 compound
                2 Otieno Otieno NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Kenji Kenji NNP PERSON 5 compound
                5 Sato Sato NNP PERSON 3 obj
                6 in in IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 3 obl
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP DATE 3 obl 2024-05-14
                10 , , , O 3 punct
                11 but but CC O 17 cc
                12 without without IN O 17 case
                13 Uganda Uganda NNP LOCATION 15 nmod:poss
                14 's 's POS O 13 case
                15 President President NNP O 17 compound
                16 Joseph Joseph NNP PERSON 17 compound
                17 Okello Okello NNP PERSON 3 conj
                18 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting") && x.contains("Amina Otieno") && x.contains("Kenji Sato")),
                got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("Joseph Okello")), got.toString());
    }

    @Test void aMeetingThatWillNotTakePlaceIsCalledOffAndANotButContrastDeniesNothing() {
        // "The planned meeting between Amina Otieno and Kenji Sato in Nairobi will not take place."
        List<String> off = summaries("""
                1 The the DT O 3 det
                2 planned planned JJ O 3 amod
                3 meeting meeting NN O 14 nsubj
                4 between between IN O 6 case
                5 Amina Amina NNP PERSON 6 compound
                6 Otieno Otieno NNP PERSON 3 nmod
                7 and and CC O 9 cc
                8 Kenji Kenji NNP PERSON 9 compound
                9 Sato Sato NNP PERSON 6 conj
                10 in in IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 3 nmod
                12 will will MD O 14 aux
                13 not not RB O 14 advmod
                14 take take VB O 0 root
                15 place place NN O 14 obj
                16 . . . O 14 punct
                """);
        assertTrue(off.stream().anyMatch(x -> x.startsWith("meeting KEN Nairobi undated cancelled")), off.toString());
        // "The meeting of Amina Otieno and Kenji Sato in Nairobi was not organised by the government but by a foundation."
        List<String> held = summaries("""
                1 The the DT O 2 det
                2 meeting meeting NN O 13 nsubj:pass
                3 of of IN O 5 case
                4 Amina Amina NNP PERSON 5 compound
                5 Otieno Otieno NNP PERSON 2 nmod
                6 and and CC O 8 cc
                7 Kenji Kenji NNP PERSON 8 compound
                8 Sato Sato NNP PERSON 5 conj
                9 in in IN O 10 case
                10 Nairobi Nairobi NNP LOCATION 2 nmod
                11 was be VBD O 13 aux:pass
                12 not not RB O 13 advmod
                13 organised organise VBN O 0 root
                14 by by IN O 16 case
                15 the the DT O 16 det
                16 government government NN O 13 obl
                17 but but CC O 20 cc
                18 by by IN O 20 case
                19 a a DT O 20 det
                20 foundation foundation NN O 13 conj
                21 . . . O 13 punct
                """);
        assertTrue(held.stream().anyMatch(x -> x.startsWith("meeting KEN Nairobi")), held.toString());
    }

    @Test void whoWasDueToVisitIsThePersonBeforeIt() {
        // "Kenyan President Daniel Otieno, who was due to visit Japan this week, has postponed his trip, his office said
        // on Monday." The parser loses the clause around "due to" ("who" an object, "was" a subject); the surface tells it
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Daniel Daniel NNP PERSON 4 compound
                4 Otieno Otieno NNP PERSON 22 nsubj
                5 , , , O 4 punct
                6 who who WP O 16 obj
                7 was be VBD O 16 nsubj
                8 due due JJ O 7 advmod
                9 to to TO O 10 mark
                10 visit visit VB O 8 dep
                11 Japan Japan NNP LOCATION 10 obj
                12 this this DT DATE 13 det
                13 week week NN DATE 10 obl:tmod
                14 , , , O 16 punct
                15 has have VBZ O 16 aux
                16 postponed postpone VBN O 4 acl:relcl
                17 his he PRP$ O 18 nmod:poss
                18 trip trip NN O 16 obj
                19 , , , O 4 punct
                20 his he PRP$ O 21 nmod:poss
                21 office office NN O 22 nsubj
                22 said say VBD O 0 root
                23 on on IN O 24 case
                24 Monday Monday NNP DATE 22 obl 2024-05-13
                25 . . . O 22 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit JPN null") && x.contains(" strong [Daniel Otieno:visitor")),
                got.toString());
    }

    @Test void theyWhoMeetAgainAreThePairMetBefore() {
        // "Amina Otieno met Kenji Sato in Nairobi on Monday. They agreed to meet again next month in Tokyo."
        List<String> got = summaries("""
                1 Amina Amina NNP PERSON 2 compound
                2 Otieno Otieno NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Kenji Kenji NNP PERSON 5 compound
                5 Sato Sato NNP PERSON 3 obj
                6 in in IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 3 obl
                8 on on IN O 9 case
                9 Monday Monday NNP DATE 3 obl 2024-05-13
                10 . . . O 3 punct

                1 They they PRP O 2 nsubj
                2 agreed agree VBD O 0 root
                3 to to TO O 4 mark
                4 meet meet VB O 2 xcomp
                5 again again RB O 4 advmod
                6 next next JJ DATE 7 amod 2024-06
                7 month month NN DATE 4 obl:tmod 2024-06
                8 in in IN O 9 case
                9 Tokyo Tokyo NNP LOCATION 4 obl
                10 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting JPN Tokyo 2024-06") && x.contains("Amina Otieno")
                && x.contains("Kenji Sato")), got.toString());
    }

    @Test void aNegationOnWhatIsSaidOfAnEventDoesNotDenyIt() {
        // "The EAC summit in Arusha, which ended without a deal, will not be remembered for its communiqué."
        List<String> remembered = summaries("""
                1 The the DT O 3 det
                2 EAC eac NN ORGANIZATION 3 compound
                3 summit summit NN O 16 nsubj:pass
                4 in in IN O 5 case
                5 Arusha Arusha NNP LOCATION 3 nmod
                6 , , , O 3 punct
                7 which which WDT O 8 nsubj
                8 ended end VBD O 3 acl:relcl
                9 without without IN O 11 case
                10 a a DT O 11 det
                11 deal deal NN O 8 obl
                12 , , , O 3 punct
                13 will will MD O 16 aux
                14 not not RB O 16 advmod
                15 be be VB O 16 aux:pass
                16 remembered remember VBN O 0 root
                17 for for IN O 19 case
                18 its its PRP$ O 19 nmod:poss
                19 communiqué communiqué NN O 16 obl
                20 . . . O 16 punct
                """);
        assertTrue(remembered.stream().anyMatch(x -> x.startsWith("summit TZA Arusha")), remembered.toString());
        // "The EAC summit will not be held in Arusha.": denied
        List<String> denied = summaries("""
                1 The the DT O 3 det
                2 EAC eac NN ORGANIZATION 3 compound
                3 summit summit NN O 7 nsubj:pass
                4 will will MD O 7 aux
                5 not not RB O 7 advmod
                6 be be VB O 7 aux:pass
                7 held hold VBN O 0 root
                8 in in IN O 9 case
                9 Arusha Arusha NNP LOCATION 7 obl
                10 . . . O 7 punct
                """);
        assertTrue(denied.stream().noneMatch(x -> x.startsWith("summit")), denied.toString());
    }

    @Test void aPlanToldOfTheOneWhoPostponesItIsCalledOff() {
        // "Kenya's veteran leader Amos Langat, who was due to head to Japan for talks with Prime Minister Hiroshi Sato,
        // has postponed his trip to recover from an illness, the government said." The parser takes "due to" for a
        // preposition and "head" for a noun; "his" is the subject beside its title noun, not Sato
        List<String> got = summaries("""
                1 Kenya Kenya NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 veteran veteran JJ O 4 amod
                4 leader leader NN O 24 nsubj
                5 Amos Amos NNP PERSON 6 compound
                6 Langat Langat NNP PERSON 4 dep
                7 , , , O 4 punct
                8 who who WP O 12 nsubj
                9 was be VBD O 12 cop
                10 due due JJ O 12 case
                11 to to IN O 10 fixed
                12 head head NN O 4 acl:relcl
                13 to to IN O 14 case
                14 Japan Japan NNP LOCATION 12 nmod
                15 for for IN O 16 case
                16 talks talk NNS O 12 nmod
                17 with with IN O 21 case
                18 Prime Prime NNP O 19 compound
                19 Minister Minister NNP O 21 compound
                20 Hiroshi Hiroshi NNP PERSON 21 compound
                21 Sato Sato NNP PERSON 16 nmod
                22 , , , O 4 punct
                23 has have VBZ O 24 aux
                24 postponed postpone VBN O 35 advcl
                25 his he PRP$ O 26 nmod:poss
                26 trip trip NN O 24 obj
                27 to to TO O 28 mark
                28 recover recover VB O 24 xcomp
                29 from from IN O 31 case
                30 an a DT O 31 det
                31 illness illness NN O 28 obl
                32 , , , O 35 punct
                33 the the DT O 34 det
                34 government government NN O 35 nsubj
                35 said say VBD O 0 root
                36 . . . O 35 punct
                """);
        assertTrue(got.contains("visit JPN null undated cancelled strong [Amos Langat:visitor]"), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("Hiroshi Sato:visitor")), got.toString());
        assertTrue(got.stream().filter(x -> x.startsWith("meeting")).allMatch(x -> x.contains(" cancelled ")), got.toString());
    }

    @Test void anUndatedVisitAfterAnotherTripToldOrCalledOffIsNotTheArticlesTrip() {
        // "Dubois landed in Nairobi on Monday. Osei will not travel to Kampala. The visit was postponed.": "the visit"
        // may be Osei's; and with no trip between, a plan called off with no date may be any
        String postponed = """

                1 The the DT O 2 det
                2 visit visit NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 postponed postpone VBN O 0 root
                5 . . . O 4 punct
                """;
        List<String> got = summaries(LANDED_IN_NAIROBI + """

                1 Osei Osei NNP PERSON 4 nsubj
                2 will will MD O 4 aux
                3 not not RB O 4 advmod
                4 travel travel VB O 0 root
                5 to to IN O 6 case
                6 Kampala Kampala NNP LOCATION 4 obl
                7 . . . O 4 punct
                """ + postponed);
        assertEquals(1, got.size(), got.toString());
        assertEquals(1, summaries(LANDED_IN_NAIROBI + postponed).size());
        // "The visit was a success.": nothing between, so the article's trip
        List<String> success = summaries(LANDED_IN_NAIROBI + """

                1 The the DT O 2 det
                2 visit visit NN O 5 nsubj
                3 was be VBD O 5 cop
                4 a a DT O 5 det
                5 success success NN O 0 root
                6 . . . O 5 punct
                """);
        assertEquals(2, success.size(), success.toString());
    }

    @Test void aDateTheParserHangsOnTheReportingVerbBeforeItsSubjectIsTheEvents() {
        // "Dubois will pay a state visit to Kenya from 20 to 22 May, the ministry said on Wednesday." (parsed as CoreNLP
        // parses it: the dates on "said")
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 pay pay VB O 0 root
                4 a a DT O 6 det
                5 state state NN O 6 compound
                6 visit visit NN O 3 obj
                7 to to IN O 8 case
                8 Kenya Kenya NNP LOCATION 6 nmod
                9 from from IN O 13 case
                10 20 20 CD NUMBER 12 compound
                11 to to IN O 12 advmod
                12 22 22 CD DATE 13 nummod
                13 May May NNP DATE 17 obl
                14 , , , O 17 punct
                15 the the DT O 16 det
                16 ministry ministry NN O 17 nsubj
                17 said say VBD O 3 advcl
                18 on on IN O 19 case
                19 Wednesday Wednesday NNP DATE 17 obl 2024-05-15
                20 . . . O 3 punct
                """);
        assertEquals(List.of("visit KEN null 2024-05-20..2024-05-22 planned strong [Dubois:visitor]"), got);
    }

    @Test void theForeignMinistersOfTwoCountriesAreTheirForeignMinistersNotTheirPrimeMinister() {
        // "Latvian Foreign Minister Ana Berzina thanked Latvian Prime Minister Edgars Kalns. Icelandic Foreign Minister
        // Jon Olafsson spoke. The Latvian and Icelandic foreign ministers spoke by telephone on Tuesday."
        List<String> got = summaries("""
                1 Latvian Latvian JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ana Ana NNP PERSON 5 compound
                5 Berzina Berzina NNP PERSON 6 nsubj
                6 thanked thank VBD O 0 root
                7 Latvian Latvian JJ MISC 9 amod
                8 Prime Prime NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Edgars Edgars NNP PERSON 11 compound
                11 Kalns Kalns NNP PERSON 6 obj
                12 . . . O 6 punct

                1 Icelandic Icelandic JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Jon Jon NNP PERSON 5 compound
                5 Olafsson Olafsson NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct

                1 The the DT O 6 det
                2 Latvian Latvian JJ MISC 6 amod
                3 and and CC O 4 cc
                4 Icelandic Icelandic JJ MISC 2 conj
                5 foreign foreign JJ O 6 amod
                6 ministers minister NNS O 7 nsubj
                7 spoke speak VBD O 0 root
                8 by by IN O 9 case
                9 telephone telephone NN O 7 obl
                10 on on IN O 11 case
                11 Tuesday Tuesday NNP DATE 7 obl 2024-05-14
                12 . . . O 7 punct
                """).stream().filter(x -> x.startsWith("call ")).toList();
        assertEquals(List.of("call null null 2024-05-14..2024-05-14 occurred strong [Ana Berzina:participant, Jon Olafsson:participant]"), got);
    }

    @Test void anotherOfASeriesIsNotTheArticlesTrip() {
        // "Dubois landed in Nairobi on Monday. The second visit was postponed.": not the trip told
        List<String> got = summaries(LANDED_IN_NAIROBI + """

                1 The the DT O 3 det
                2 second second JJ ORDINAL 3 amod
                3 visit visit NN O 5 nsubj:pass
                4 was be VBD O 5 aux:pass
                5 postponed postpone VBN O 0 root
                6 . . . O 5 punct
                """);
        assertEquals(1, got.size(), got.toString());
    }

    @Test void aWeekdayOfAPlannedTourIsADayOfTheTour() {
        // (Wed 15 May) "Dubois will leave on Sunday for a seven-day tour of Kenya and Uganda. Dubois is due in Kampala
        // on Friday.": Friday 17 May is before the tour; the Friday of the tour is the 24th
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 leave leave VB O 0 root
                4 on on IN O 5 case
                5 Sunday Sunday NNP DATE 3 obl 2024-05-19
                6 for for IN O 9 case
                7 a a DT O 9 det
                8 seven-day seven-day JJ DURATION 9 amod P7D
                9 tour tour NN O 3 obl
                10 of of IN O 11 case
                11 Kenya Kenya NNP LOCATION 9 nmod
                12 and and CC O 13 cc
                13 Uganda Uganda NNP LOCATION 11 conj
                14 . . . O 3 punct

                1 Dubois Dubois NNP PERSON 3 nsubj
                2 is be VBZ O 3 cop
                3 due due JJ O 0 root
                4 in in IN O 5 case
                5 Kampala Kampala NNP LOCATION 3 obl
                6 on on IN O 7 case
                7 Friday Friday NNP DATE 3 obl 2024-05-17
                8 . . . O 3 punct
                """);
        assertTrue(got.contains("visit UGA Kampala 2024-05-24..2024-05-24 planned strong [Dubois:visitor]"), got.toString());
    }

    @Test void aLastLegToldByAParticipleIsPlannedAndDatedByItsOwnDay() {
        // (Wed 15 May) "Dubois will visit Kenya on Thursday before travelling on to Uganda on Friday and ending the
        // tour in Rwanda on Saturday.": the participles are in the time of "will visit"; Rwanda's day is its own
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 Kenya Kenya NNP LOCATION 3 obj
                5 on on IN O 6 case
                6 Thursday Thursday NNP DATE 3 obl
                7 before before IN O 8 case
                8 travelling travel VBG O 3 advcl
                9 on on IN O 11 case
                10 to to IN O 11 case
                11 Uganda Uganda NNP LOCATION 8 obl
                12 on on IN O 13 case
                13 Friday Friday NNP DATE 8 obl
                14 and and CC O 15 cc
                15 ending end VBG O 8 conj
                16 the the DT O 17 det
                17 tour tour NN O 15 obj
                18 in in IN O 19 case
                19 Rwanda Rwanda NNP LOCATION 17 nmod
                20 on on IN O 21 case
                21 Saturday Saturday NNP DATE 17 nmod
                22 . . . O 3 punct
                """);
        assertTrue(got.contains("visit RWA null 2024-05-18..2024-05-18 planned strong [Dubois:visitor]"), got.toString());
        assertTrue(got.contains("visit UGA null 2024-05-17..2024-05-17 planned strong [Dubois:visitor]"), got.toString());
    }

    @Test void aDateAfterASincePhraseIsNotTheEvents() {
        // "Dubois and Wanjiru met in Nairobi on Monday, their first talks since the border incident in January."
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 4 nsubj
                2 and and CC O 3 cc
                3 Wanjiru Wanjiru NNP PERSON 1 conj
                4 met meet VBD O 0 root
                5 in in IN O 6 case
                6 Nairobi Nairobi NNP LOCATION 4 obl
                7 on on IN O 8 case
                8 Monday Monday NNP DATE 4 obl
                9 , , , O 4 punct
                10 their their PRP$ O 12 nmod:poss
                11 first first JJ ORDINAL 12 amod
                12 talks talk NNS O 4 obj
                13 since since IN O 16 case
                14 the the DT O 16 det
                15 border border NN O 16 compound
                16 incident incident NN O 12 nmod
                17 in in IN O 18 case
                18 January January NNP DATE 12 nmod
                19 . . . O 4 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.contains("-01-")), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.contains("2024-05-13..2024-05-13")), got.toString());
    }

    @Test void aRelativeClauseOfAPlanDatesTheEvent() {
        // (Wed 15 May) "Dubois's visit to Nairobi, which had been set for Friday, was postponed."
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 visit visit NN O 15 nsubj:pass
                4 to to IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 3 nmod
                6 , , , O 3 punct
                7 which which WDT O 10 nsubj:pass
                8 had have VBD O 10 aux
                9 been be VBN O 10 aux:pass
                10 set set VBN O 3 acl:relcl
                11 for for IN O 12 case
                12 Friday Friday NNP DATE 10 obl
                13 , , , O 3 punct
                14 was be VBD O 15 aux:pass
                15 postponed postpone VBN O 0 root
                16 . . . O 15 punct
                """);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("visit KEN Nairobi 2024-05-17..2024-05-17 cancelled"), got.toString());
    }

    private static String flyOnTo(String place) {
        return LANDED_IN_NAIROBI + """

                1 Dubois Dubois NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 fly fly VB O 0 root
                4 to to IN O 5 case
                5 %s %s NNP LOCATION 3 obl
                6 on on IN O 7 case
                7 Friday Friday NNP DATE 3 obl
                8 . . . O 3 punct
                """.formatted(place, place);
    }

    @Test void aJourneyOnToAnotherCountryEndsTheVisit() {
        // (Wed 15 May) "Dubois landed in Nairobi on Monday. Dubois will fly to Kampala on Friday.": Kenya ends Friday
        List<String> got = summaries(flyOnTo("Kampala"));
        assertTrue(got.contains("visit KEN Nairobi 2024-05-17..2024-05-17 planned weak [Dubois:visitor]"), got.toString());
        // flying on to Mombasa is more of the same stay
        assertTrue(summaries(flyOnTo("Mombasa")).stream().noneMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-17")));
    }

    @Test void theInviteeOfAnInvitationToVisitIsTheVisitor() {
        // "Kenyan President Ruto extended an invitation to French Minister Dubois to visit Nairobi."
        assertEquals(List.of("visit KEN Nairobi undated proposed strong [Ruto:host, Dubois:visitor]"), summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Ruto Ruto NNP PERSON 4 nsubj
                4 extended extend VBD O 0 root
                5 an a DT O 6 det
                6 invitation invitation NN O 4 obj
                7 to to IN O 10 case
                8 French French JJ MISC 9 amod
                9 Minister Minister NNP O 10 compound
                10 Dubois Dubois NNP PERSON 6 nmod:to
                11 to to TO O 12 mark
                12 visit visit VB O 4 xcomp
                13 Nairobi Nairobi NNP LOCATION 12 obj
                14 . . . O 4 punct
                """));
    }

    @Test void whoAcceptsAnInvitationToVisitIsTheVisitor() {
        // "French Minister Dubois accepted Kenyan President Ruto's invitation to visit Nairobi."
        List<String> got = summaries("""
                1 French French JJ MISC 2 amod
                2 Minister Minister NNP O 3 compound
                3 Dubois Dubois NNP PERSON 4 nsubj
                4 accepted accept VBD O 0 root
                5 Kenyan Kenyan JJ MISC 6 amod
                6 President President NNP O 7 compound
                7 Ruto Ruto NNP PERSON 9 nmod:poss
                8 's 's POS O 7 case
                9 invitation invitation NN O 4 obj
                10 to to TO O 11 mark
                11 visit visit VB O 4 xcomp
                12 Nairobi Nairobi NNP LOCATION 11 obj
                13 . . . O 4 punct
                """);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("visit KEN Nairobi undated planned strong "), got.get(0));
        assertTrue(got.get(0).contains("Dubois:visitor"), got.get(0));
    }

    @Test void aTripSaidToBeToAPlace() {
        // "Dubois's next trip will be to Nairobi."
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 4 nmod:poss
                2 's 's POS O 1 case
                3 next next JJ O 4 amod
                4 trip trip NN O 8 nsubj
                5 will will MD O 8 aux
                6 be be VB O 8 cop
                7 to to IN O 8 case
                8 Nairobi Nairobi NNP LOCATION 0 root
                9 . . . O 8 punct
                """);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("visit KEN Nairobi undated planned "), got.get(0));
        assertTrue(got.get(0).endsWith("[Dubois:visitor]"), got.get(0));
    }

    @Test void aVisitAClauseComesAfterIsOver() {
        // "Dubois left Nairobi on Wednesday after a two-day visit." (published Wednesday 15 May)
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                3 Nairobi Nairobi NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Wednesday Wednesday NNP DATE 2 obl:on 2024-05-15
                6 after after IN O 10 case
                7 a a DT O 10 det
                8 two two CD DURATION 9 nummod P2D
                9 day day NN DURATION 10 compound P2D
                10 visit visit NN O 2 obl:after
                11 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit ") && x.contains(" occurred ")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains(" ongoing ") || x.contains(" planned ")), got.toString());
        // the place left gives the day the stay ended, and on its own it only supports a visit
        assertTrue(got.contains("visit KEN Nairobi 2024-05-15..2024-05-15 occurred weak [Dubois:visitor]"), got.toString());
    }

    /** "Dubois left for Paris on Wednesday, concluding her talks with Kenyan President Ruto." ("concluding" hung on a noun, as the parser may) */
    private static final String CONCLUDING = """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                3 for for IN O 4 case
                4 Paris Paris NNP LOCATION 2 obl:for
                5 on on IN O 6 case
                6 Wednesday Wednesday NNP DATE 2 obl:on 2024-05-15
                7 , , , O 2 punct
                8 concluding conclude VBG O 4 acl
                9 her her PRP$ O 10 nmod:poss
                10 talks talk NNS O 8 obj
                11 with with IN O 14 case
                12 Kenyan Kenyan JJ MISC 13 amod
                13 President President NNP O 14 compound
                14 Ruto Ruto NNP PERSON 10 nmod:with
                15 . . . O 2 punct
                """;

    @Test void aVerbOfEndingDatesTheEventsLastDay() {
        // the day of the clause is the talks' last, and the mention says so
        List<String> got = summaries(CONCLUDING);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-15..2024-05-15 ")), got.toString());
        Candidate talks = detect(Docs.parse(PUBLISHED, CONCLUDING)).stream().filter(c -> c.type() == EventType.MEETING)
                .findFirst().orElseThrow();
        assertTrue(talks.rules().contains(Candidate.ENDED), talks.rules().toString());
    }

    @Test void aStatedLengthEndsOnTheDayAVerbOfEndingGives() {
        // "Dubois concluded her three-day visit to Kenya on Wednesday." (published Wednesday 15 May): 13-15 May
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 concluded conclude VBD O 0 root
                3 her her PRP$ O 7 nmod:poss
                4 three three CD O 6 nummod
                5 - - HYPH O 6 punct
                6 day day NN O 7 compound
                7 visit visit NN O 2 obj
                8 to to IN O 9 case
                9 Kenya Kenya NNP LOCATION 7 nmod:to
                10 on on IN O 11 case
                11 Wednesday Wednesday NNP O 2 obl:on
                12 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-13..2024-05-15 occurred")), got.toString());
    }

    /** "Dubois's visit to Kenya is scheduled to begin with a ceremony on Thursday, {joined} a parade on Friday." */
    private static String begunThenGoesOn(String joinWord, String joinLemma, String joinPos) {
        return """
                1 Dubois Dubois NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 visit visit NN O 7 nsubj:pass
                4 to to IN O 5 case
                5 Kenya Kenya NNP LOCATION 3 nmod:to
                6 is be VBZ O 7 aux:pass
                7 scheduled schedule VBN O 0 root
                8 to to TO O 9 mark
                9 begin begin VB O 7 xcomp
                10 with with IN O 12 case
                11 a a DT O 12 det
                12 ceremony ceremony NN O 9 obl:with
                13 on on IN O 14 case
                14 Thursday Thursday NNP O 9 obl:on
                15 , , , O 9 punct
                16 %s %s %s O 9 advcl
                17 by by IN O 19 case
                18 a a DT O 19 det
                19 parade parade NN O 16 obl:by
                20 on on IN O 21 case
                21 Friday Friday NNP O 19 nmod:on
                22 . . . O 7 punct
                """.formatted(joinWord, joinLemma, joinPos);
    }

    @Test void anEventBegunWithOnePartSpansTheLaterPartsTheSentenceJoinsToIt() {
        // published Wednesday 15 May: the visit is dated by the verb it is scheduled to begin with (an aspectual verb
        // under the verb it is the subject of), and "followed by" a parade on Friday ends it: 16-17 May
        List<String> got = summaries(begunThenGoesOn("followed", "follow", "VBN"));
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-16..2024-05-17 planned")), got.toString());
        // "..., accompanied by a parade on Friday": no word of sequence, the visit begins on Thursday and that is all
        List<String> alone = summaries(begunThenGoesOn("accompanied", "accompany", "VBN"));
        assertTrue(alone.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-16..2024-05-16 planned")), alone.toString());
    }

    /** "Osei, Dube to travel to Nairobi, {second}", a headline's comma for "and" (parsed as CoreNLP parses it). */
    private static String travelToTwo(String second, String ner) {
        return """
                1 Osei Osei NNP PERSON 5 nsubj
                2 , , , O 1 punct
                3 Dube Dube NNP PERSON 1 appos
                4 to to TO O 5 mark
                5 travel travel VB O 0 root
                6 to to IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 5 obl:to
                8 , , , O 5 punct
                9 %s %s NNP %s 5 obj
                """.formatted(second, second, ner);
    }

    @Test void aPlaceAfterTheDestinationAndACommaIsAnotherDestination() {
        List<String> got = summaries(travelToTwo("Kampala", "LOCATION"));
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi ")), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit UGA Kampala ")), got.toString());
        // "to Nairobi, Kenya": the country the city is in, not a second visit
        List<String> same = summaries(travelToTwo("Kenya", "LOCATION"));
        assertEquals(1, same.stream().filter(x -> x.startsWith("visit ")).count(), same.toString());
    }

    @Test void aPlaceAmongTheNounsBeforeAVisitNounIsItsDestination() {
        // "Osei concluded his Kenya State visit." (the nouns between, "State", are passed over)
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 2 nsubj
                2 concluded conclude VBD O 0 root
                3 his his PRP$ O 6 nmod:poss
                4 Kenya Kenya NNP LOCATION 5 compound
                5 State State NNP O 6 compound
                6 visit visit NN O 2 obj
                7 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null ") && x.contains(" occurred ")), got.toString());
    }

    @Test void aVisitAtTheInvitationOfItsHostGoesAhead() {
        // "Osei is visiting Kenya at the invitation of President Ruto.": the invitation is the occasion, not a proposal
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 3 nsubj
                2 is be VBZ O 3 aux
                3 visiting visit VBG O 0 root
                4 Kenya Kenya NNP LOCATION 3 obj
                5 at at IN O 7 case
                6 the the DT O 7 det
                7 invitation invitation NN O 3 obl:at
                8 of of IN O 10 case
                9 President President NNP O 10 compound
                10 Ruto Ruto NNP PERSON 7 nmod:of
                11 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null ") && x.contains(" ongoing ")), got.toString());
    }

    @Test void theFirstLaterPartEndsTheEventNotTheDayOfItsReport() {
        // "Talks between Osei and Dube began on Monday and ended on Tuesday, officials said on Wednesday.": 13-14 May
        List<String> got = summaries("""
                1 Talks talk NNS O 6 nsubj
                2 between between IN O 3 case
                3 Osei Osei NNP PERSON 1 nmod:between
                4 and and CC O 5 cc
                5 Dube Dube NNP PERSON 3 conj
                6 began begin VBD O 0 root
                7 on on IN O 8 case
                8 Monday Monday NNP O 6 obl:on
                9 and and CC O 10 cc
                10 ended end VBD O 6 conj
                11 on on IN O 12 case
                12 Tuesday Tuesday NNP O 10 obl:on
                13 , , , O 6 punct
                14 officials official NNS O 15 nsubj
                15 said say VBD O 6 parataxis
                16 on on IN O 17 case
                17 Wednesday Wednesday NNP O 15 obl:on
                18 . . . O 6 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-13..2024-05-14 ")), got.toString());
    }

    @Test void aStayOfAStatedLengthAVerbOfTheVisitIsForLastsThatLong() {
        // "Osei arrived in Nairobi on Tuesday for a four-day stay.": 14-17 May
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl:in
                5 on on IN O 6 case
                6 Tuesday Tuesday NNP O 2 obl:on
                7 for for IN O 10 case
                8 a a DT O 10 det
                9 four-day four-day JJ O 10 amod
                10 stay stay NN O 2 obl:for
                11 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-14..2024-05-17 ")), got.toString());
    }

    @Test void theFinalDayOfAStatedLengthEndsIt() {
        // "Osei's four-day visit to Kenya enters its final day on Thursday.": 13-16 May
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 4 nmod:poss
                2 's 's POS O 1 case
                3 four-day four-day JJ O 4 amod
                4 visit visit NN O 7 nsubj
                5 to to IN O 6 case
                6 Kenya Kenya NNP LOCATION 4 nmod:to
                7 enters enter VBZ O 0 root
                8 its its PRP$ O 10 nmod:poss
                9 final final JJ O 10 amod
                10 day day NN O 7 obj
                11 on on IN O 12 case
                12 Thursday Thursday NNP O 7 obl:on
                13 . . . O 7 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-13..2024-05-16 ")), got.toString());
    }

    @Test void aSecondDayOfTalksBeganTheDayBefore() {
        // "Osei is holding a second day of talks with Dube on Thursday.": 15-16 May
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 3 nsubj
                2 is be VBZ O 3 aux
                3 holding hold VBG O 0 root
                4 a a DT O 6 det
                5 second second JJ O 6 amod
                6 day day NN O 3 obj
                7 of of IN O 8 case
                8 talks talk NNS O 6 nmod:of
                9 with with IN O 10 case
                10 Dube Dube NNP PERSON 8 nmod:with
                11 on on IN O 12 case
                12 Thursday Thursday NNP O 3 obl:on
                13 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting null null 2024-05-15..2024-05-16 ")), got.toString());
    }

    @Test void aVisitThatEndedOnADayEndedThen() {
        // "Osei's two-day visit to Kenya ended on Saturday.": 10-11 May, not 11-12
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 4 nmod:poss
                2 's 's POS O 1 case
                3 two-day two-day JJ O 4 amod
                4 visit visit NN O 7 nsubj
                5 to to IN O 6 case
                6 Kenya Kenya NNP LOCATION 4 nmod:to
                7 ended end VBD O 0 root
                8 on on IN O 9 case
                9 Saturday Saturday NNP O 7 obl:on
                10 . . . O 7 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-10..2024-05-11 occurred")), got.toString());
    }

    @Test void aPlanScheduledForDatesLiesAhead() {
        // "A visit to Kenya by Osei has been scheduled for 4 to 7 September.": this September, not last
        List<String> got = summaries("""
                1 A a DT O 2 det
                2 visit visit NN O 9 nsubj:pass
                3 to to IN O 4 case
                4 Kenya Kenya NNP LOCATION 2 nmod:to
                5 by by IN O 6 case
                6 Osei Osei NNP PERSON 2 nmod:by
                7 has have VBZ O 9 aux
                8 been be VBN O 9 aux:pass
                9 scheduled schedule VBN O 0 root
                10 for for IN O 11 case
                11 4 4 CD O 9 obl:for
                12 to to IN O 14 case
                13 7 7 CD O 14 nummod
                14 September September NNP O 11 nmod:to
                15 . . . O 9 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-09-04..2024-09-07 planned")), got.toString());
    }

    @Test void whatMightHappenLiesAhead() {
        // "Osei might be received in Nairobi in April.", written in May 2024: April 2025
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 4 nsubj:pass
                2 might might MD O 4 aux
                3 be be VB O 4 aux:pass
                4 received receive VBN O 0 root
                5 in in IN O 6 case
                6 Nairobi Nairobi NNP LOCATION 4 obl:in
                7 in in IN O 8 case
                8 April April NNP O 4 obl:in
                9 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2025-04-01..2025-04-30 ")), got.toString());
    }

    @Test void aTravelVerbInThePastWent() {
        // "Osei visited Kenya on Monday and went on to Uganda on Tuesday.": Uganda on Tuesday 14 May, not the 21st
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 2 nsubj
                2 visited visit VBD O 0 root
                3 Kenya Kenya NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Monday Monday NNP O 2 obl:on
                6 and and CC O 7 cc
                7 went go VBD O 2 conj
                8 on on RP O 7 compound:prt
                9 to to IN O 10 case
                10 Uganda Uganda NNP LOCATION 7 obl:to
                11 on on IN O 12 case
                12 Tuesday Tuesday NNP O 7 obl:on
                13 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit UGA null 2024-05-14..2024-05-14 occurred")), got.toString());
    }

    @Test void aMeetingTakesPlaceOnItsDay() {
        // "A meeting between Osei and Dube takes place in Geneva on 20 May."
        List<String> got = summaries("""
                1 A a DT O 2 det
                2 meeting meeting NN O 7 nsubj
                3 between between IN O 4 case
                4 Osei Osei NNP PERSON 2 nmod:between
                5 and and CC O 6 cc
                6 Dube Dube NNP PERSON 4 conj
                7 takes take VBZ O 0 root
                8 place place NN O 7 obj
                9 in in IN O 10 case
                10 Geneva Geneva NNP LOCATION 7 obl:in
                11 on on IN O 13 case
                12 20 20 CD O 13 nummod
                13 May May NNP O 7 obl:on
                14 . . . O 7 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting CHE Geneva 2024-05-20..2024-05-20 planned")), got.toString());
    }

    @Test void aDateOfAnotherEventWithItsOwnLengthIsNotTheVisits() {
        // "Osei will visit Kenya in the backdrop of the two-day dialogue from Thursday.": the dialogue's Thursday
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 Kenya Kenya NNP LOCATION 3 obj
                5 in in IN O 7 case
                6 the the DT O 7 det
                7 backdrop backdrop NN O 3 obl:in
                8 of of IN O 11 case
                9 the the DT O 11 det
                10 two-day two-day JJ O 11 amod
                11 dialogue dialogue NN O 7 nmod:of
                12 from from IN O 13 case
                13 Thursday Thursday NNP O 11 nmod:from
                14 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null undated planned")), got.toString());
    }

    @Test void aTourOfSeveralCountriesGivesNoLegTheTripsSpan() {
        // "Osei will leave Accra on Sunday for a seven-day tour of Kenya, Uganda and Rwanda.": each leg lies somewhere
        // in 19-25 May, none is all of it
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 leave leave VB O 0 root
                4 Accra Accra NNP LOCATION 3 obj
                5 on on IN O 6 case
                6 Sunday Sunday NNP DATE 3 obl
                7 for for IN O 12 case
                8 a a DT O 12 det
                9 seven seven CD NUMBER 11 nummod
                10 - - HYPH NUMBER 11 punct
                11 day day NN NUMBER 12 compound
                12 tour tour NN O 3 obl
                13 of of IN O 14 case
                14 Kenya Kenya NNP LOCATION 12 nmod
                15 , , , O 14 punct
                16 Uganda Uganda NNP LOCATION 14 conj
                17 and and CC O 18 cc
                18 Rwanda Rwanda NNP LOCATION 14 conj
                19 . . . O 3 punct
                """);
        for (String leg : List.of("KEN", "UGA", "RWA")) {
            assertTrue(got.stream().anyMatch(x -> x.startsWith("visit " + leg + " null 2024-05-19..2024-05-25~ planned")), got.toString());
        }
    }

    /** "Osei will make a seven-day tour of Kenya", the words a tour of one country and of several share. */
    private static final String SEVEN_DAY_TOUR_OF_KENYA = """
                1 Osei Osei NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 make make VB O 0 root
                4 a a DT O 8 det
                5 seven seven CD NUMBER 7 nummod
                6 - - HYPH NUMBER 7 punct
                7 day day NN NUMBER 8 compound
                8 tour tour NN O 3 obj
                9 of of IN O 10 case
                10 Kenya Kenya NNP LOCATION 8 nmod
                """;

    @Test void aTourOfSeveralCountriesOnNoDayGivesNoLegTheTripsLength() {
        // "Osei will make a seven-day tour of Kenya, Uganda and Rwanda.": no leg lasts the seven days
        AnnotatedDoc doc = Docs.parse(PUBLISHED, SEVEN_DAY_TOUR_OF_KENYA + """
                11 , , , O 10 punct
                12 Uganda Uganda NNP LOCATION 10 conj
                13 and and CC O 14 cc
                14 Rwanda Rwanda NNP LOCATION 10 conj
                15 . . . O 3 punct
                """);
        List<Candidate> got = new EventDetector().detect(doc, Docs.entities(doc));
        for (String leg : List.of("KEN", "UGA", "RWA")) {
            List<Candidate> legs = got.stream().filter(c -> c.type() == EventType.VISIT && leg.equals(c.country())).toList();
            assertFalse(legs.isEmpty(), got.toString());
            assertTrue(legs.stream().allMatch(c -> c.durationDays() == 0), legs.toString());
        }
        // a tour of one country is as long as it says
        AnnotatedDoc one = Docs.parse(PUBLISHED, SEVEN_DAY_TOUR_OF_KENYA + """
                11 . . . O 3 punct
                """);
        List<Candidate> kenya = new EventDetector().detect(one, Docs.entities(one));
        assertTrue(kenya.stream().anyMatch(c -> c.type() == EventType.VISIT && "KEN".equals(c.country()) && c.durationDays() == 7),
                kenya.toString());
    }

    @Test void aTripThatTookHerPastATimePhraseIsStillTheTrips() {
        // "The deal was agreed during Osei's tour last month that took her to Kenya and Uganda.": the parser leaves the
        // relative clause off "tour" (on the verb, as dep) because of the time phrase between them
        List<String> got = summaries("""
                1 The the DT O 2 det
                2 deal deal NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 agreed agree VBN O 0 root
                5 during during IN O 8 case
                6 Osei Osei NNP PERSON 8 nmod:poss
                7 's 's POS O 6 case
                8 tour tour NN O 4 obl
                9 last last JJ DATE 10 amod 2024-04
                10 month month NN DATE 4 obl:tmod 2024-04
                11 that that WDT O 12 nsubj
                12 took take VBD O 4 dep
                13 her she PRP O 12 obj
                14 to to IN O 15 case
                15 Kenya Kenya NNP LOCATION 12 obl
                16 and and CC O 17 cc
                17 Uganda Uganda NNP LOCATION 15 conj
                18 . . . O 4 punct
                """);
        for (String leg : List.of("KEN", "UGA")) {
            assertTrue(got.stream().anyMatch(x -> x.startsWith("visit " + leg + " null") && x.contains("strong [Osei:visitor]")), got.toString());
        }
        // or hangs the clause on "month" itself
        List<String> onMonth = summaries("""
                1 The the DT O 2 det
                2 deal deal NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 agreed agree VBN O 0 root
                5 during during IN O 8 case
                6 Osei Osei NNP PERSON 8 nmod:poss
                7 's 's POS O 6 case
                8 tour tour NN O 4 obl
                9 last last JJ DATE 10 amod 2024-04
                10 month month NN DATE 4 obl:tmod 2024-04
                11 that that WDT O 12 nsubj
                12 took take VBD O 10 acl:relcl
                13 her she PRP O 12 obj
                14 to to IN O 15 case
                15 Kenya Kenya NNP LOCATION 12 obl
                16 and and CC O 17 cc
                17 Uganda Uganda NNP LOCATION 15 conj
                18 . . . O 4 punct
                """);
        assertTrue(onMonth.stream().anyMatch(x -> x.startsWith("visit KEN null")), onMonth.toString());
    }

    @Test void aPostponementTheParserHungUnderARootEventNounStillCancelsIt() {
        // "The visit to Kenya by French President Claire Dubois, which was to have begun on Tuesday, has been postponed."
        // as parsed: "visit" is the root and "postponed" hangs, by an unknown relation, under the relative clause
        List<String> got = summaries("""
                1 The the DT O 2 det
                2 visit visit NN O 0 root
                3 to to IN O 4 case
                4 Kenya Kenya NNP LOCATION 2 nmod
                5 by by IN O 9 case
                6 French french JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Claire Claire NNP PERSON 9 compound
                9 Dubois Dubois NNP PERSON 2 nmod
                10 , , , O 2 punct
                11 which which WDT O 2 acl:relcl
                12 was be VBD O 11 dep
                13 to to TO O 15 mark
                14 have have VB O 15 aux
                15 begun begin VBN O 12 xcomp
                16 on on IN O 17 case
                17 Tuesday Tuesday NNP DATE 15 obl 2024-05-14
                18 , , , O 15 punct
                19 has have VBZ O 21 aux
                20 been be VBN O 21 aux:pass
                21 postponed postpone VBN O 15 dep
                22 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN") && x.contains(" cancelled ")), got.toString());
    }

    @Test void aPlanToldInThePastPerfectIsThePlanNotTheEvent() {
        // (Wed 15 May) "French Foreign Minister Claire Dubois had been due in Nairobi on Thursday for a meeting with
        // Kenyan Foreign Minister Amina Otieno.", as parsed: "due in" a preposition, "Nairobi" the predicate
        List<String> got = summaries("""
                1 French french JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 10 nsubj
                6 had have VBD O 10 aux
                7 been be VBN O 10 cop
                8 due due IN O 10 case
                9 in in IN O 10 case
                10 Nairobi Nairobi NNP LOCATION 0 root
                11 on on IN O 12 case
                12 Thursday Thursday NNP DATE 10 obl 2024-05-16
                13 for for IN O 15 case
                14 a a DT O 15 det
                15 meeting meeting NN O 10 obl
                16 with with IN O 20 case
                17 Kenyan kenyan JJ MISC 19 amod
                18 Foreign Foreign NNP O 19 compound
                19 Minister Minister NNP O 20 compound
                20 Otieno Otieno NNP PERSON 15 nmod
                21 . . . O 10 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" planned ")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains(" occurred ")), got.toString());
    }

    @Test void theCancellationOfAVisitCancelsIt() {
        // "The cancellation of Dubois's visit to Kenya was a blow."
        List<String> got = summaries("""
                1 The the DT O 2 det
                2 cancellation cancellation NN O 11 nsubj
                3 of of IN O 6 case
                4 Dubois Dubois NNP PERSON 6 nmod:poss
                5 's 's POS O 4 case
                6 visit visit NN O 2 nmod
                7 to to IN O 8 case
                8 Kenya Kenya NNP LOCATION 6 nmod
                9 was be VBD O 11 cop
                10 a a DT O 11 det
                11 blow blow NN O 0 root
                12 . . . O 11 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN") && x.contains(" cancelled ")), got.toString());
    }

    @Test void aCallMadeToOfferSomethingIsNoProposalOfTheCall() {
        // "Dubois spoke by telephone with Ruto on Saturday to offer his condolences.": what the call was for
        List<String> got = summaries("""
                1 French french JJ MISC 3 amod
                2 President President NNP O 3 compound
                3 Dubois Dubois NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 by by IN O 6 case
                6 telephone telephone NN O 4 obl
                7 with with IN O 10 case
                8 Kenyan kenyan JJ MISC 9 amod
                9 President President NNP O 10 compound
                10 Ruto Ruto NNP PERSON 4 obl
                11 on on IN O 12 case
                12 Saturday Saturday NNP DATE 4 obl 2024-05-11
                13 to to TO O 14 mark
                14 offer offer VB O 4 xcomp
                15 his he PRP$ O 16 nmod:poss
                16 condolences condolence NNS O 14 obj
                17 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call null null 2024-05-11..2024-05-11 occurred")), got.toString());
    }

    @Test void talkHeldInACallIsTheCallAndAnOfficeHolderTrainedAsAnEconomistTakesPartInIt() {
        // "French President Claire Dubois, an economist, spoke. Dubois said she had spoken with Kenyan President Ruto
        // in a call on Saturday." (Wed 15 May): "in a call" makes the talk a call, and "she" is Dubois, whose
        // training does not make her a commentator
        List<String> got = summaries("""
                1 French french JJ MISC 3 amod
                2 President President NNP O 3 compound
                3 Claire Claire NNP PERSON 4 compound
                4 Dubois Dubois NNP PERSON 9 nsubj
                5 , , , O 4 punct
                6 an a DT O 7 det
                7 economist economist NN O 4 appos
                8 , , , O 4 punct
                9 spoke speak VBD O 0 root
                10 . . . O 9 punct

                1 Dubois Dubois NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 she she PRP O 5 nsubj
                4 had have VBD O 5 aux
                5 spoken speak VBN O 2 dep
                6 with with IN O 9 case
                7 Kenyan kenyan JJ MISC 8 amod
                8 President President NNP O 9 compound
                9 Ruto Ruto NNP PERSON 5 obl
                10 in in IN O 12 case
                11 a a DT O 12 det
                12 call call NN O 5 obl
                13 on on IN O 14 case
                14 Saturday Saturday NNP DATE 12 nmod 2024-05-11
                15 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call null null 2024-05-11..2024-05-11 occurred")
                && x.contains("Claire Dubois") && x.contains("Ruto")), got.toString());
    }

    @Test void meetingsInThePluralWithTwoOthersAreSeveralAndMakeNoEvent() {
        // "Dubois said his meetings with Osei and Berg on Monday made progress." (Wed 15 May)
        List<String> got = summaries(OSEI_THANKED + """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 his he PRP$ O 4 nmod:poss
                4 meetings meeting NNS O 12 nsubj
                5 with with IN O 6 case
                6 Osei Osei NNP PERSON 4 nmod
                7 and and CC O 8 cc
                8 Berg Berg NNP PERSON 6 conj
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 4 nmod 2024-05-13
                11 made make VBD O 2 ccomp
                12 progress progress NN O 11 obj
                13 . . . O 2 punct
                """).stream().filter(x -> x.startsWith("meeting ")).toList();
        assertTrue(!got.isEmpty() && got.stream().allMatch(x -> x.contains(" weak ")), got.toString());
        // one meeting of his with each: Dubois with Osei, Dubois with Berg, never the three together
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.stream().allMatch(x -> x.contains("Dubois") && (x.contains("Osei") != x.contains("Berg"))), got.toString());
    }

    @Test void aMeetingBetweenTheLeadersIsOfTheTwoNamedTogetherJustBefore() {
        // "Kenyan President Amara Osei and Swedish President Lena Berg played down the dispute. French President Claire
        // Dubois has warned. Osei spoke at the press conference, which followed a meeting between the leaders."
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 11 nsubj
                5 and and CC O 9 cc
                6 Swedish Swedish JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Lena Lena NNP PERSON 9 compound
                9 Berg Berg NNP PERSON 4 conj
                10 played play VBD O 0 root
                11 down down RP O 10 compound:prt
                12 . . . O 10 punct

                1 French french JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Claire Claire NNP PERSON 4 compound
                4 Dubois Dubois NNP PERSON 6 nsubj
                5 has have VBZ O 6 aux
                6 warned warn VBN O 0 root
                7 . . . O 6 punct

                1 Osei Osei NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 at at IN O 6 case
                4 the the DT O 6 det
                5 press press NN O 6 compound
                6 conference conference NN O 2 obl
                7 , , , O 6 punct
                8 which which WDT O 9 nsubj
                9 followed follow VBD O 6 acl:relcl
                10 a a DT O 11 det
                11 meeting meeting NN O 9 obj
                12 between between IN O 14 case
                13 the the DT O 14 det
                14 leaders leader NNS O 11 nmod
                15 . . . O 2 punct
                """).stream().filter(x -> x.startsWith("meeting ")).toList();
        assertTrue(got.stream().anyMatch(x -> x.contains("Amara Osei") && x.contains("Lena Berg") && !x.contains("Dubois")), got.toString());
    }

    @Test void aMainVerbTaggedAsAParticipleIsAPast() {
        // "Osei spent Friday afternoon in talks with Swedish President Lena Berg, who would not yield." (Wed 15 May):
        // "spent" as VBN, and a "would" further on that is no tense of the talks
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 3 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 spent spend VBN O 0 root
                5 Friday Friday NNP DATE 6 compound 2024-05-10
                6 afternoon afternoon NN TIME 4 obl:tmod
                7 in in IN O 8 case
                8 talks talk NNS O 4 obl
                9 with with IN O 13 case
                10 Swedish Swedish JJ MISC 11 amod
                11 President President NNP O 13 compound
                12 Lena Lena NNP PERSON 13 compound
                13 Berg Berg NNP PERSON 8 nmod
                14 , , , O 13 punct
                15 who who WP O 18 nsubj
                16 would would MD O 18 aux
                17 not not RB O 18 advmod
                18 yield yield VB O 13 acl:relcl
                19 . . . O 4 punct
                """).stream().filter(x -> x.startsWith("meeting ")).toList();
        assertTrue(got.stream().anyMatch(x -> x.contains("2024-05-10..2024-05-10 occurred")), got.toString());
    }

    @Test void aVisitToldUnderAHostsVerbOfReceivingIsTheGuests() {
        // "Kenyan President Amara Osei received Swedish President Lena Berg on Monday, on the first day of a state
        // visit." (Wed 15 May): the visit is Berg's, not Osei's
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 5 nsubj
                5 received receive VBD O 0 root
                6 Swedish Swedish JJ MISC 7 amod
                7 President President NNP O 9 compound
                8 Lena Lena NNP PERSON 9 compound
                9 Berg Berg NNP PERSON 5 obj
                10 on on IN O 11 case
                11 Monday Monday NNP DATE 5 obl 2024-05-13
                12 , , , O 5 punct
                13 on on IN O 16 case
                14 the the DT O 16 det
                15 first first JJ ORDINAL 16 amod
                16 day day NN TIME 5 obl
                17 of of IN O 20 case
                18 a a DT O 20 det
                19 state state NN O 20 compound
                20 visit visit NN O 16 nmod
                21 . . . O 5 punct
                """).stream().filter(x -> x.startsWith("visit ")).toList();
        assertTrue(got.stream().noneMatch(x -> x.contains("Amara Osei:visitor")), got.toString());
    }

    @Test void theClauseAVisitsEndIsToldInDatesItsLastDay() {
        // "Swedish President Lena Berg had been due to fly home on Friday at the end of a five-day state visit to
        // Kenya." (Wed 15 May): Friday the 17th is the last day, the visit 13-17 May
        List<String> got = summaries("""
                1 Swedish Swedish JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Lena Lena NNP PERSON 4 compound
                4 Berg Berg NNP PERSON 9 nsubj
                5 had have VBD O 9 aux
                6 been be VBN O 9 cop
                7 due due IN O 9 mark
                8 to to TO O 9 mark
                9 fly fly VB O 0 root
                10 home home RB O 9 advmod
                11 on on IN O 12 case
                12 Friday Friday NNP DATE 9 obl 2024-05-17
                13 at at IN O 15 case
                14 the the DT O 15 det
                15 end end NN O 9 obl
                16 of of IN O 22 case
                17 a a DT O 22 det
                18 five five CD NUMBER 20 nummod
                19 - - HYPH O 20 punct
                20 day day NN O 22 compound
                21 state state NN O 22 compound
                22 visit visit NN O 15 nmod
                23 to to IN O 24 case
                24 Kenya Kenya NNP LOCATION 22 nmod
                25 . . . O 9 punct
                """).stream().filter(x -> x.startsWith("visit ")).toList();
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2024-05-13..2024-05-17")), got.toString());
    }

    @Test void aMeetingInAWhetherClauseIsOnlyProposed() {
        // "A spokesman declined to say whether Osei would meet Swedish President Lena Berg." (Wed 15 May)
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 A a DT O 2 det
                2 spokesman spokesman NN O 3 nsubj
                3 declined decline VBD O 0 root
                4 to to TO O 5 mark
                5 say say VB O 3 xcomp
                6 whether whether IN O 9 mark
                7 Osei Osei NNP PERSON 9 nsubj
                8 would would MD O 9 aux
                9 meet meet VB O 5 ccomp
                10 Swedish Swedish JJ MISC 11 amod
                11 President President NNP O 13 compound
                12 Lena Lena NNP PERSON 13 compound
                13 Berg Berg NNP PERSON 9 obj
                14 . . . O 3 punct
                """).stream().filter(x -> x.startsWith("meeting ")).toList();
        assertTrue(!got.isEmpty() && got.stream().allMatch(x -> x.contains(" proposed ")), got.toString());
    }

    @Test void aVisitThatWasToHaveBeenIsCalledOff() {
        // "The visit was to have been the first state visit by Kenyan President Amara Osei to Sweden." (Wed 15 May)
        List<String> got = summaries("""
                1 The the DT O 2 det
                2 visit visit NN O 9 nsubj
                3 was be VBD O 9 cop
                4 to to TO O 9 mark
                5 have have VB O 9 aux
                6 been be VBN O 9 cop
                7 the the DT O 9 det
                8 first first JJ ORDINAL 9 amod
                9 visit visit NN O 0 root
                10 by by IN O 14 case
                11 Kenyan Kenyan JJ MISC 12 amod
                12 President President NNP O 14 compound
                13 Amara Amara NNP PERSON 14 compound
                14 Osei Osei NNP PERSON 9 nmod
                15 to to IN O 16 case
                16 Sweden Sweden NNP LOCATION 9 nmod
                17 . . . O 9 punct
                """).stream().filter(x -> x.startsWith("visit SWE")).toList();
        assertTrue(!got.isEmpty() && got.stream().allMatch(x -> x.contains(" cancelled ")), got.toString());
    }

    @Test void aMeetingInReportsThatADenialDeniesIsNoEvent() {
        // "The presidency denied on Tuesday reports in online media that Osei would meet Swedish President Lena Berg.",
        // with "reports" parsed as a verb, as CoreNLP does
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 The the DT O 2 det
                2 presidency presidency NN O 3 nsubj
                3 denied deny VBD O 0 root
                4 on on IN O 5 case
                5 Tuesday Tuesday NNP DATE 3 obl 2024-05-14
                6 reports report VBZ O 3 dep
                7 in in IN O 9 case
                8 online online JJ O 9 amod
                9 media media NNS O 6 obl
                10 that that IN O 13 mark
                11 Osei Osei NNP PERSON 13 nsubj
                12 would would MD O 13 aux
                13 meet meet VB O 9 ccomp
                14 Swedish Swedish JJ MISC 15 amod
                15 President President NNP O 17 compound
                16 Lena Lena NNP PERSON 17 compound
                17 Berg Berg NNP PERSON 13 obj
                18 . . . O 3 punct
                """).stream().filter(x -> x.startsWith("meeting ")).toList();
        assertEquals(List.of(), got);
    }

    @Test void theVisitThatAPersonWasToBeginIsThatPersons() {
        // "The state visit that Kenyan President Amara Osei was to begin in Stockholm tomorrow has been called off.",
        // parsed as CoreNLP does, with the relative clause lost (Wed 15 May)
        List<String> got = summaries("""
                1 The the DT O 3 det
                2 state state NN O 3 compound
                3 visit visit NN O 10 nsubj
                4 that that WDT O 6 det
                5 Kenyan Kenyan JJ MISC 6 amod
                6 President president NN O 3 dep
                7 Amara Amara NNP PERSON 8 compound
                8 Osei Osei NNP PERSON 6 dep
                9 was be VBD O 10 aux
                10 to to TO O 11 mark
                11 begin begin VB O 0 root
                12 in in IN O 13 case
                13 Stockholm Stockholm NNP LOCATION 11 obl
                14 tomorrow tomorrow NN DATE 11 obl:tmod 2024-05-16
                15 has have VBZ O 17 aux
                16 been be VBN O 17 aux:pass
                17 called call VBN O 11 dep
                18 off off RP O 17 compound:prt
                19 . . . O 11 punct
                """).stream().filter(x -> x.startsWith("visit ")).toList();
        assertTrue(got.stream().anyMatch(x -> x.contains("Amara Osei:visitor")), got.toString());
    }

    @Test void aHeadlinesParticipleSetBesideTheEventTellsItsStatus() {
        // "Nairobi: the visit to Stockholm "postponed"; ministers to meet on Saturday" (Wed 15 May): a visit the
        // article's traveller Osei (named before) has put off
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 Osei Osei NNP PERSON 0 root
                2 : : : O 1 punct
                3 his he PRP$ O 4 nmod:poss
                4 visit visit NN O 1 dep
                5 to to IN O 6 case
                6 Stockholm Stockholm NNP LOCATION 4 nmod
                7 " " '' O 8 punct
                8 postponed postpone VBN O 1 dep
                9 " " '' O 8 punct
                """).stream().filter(x -> x.startsWith("visit ")).toList();
        assertTrue(!got.isEmpty() && got.stream().allMatch(x -> x.contains(" cancelled ")), got.toString());
    }

    @Test void aWhereClauseIsOnTheDayOfTheClauseItHangsOn() {
        // "Osei was to lead the delegation in Mombasa on Friday, where he was due to meet Swedish President Lena Berg."
        // (Wed 15 May), with "where" hung on the date, as CoreNLP does, and on the place
        String onTheDate = """
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 6 nsubj
                4 was be VBD O 6 aux
                5 to to TO O 6 mark
                6 lead lead VB O 0 root
                7 the the DT O 8 det
                8 delegation delegation NN O 6 obj
                9 in in IN O 10 case
                10 Mombasa Mombasa NNP LOCATION 8 nmod
                11 on on IN O 12 case
                12 Friday Friday NNP DATE 6 obl 2024-05-17
                13 , , , O 12 punct
                14 where where WRB O 17 advmod
                15 he he PRP O 17 nsubj
                16 was be VBD O 17 cop
                17 due due JJ O %s acl:relcl
                18 to to TO O 19 mark
                19 meet meet VB O 17 ccomp
                20 Swedish Swedish JJ MISC 21 amod
                21 President President NNP O 23 compound
                22 Lena Lena NNP PERSON 23 compound
                23 Berg Berg NNP PERSON 19 obj
                24 . . . O 6 punct
                """;
        for (String head : List.of("12", "10")) {
            List<String> got = summaries(onTheDate.formatted(head)).stream().filter(x -> x.startsWith("meeting ")).toList();
            assertTrue(got.stream().anyMatch(x -> x.contains("2024-05-17..2024-05-17")), "where on " + head + ": " + got);
        }
    }

    @Test void aWhenClauseThatCallsTheEventOffDoesNotDateIt() {
        // "Osei and Berg spoke on Monday, when Osei's visit to Sweden was postponed." (Wed 15 May): Monday is the day
        // of the postponement, not of the visit
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 7 nsubj
                4 and and CC O 6 cc
                5 Lena Lena NNP PERSON 6 compound
                6 Berg Berg NNP PERSON 3 conj
                7 spoke speak VBD O 0 root
                8 on on IN O 9 case
                9 Monday Monday NNP DATE 7 obl 2024-05-13
                10 , , , O 9 punct
                11 when when WRB O 17 advmod
                12 Osei Osei NNP PERSON 14 nmod:poss
                13 's 's POS O 12 case
                14 visit visit NN O 17 nsubj:pass
                15 to to IN O 16 case
                16 Sweden Sweden NNP LOCATION 14 nmod
                17 postponed postpone VBN O 9 acl:relcl
                18 . . . O 7 punct
                """).stream().filter(x -> x.startsWith("visit ")).toList();
        assertTrue(!got.isEmpty() && got.stream().noneMatch(x -> x.contains("2024-05-13")), got.toString());
    }

    @Test void aHeadlinesParticleParsedAsACaseStillCallsTheTripOff() {
        // "Osei calls off Sweden trip" (Wed 15 May), with "off" parsed as the case of "trip"
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 3 compound
                3 Osei Osei NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 Osei Osei NNP PERSON 2 nsubj
                2 calls call VBZ O 0 root
                3 off off IN O 5 case
                4 Sweden Sweden NNP LOCATION 5 compound
                5 trip trip NN O 2 obl
                """).stream().filter(x -> x.startsWith("visit SWE")).toList();
        assertTrue(!got.isEmpty() && got.stream().allMatch(x -> x.contains(" cancelled ")), got.toString());
    }

    /** A dateline sentence, "KAMPALA –", that opens an article's first line. */
    private static final String KAMPALA = """
            1 KAMPALA KAMPALA NNP LOCATION 0 root
            2 – – SYM O 1 punct

            """;

    /** "KAMPALA – {who} arrived here yesterday.", with or without the dateline. */
    private static String arrivedHere(boolean dateline, String demonym) {
        String head = dateline ? KAMPALA : "";
        return head + """
                1 %s %s JJ MISC 4 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 here here RB O 6 advmod
                8 yesterday yesterday NN DATE 6 obl:tmod 2024-05-14
                9 . . . O 6 punct
                """.formatted(demonym, demonym);
    }

    @Test void anArrivalWithNoDestinationIsAVisitToTheDatelinesCity() {
        assertEquals(List.of("visit UGA Kampala 2024-05-14..2024-05-14 occurred weak [Claire Dubois:visitor]"),
                summaries(arrivedHere(true, "French")));
        assertEquals(List.of(), summaries(arrivedHere(false, "French")), "no dateline: the arrival may be anywhere");
        assertEquals(List.of(), summaries(arrivedHere(true, "Ugandan")), "a Ugandan arriving in Kampala is home");
    }

    @Test void aDepartureEndsTheStayTheDatelinePlaced() {
        // "KAMPALA – French Foreign Minister Claire Dubois arrived here yesterday. Dubois will leave on Friday."
        List<String> got = summaries(arrivedHere(true, "French") + """

                1 Dubois Dubois NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 leave leave VB O 0 root
                4 on on IN O 5 case
                5 Friday Friday NNP DATE 3 obl 2024-05-17
                6 . . . O 3 punct
                """);
        assertTrue(got.contains("visit UGA Kampala 2024-05-17..2024-05-17 planned weak [Claire Dubois:visitor]"), got.toString());
    }

    @Test void anArrivalFromAForeignCityEndsTheStayThere() {
        // "KAMPALA – French Foreign Minister Claire Dubois, who arrived yesterday from Nairobi, met the president.": in
        // Kampala from yesterday, and her stay in Kenya ended then (weakly: it supports a Kenyan visit told elsewhere)
        List<String> got = summaries(KAMPALA + """
                1 French French JJ MISC 4 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 13 nsubj
                6 , , , O 5 punct
                7 who who WP O 8 nsubj
                8 arrived arrive VBD O 5 acl:relcl
                9 yesterday yesterday NN DATE 8 obl:tmod 2024-05-14
                10 from from IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 8 obl
                12 , , , O 5 punct
                13 met meet VBD O 0 root
                14 the the DT O 15 det
                15 press press NN O 13 obj
                16 . . . O 13 punct
                """);
        assertTrue(got.contains("visit UGA Kampala 2024-05-14..2024-05-14 occurred weak [Claire Dubois:visitor]"), got.toString());
        assertTrue(got.contains("visit KEN Nairobi 2024-05-14..2024-05-14 occurred weak [Claire Dubois:visitor]"), got.toString());
    }

    /** "KAMPALA – French Foreign Minister Claire Dubois held talks with {who} ." */
    private static String talksInKampala(String demonym) {
        return KAMPALA + """
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 held hold VBD O 0 root
                7 talks talk NNS O 6 obj
                8 with with IN O 12 case
                9 %s %s JJ MISC 10 amod
                10 Foreign Foreign NNP O 11 compound
                11 Minister Minister NNP O 12 compound
                12 Okello Okello NNP PERSON 7 nmod
                13 . . . O 6 punct
                """.formatted(demonym, demonym);
    }

    @Test void talksOfAHostWithAVisitorAreInTheDatelinesCity() {
        assertTrue(summaries(talksInKampala("Ugandan")).stream().anyMatch(x -> x.startsWith("meeting UGA Kampala undated occurred")),
                summaries(talksInKampala("Ugandan")).toString());
        // two foreigners: the report may be filed from afar ("SEOUL — Xi and Kim met")
        assertTrue(summaries(talksInKampala("Kenyan")).stream().anyMatch(x -> x.startsWith("meeting null null undated occurred")),
                summaries(talksInKampala("Kenyan")).toString());
    }

    @Test void aVisitorTheArticlePutsElsewhereIsNotInTheDatelinesCity() {
        // "KAMPALA – French Foreign Minister Claire Dubois arrived here yesterday. She was in Nairobi yesterday
        // for talks.": filed from afar, the arrival is not in Kampala
        List<String> got = summaries(arrivedHere(true, "French") + """

                1 Dubois Dubois NNP PERSON 2 nsubj
                2 travelled travel VBD O 0 root
                3 to to IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl
                5 yesterday yesterday NN DATE 2 obl:tmod 2024-05-14
                6 . . . O 2 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.startsWith("visit UGA")), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN")), got.toString());
    }

    @Test void aStayToldOnNoDayAfterTheArrivalIsBackgroundAndNotElsewhere() {
        // "KAMPALA – French Foreign Minister Claire Dubois arrived here yesterday. In Nairobi, the first stop, Dubois was
        // received by the president.": the undated stay told after the arrival is the trip's earlier leg, and the
        // arrival is still in Kampala; told first, it puts her elsewhere
        String nairobi = """
                1 In in IN O 2 case
                2 Nairobi Nairobi NNP LOCATION 5 obl
                3 Dubois Dubois NNP PERSON 5 nsubj:pass
                4 was be VBD O 5 aux:pass
                5 received receive VBN O 0 root
                6 by by IN O 8 case
                7 the the DT O 8 det
                8 president president NN O 5 obl
                9 . . . O 5 punct
                """;
        List<String> after = summaries(arrivedHere(true, "French") + "\n" + nairobi);
        assertTrue(after.stream().anyMatch(x -> x.startsWith("visit UGA Kampala 2024-05-14")), after.toString());
        assertTrue(after.stream().anyMatch(x -> x.startsWith("visit KEN")), after.toString());
        List<String> before = summaries(KAMPALA + nairobi + "\n" + arrivedHere(false, "French"));
        assertTrue(before.stream().noneMatch(x -> x.startsWith("visit UGA")), before.toString());
    }

    @Test void whoChairedTheGatheringAttendedTheArticlesSummit() {
        // "The ECOWAS summit opened in Abuja on Monday. Ghanaian President Kofi Osei, who chaired the conclave, said
        // it was a success.": the conclave is the ECOWAS summit, and Osei was at it
        List<String> got = summaries("""
                1 The the DT O 3 det
                2 ECOWAS ECOWAS NNP ORGANIZATION 3 compound
                3 summit summit NN O 4 nsubj
                4 opened open VBD O 0 root
                5 in in IN O 6 case
                6 Abuja Abuja NNP LOCATION 4 obl
                7 on on IN O 8 case
                8 Monday Monday NNP DATE 4 obl 2024-05-13
                9 . . . O 4 punct

                1 Ghanaian ghanaian JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Kofi Kofi NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 11 nsubj
                5 , , , O 4 punct
                6 who who WP O 7 nsubj
                7 chaired chair VBD O 4 acl:relcl
                8 the the DT O 9 det
                9 conclave conclave NN O 7 obj
                10 , , , O 4 punct
                11 said say VBD O 0 root
                12 it it PRP O 15 nsubj
                13 was be VBD O 15 cop
                14 a a DT O 15 det
                15 success success NN O 11 ccomp
                16 . . . O 11 punct
                """);
        assertTrue(got.contains("summit null null undated occurred weak [Kofi Osei:participant] ECOWAS"), got.toString());
    }

    @Test void aMeetingARegionsLeadersHoldOrEndIsTheirSummit() {
        // "Caribbean leaders wrapped up a two-day meeting on Wednesday." / "Caribbean ministers wrapped up ...": only
        // leaders' meetings are summits
        String table = """
                1 Caribbean Caribbean JJ MISC 2 amod
                2 leaders leader NNS O 3 nsubj
                3 wrapped wrap VBD O 0 root
                4 up up RP O 3 compound:prt
                5 a a DT O 9 det
                6 two two CD NUMBER 8 nummod
                7 - - HYPH O 8 punct
                8 day day NN DURATION 9 compound
                9 meeting meeting NN O 3 obj
                10 on on IN O 11 case
                11 Wednesday Wednesday NNP DATE 3 obl 2024-05-15
                12 . . . O 3 punct
                """;
        List<String> got = summaries(table);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("summit ") && x.endsWith(" Caribbean")), got.toString());
        List<String> ministers = summaries(table.replace("2 leaders leader NNS", "2 ministers minister NNS"));
        assertTrue(ministers.stream().noneMatch(x -> x.startsWith("summit ")), ministers.toString());
    }

    @Test void anArrivalForAVisitStaysAVisitAndAVisitUnderWayIsTheDatelinesNews() {
        // "KAMPALA – French Foreign Minister Claire Dubois arrived here yesterday for a three-day state visit."
        String table = KAMPALA + """
                1 French French JJ MISC 4 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 arrived arrive VBD O 0 root
                7 here here RB O 6 advmod
                8 yesterday yesterday NN DATE 6 obl:tmod 2024-05-14
                9 for for IN O 15 case
                10 a a DT O 15 det
                11 three three CD NUMBER 13 nummod
                12 - - HYPH O 13 punct
                13 day day NN DURATION 15 compound
                14 state state NN O 15 compound
                15 visit visit NN O 6 obl
                16 . . . O 6 punct
                """;
        List<String> got = summaries(table);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit UGA Kampala 2024-05-14")), got.toString());
        // without the dateline, the visit is still told (placeless), not dropped with the arrival
        List<String> placeless = summaries(table.substring(table.indexOf("1 French")));
        assertTrue(placeless.stream().anyMatch(x -> x.startsWith("visit null null")), placeless.toString());
    }

    @Test void aTourOfARegionIsNotTheDatelinesCity() {
        // "KAMPALA – French Foreign Minister Claire Dubois wrapped up a tour of Africa yesterday."
        List<String> got = summaries(KAMPALA + """
                1 French French JJ MISC 4 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 wrapped wrap VBD O 0 root
                7 up up RP O 6 compound:prt
                8 a a DT O 9 det
                9 tour tour NN O 6 obj
                10 of of IN O 11 case
                11 Africa Africa NNP LOCATION 9 nmod
                12 yesterday yesterday NN DATE 6 obl:tmod 2024-05-14
                13 . . . O 6 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.startsWith("visit UGA")), got.toString());
    }

    @Test void talksOfAHostJustBackFromAbroadAreNotTheDatelinesNews() {
        // "KAMPALA – Ugandan Foreign Minister Okello arrived in Nairobi yesterday. Okello held talks with Kenyan
        // Foreign Minister Mwangi.": filed from home about a trip abroad
        List<String> got = summaries(KAMPALA + """
                1 Ugandan Ugandan JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 4 compound
                4 Okello Okello NNP PERSON 5 nsubj
                5 arrived arrive VBD O 0 root
                6 in in IN O 7 case
                7 Nairobi Nairobi NNP LOCATION 5 obl
                8 yesterday yesterday NN DATE 5 obl:tmod 2024-05-14
                9 . . . O 5 punct

                1 Okello Okello NNP PERSON 2 nsubj
                2 held hold VBD O 0 root
                3 talks talk NNS O 2 obj
                4 with with IN O 8 case
                5 Kenyan Kenyan JJ MISC 7 amod
                6 Foreign Foreign NNP O 7 compound
                7 Minister Minister NNP O 8 compound
                8 Mwangi Mwangi NNP PERSON 3 nmod
                9 . . . O 2 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.startsWith("meeting UGA")), got.toString());
    }

    @Test void talksARegionsLeadersHoldWithSomeoneAreNoSummit() {
        // "European leaders held talks with Ukrainian President Zelenskiy."
        List<String> got = summaries("""
                1 European European JJ MISC 2 amod
                2 leaders leader NNS O 3 nsubj
                3 held hold VBD O 0 root
                4 talks talk NNS O 3 obj
                5 with with IN O 9 case
                6 Ukrainian Ukrainian JJ MISC 8 amod
                7 President President NNP O 8 compound
                8 Volodymyr Volodymyr NNP PERSON 9 compound
                9 Zelenskiy Zelenskiy NNP PERSON 4 nmod
                10 . . . O 3 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.startsWith("summit ")), got.toString());
    }

    @Test void aPlanToldInThePastPerfectThatGivesNoTimeOrPlaceIsNoPlan() {
        // "The talks with Kenyan President Ruto had been expected to focus on trade.": background to talks held
        List<String> got = summaries("""
                1 The the DT O 2 det
                2 talks talk NNS O 9 nsubj:pass
                3 with with IN O 6 case
                4 Kenyan Kenyan JJ MISC 6 amod
                5 President President NNP O 6 compound
                6 Ruto Ruto NNP PERSON 2 nmod
                7 had have VBD O 9 aux
                8 been be VBN O 9 aux:pass
                9 expected expect VBN O 0 root
                10 to to TO O 11 mark
                11 focus focus VB O 9 xcomp
                12 on on IN O 13 case
                13 trade trade NN O 11 obl
                14 . . . O 9 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.contains(" planned ")), got.toString());
    }

    @Test void aSpeakerWhoBackedTalksInARelativeClauseIsNotAtThem() {
        // "Kenyan President Ruto, who backed the talks between Tshisekedi and Kagame, said they went well."
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 3 amod
                2 President President NNP O 3 compound
                3 Ruto Ruto NNP PERSON 16 nsubj
                4 , , , O 3 punct
                5 who who WP O 6 nsubj
                6 backed back VBD O 3 acl:relcl
                7 the the DT O 8 det
                8 talks talk NNS O 6 obj
                9 between between IN O 13 case
                10 Congolese Congolese JJ MISC 12 amod
                11 President President NNP O 12 compound
                12 Tshisekedi Tshisekedi NNP PERSON 8 nmod
                13 and and CC O 14 cc
                14 Kagame Kagame NNP PERSON 12 conj
                15 , , , O 3 punct
                16 said say VBD O 0 root
                17 they they PRP O 18 nsubj
                18 went go VBD O 16 ccomp
                19 well well RB O 18 advmod
                20 . . . O 16 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.contains("Ruto")), got.toString());
    }

    @Test void timeSpentInAPlaceUnderAMisreadRelativeIsAVisit() {
        // "Kim told a briefing that Osei would spend Sunday to Tuesday in Nairobi.": the parser makes "that" an object
        // of "spend" beside the days
        List<String> got = summaries("""
                1 Kim Kim NNP PERSON 2 nsubj
                2 told tell VBD O 0 root
                3 a a DT O 4 det
                4 briefing briefing NN O 2 obj
                5 that that WDT O 8 obj
                6 Osei Osei NNP PERSON 8 nsubj
                7 would would MD O 8 aux
                8 spend spend VB O 4 acl:relcl
                9 Sunday Sunday NNP DATE 8 obl:tmod
                10 to to IN O 11 case
                11 Tuesday Tuesday NNP DATE 8 obl
                12 in in IN O 13 case
                13 Nairobi Nairobi NNP LOCATION 8 obl
                14 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-19..2024-05-21 ")), got.toString());
    }

    @Test void aRelativeClauseOfEndingDatesTheLastDay() {
        // "Osei is on a two-day trip to Nairobi that ends on Thursday.": 15-16 May
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 8 nsubj
                2 is be VBZ O 8 cop
                3 on on IN O 8 case
                4 a a DT O 8 det
                5 two two CD NUMBER 7 nummod
                6 - - HYPH NUMBER 7 punct
                7 day day NN NUMBER 8 compound
                8 trip trip NN O 0 root
                9 to to IN O 10 case
                10 Nairobi Nairobi NNP LOCATION 8 nmod
                11 that that WDT O 12 nsubj
                12 ends end VBZ O 8 acl:relcl
                13 on on IN O 14 case
                14 Thursday Thursday NNP DATE 12 obl
                15 . . . O 8 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi 2024-05-15..2024-05-16 ")), got.toString());
    }

    @Test void aMeetingThatDidNotTakePlaceIsNotDeniedByThatVerb() {
        // "A call between Osei and Dube that had been set for Tuesday did not take place.": the plan is still an event
        List<String> got = summaries("""
                1 A a DT O 3 det
                2 phone phone NN O 3 compound
                3 call call NN O 15 nsubj
                4 between between IN O 5 case
                5 Osei Osei NNP PERSON 3 nmod
                6 and and CC O 7 cc
                7 Dube Dube NNP PERSON 5 conj
                8 that that WDT O 11 nsubj:pass
                9 had have VBD O 11 aux
                10 been be VBN O 11 aux:pass
                11 set set VBN O 3 acl:relcl
                12 for for IN O 13 case
                13 Tuesday Tuesday NNP DATE 11 obl
                14 did do VBD O 15 aux
                15 take take VB O 0 root
                16 not not RB O 15 advmod
                17 place place NN O 15 obj
                18 . . . O 15 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ")), got.toString());
    }

    @Test void theHeadsOfGovernmentMeetingOfAGroupIsItsSummit() {
        // "The Commonwealth Heads of Government Meeting in Apia, which ended on Friday, agreed a declaration."
        List<String> got = summaries("""
                1 The the DT O 3 det
                2 Commonwealth Commonwealth NNP O 3 compound
                3 Heads Heads NNPS O 15 nsubj
                4 of of IN O 6 case
                5 Government Government NNP O 6 compound
                6 Meeting Meeting NNP O 3 nmod
                7 in in IN O 8 case
                8 Apia Apia NNP LOCATION 3 nmod
                9 , , , O 8 punct
                10 which which WDT O 11 nsubj
                11 ended end VBD O 8 acl:relcl
                12 on on IN O 13 case
                13 Friday Friday NNP DATE 11 obl
                14 , , , O 8 punct
                15 agreed agree VBD O 0 root
                16 a a DT O 17 det
                17 declaration declaration NN O 15 obj
                18 . . . O 15 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("summit ") && x.endsWith(" Commonwealth")), got.toString());
    }

    @Test void endingDaysOfTalksEndsTheTalksThatLong() {
        // "Osei and Dube ended two days of talks in Geneva on Tuesday.": 13-14 May, and the mention says it ended them
        String table = """
                1 Osei Osei NNP PERSON 4 nsubj
                2 and and CC O 3 cc
                3 Dube Dube NNP PERSON 1 conj
                4 ended end VBD O 0 root
                5 two two CD O 6 nummod
                6 days day NNS O 4 obj
                7 of of IN O 8 case
                8 talks talk NNS O 6 nmod:of
                9 in in IN O 10 case
                10 Geneva Geneva NNP LOCATION 8 nmod:in
                11 on on IN O 12 case
                12 Tuesday Tuesday NNP O 4 obl:on
                13 . . . O 4 punct
                """;
        List<String> got = summaries(table);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting CHE Geneva 2024-05-13..2024-05-14 ")), got.toString());
        assertTrue(detect(Docs.parse(PUBLISHED, table)).stream().anyMatch(c -> c.rules().contains(Candidate.ENDED)));
    }

    /** "Osei arrived in Nairobi on Monday." */
    private static final String ARRIVED_MONDAY = """
                1 Osei Osei NNP PERSON 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl:in
                5 on on IN O 6 case
                6 Monday Monday NNP O 2 obl:on
                7 . . . O 2 punct
                """;

    /** "Osei arrived in Nairobi on Monday. She {verb} on Wednesday." */
    private static String arrivedThen(String verb, String lemma, String back) {
        return ARRIVED_MONDAY + """

                1 She she PRP O 2 nsubj
                2 %s %s VBD O 0 root
                3 %s
                4 on on IN O 5 case
                5 Wednesday Wednesday NNP O 2 obl:on
                6 . . . O 2 punct
                """.formatted(verb, lemma, back);
    }

    @Test void aDepartureToldAfterAVisitEndsIt() {
        // published Wednesday 15 May: "She departed on Wednesday." / "She flew home on Wednesday." end the visit begun on
        // the 13th; "She arrived home on Wednesday." is the end of the way back, not of the visit
        for (String[] v : new String[][] {{"departed", "depart", "back back RB O 2 advmod"}, {"flew", "fly", "home home RB O 2 advmod"}}) {
            List<Candidate> got = detect(Docs.parse(PUBLISHED, arrivedThen(v[0], v[1], v[2])));
            Candidate end = got.stream().filter(c -> c.rules().contains(Departures.RULE)).findFirst()
                    .orElseThrow(() -> new AssertionError(v[0] + ": " + got));
            assertEquals(EventDate.day(LocalDate.of(2024, 5, 15)), end.date());
            assertEquals("KEN", end.country());
            assertTrue(end.rules().contains(Candidate.LEFT_PLACE) && !end.strong(), end.toString());
        }
        List<Candidate> home = detect(Docs.parse(PUBLISHED, arrivedThen("arrived", "arrive", "home home RB O 2 advmod")));
        assertTrue(home.stream().noneMatch(c -> c.rules().contains(Departures.RULE)), home.toString());
    }

    /**
     * "Osei visited Nairobi on Tuesday. Osei, who flew in on Monday, left on Wednesday, the ministry said.", parsed as
     * CoreNLP does: "left" hangs as {@code dep} of the relative clause, and Osei is the subject of "said".
     */
    private static final String FLEW_IN_THEN_LEFT = """
                1 Osei Osei NNP PERSON 2 nsubj
                2 visited visit VBD O 0 root
                3 Nairobi Nairobi NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Tuesday Tuesday NNP O 2 obl:on
                6 . . . O 2 punct

                1 Osei Osei NNP PERSON 14 nsubj
                2 , , , O 4 punct
                3 who who WP O 4 nsubj
                4 flew fly VBD O 1 acl:relcl
                5 in in IN O 4 advmod
                6 on on IN O 7 case
                7 Monday Monday NNP O 4 obl:on
                8 , , , O 4 punct
                9 left leave VBD O 4 dep
                10 on on IN O 11 case
                11 Wednesday Wednesday NNP O 9 obl:on
                12 , , , O 13 punct
                13 ministry ministry NN O 11 appos
                14 said say VBD O 0 root
                15 . . . O 14 punct
                """;

    @Test void aPlacelessArrivalBeginsTheVisitToldBeforeAndAMisparsedDepartureEndsIt() {
        // published Wednesday 15 May: the arrival is Monday the 13th, the departure the 15th, both of the Kenya visit
        // (the parser also hangs the relative clause itself as dep of the name)
        for (String table : List.of(FLEW_IN_THEN_LEFT, FLEW_IN_THEN_LEFT.replace("4 flew fly VBD O 1 acl:relcl", "4 flew fly VBD O 1 dep"))) {
            List<Candidate> got = detect(Docs.parse(PUBLISHED, table));
            Candidate arrived = got.stream().filter(c -> c.rules().contains(Departures.ARRIVAL_RULE)).findFirst()
                    .orElseThrow(() -> new AssertionError(got.toString()));
            assertEquals(EventDate.day(LocalDate.of(2024, 5, 13)), arrived.date());
            assertTrue("KEN".equals(arrived.country()) && !arrived.strong(), arrived.toString());
            Candidate left = got.stream().filter(c -> c.rules().contains(Departures.RULE)).findFirst()
                    .orElseThrow(() -> new AssertionError(got.toString()));
            assertEquals(EventDate.day(LocalDate.of(2024, 5, 15)), left.date());
        }
        // an arrival somewhere named is its own visit's, not the one told before
        String named = FLEW_IN_THEN_LEFT.replace("5 in in IN O 4 advmod", "5 Mombasa Mombasa NNP LOCATION 4 obl:to");
        List<Candidate> elsewhere = detect(Docs.parse(PUBLISHED, named));
        assertTrue(elsewhere.stream().noneMatch(c -> c.rules().contains(Departures.ARRIVAL_RULE)), elsewhere.toString());
    }

    @Test void aRelativeClauseTheParserHangsOnAPlaceTellsOfThePersonBeforeIt() {
        // "Mensah received at the palace President Kofi Osei, who is paying a state visit." -- CoreNLP makes the
        // relative clause the palace's; the visitor is the person right before ", who", not the one who received him
        String table = """
                1 Mensah Mensah NNP PERSON 2 nsubj
                2 received receive VBD O 0 root
                3 at at IN O 5 case
                4 the the DT O 5 det
                5 palace palace NN O 2 obl
                6 President President NNP O 5 appos
                7 Kofi Kofi NNP PERSON 8 compound
                8 Osei Osei NNP PERSON 6 dep
                9 , , , O 5 punct
                10 who who WP O 12 nsubj
                11 is be VBZ O 12 aux
                12 paying pay VBG O 5 acl:relcl
                13 a a DT O 15 det
                14 state state NN O 15 compound
                15 visit visit NN O 12 obj
                16 . . . O 2 punct
                """;
        List<String> got = summaries(table);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit ") && x.contains("Kofi Osei:visitor")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("Mensah:visitor")), got.toString());
    }

    @Test void anObjectPronounIsNotItsOwnClausesSubject() {
        // "Osei, who hosted Dubois in Accra in 2022, spoke with him by phone on Monday." -- "him" is Dubois, the
        // person before it, not Osei, who speaks
        String table = """
                1 Osei Osei NNP PERSON 11 nsubj
                2 , , , O 1 punct
                3 who who WP O 4 nsubj
                4 hosted host VBD O 1 acl:relcl
                5 Dubois Dubois NNP PERSON 4 obj
                6 in in IN O 7 case
                7 Accra Accra NNP LOCATION 4 obl
                8 in in IN O 9 case
                9 2022 2022 CD DATE 4 obl
                10 , , , O 1 punct
                11 spoke speak VBD O 0 root
                12 with with IN O 13 case
                13 him he PRP O 11 obl
                14 by by IN O 15 case
                15 phone phone NN O 11 obl
                16 on on IN O 17 case
                17 Monday Monday NNP DATE 11 obl 2024-05-13
                18 . . . O 11 punct
                """;
        List<String> got = strong(summaries(table));
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains("Osei") && x.contains("Dubois")), got.toString());
    }

    @Test void theirBeforeAMeetingNounIsThePeopleOfTheSubject() {
        // "Osei and Dubois have not met since their summit in Geneva." -- that summit is theirs, and a full mention,
        // not one that only borrowed the sentence's people
        String table = """
                1 Osei Osei NNP PERSON 6 nsubj
                2 and and CC O 3 cc
                3 Dubois Dubois NNP PERSON 1 conj
                4 have have VBP O 6 aux
                5 not not RB O 6 advmod
                6 met meet VBN O 0 root
                7 since since IN O 9 case
                8 their they PRP$ O 9 nmod:poss
                9 summit summit NN O 6 obl
                10 in in IN O 11 case
                11 Geneva Geneva NNP LOCATION 9 nmod
                12 . . . O 6 punct
                """;
        List<String> got = strong(summaries(table));
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting CHE Geneva") && x.contains("Osei") && x.contains("Dubois")),
                got.toString());
    }

    @Test void thePluralTitleOfTwoStatesIsTheirOfficeHolders() {
        // "Kenyan Foreign Minister Ruth Otieno arrived. The foreign ministers of Kenya and France spoke on Monday by
        // phone." -- with Dubois French in the article (the parse of the first sentence names her too)
        String table = """
                1 Kenyan Kenyan JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ruth Ruth NNP PERSON 5 compound
                5 Otieno Otieno NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 French French JJ MISC 10 amod
                8 Foreign Foreign NNP O 10 compound
                9 Minister Minister NNP O 10 compound
                10 Dubois Dubois NNP PERSON 6 obj
                11 in in IN O 12 case
                12 2020 2020 CD DATE 6 obl
                13 . . . O 6 punct

                1 The the DT O 3 det
                2 foreign foreign JJ O 3 amod
                3 ministers minister NNS O 8 nsubj
                4 of of IN O 5 case
                5 Kenya Kenya NNP LOCATION 3 nmod
                6 and and CC O 7 cc
                7 France France NNP LOCATION 5 conj
                8 spoke speak VBD O 0 root
                9 by by IN O 10 case
                10 phone phone NN O 8 obl
                11 on on IN O 12 case
                12 Monday Monday NNP DATE 8 obl 2024-05-13
                13 . . . O 8 punct
                """;
        List<String> got = strong(summaries(table));
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains("2024-05-13") && x.contains("Ruth Otieno")
                && x.contains("Dubois")), got.toString());
    }

    @Test void anOfficeHolderOfNoStatedCountryVisitsFromTheArticlesOtherState() {
        // "Spanish Prime Minister Ana Ruiz met Mexican President Luis Ortega. Foreign Minister Pablo Gil travelled to
        // Mexico in February." -- the article's states are Spain and Mexico; the minister visiting Mexico is Spain's
        String table = """
                1 Spanish Spanish JJ MISC 3 amod
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Mexican Mexican JJ MISC 8 amod
                8 President President NNP O 10 compound
                9 Luis Luis NNP PERSON 10 compound
                10 Ortega Ortega NNP PERSON 6 obj
                11 . . . O 6 punct

                1 Foreign Foreign NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Pablo Pablo NNP PERSON 4 compound
                4 Gil Gil NNP PERSON 5 nsubj
                5 travelled travel VBD O 0 root
                6 to to IN O 7 case
                7 Mexico Mexico NNP LOCATION 5 obl
                8 in in IN O 9 case
                9 February February NNP DATE 5 obl 2024-02
                10 . . . O 5 punct
                """;
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        Candidate visit = detect(doc).stream().filter(c -> c.type() == EventType.VISIT).findFirst()
                .orElseThrow(() -> new AssertionError(detect(doc).toString()));
        assertEquals(List.of("ESP"), visit.parties());
        assertTrue(visit.rules().contains(EventDetector.VISITORS_STATE), visit.rules().toString());
        // with a third state in the article, which is the minister's is not told
        String third = table.replace("7 Mexican Mexican JJ MISC 8 amod", "7 Chilean Chilean JJ MISC 8 amod");
        AnnotatedDoc doc3 = Docs.parse(PUBLISHED, third);
        assertTrue(detect(doc3).stream().noneMatch(c -> c.rules().contains(EventDetector.VISITORS_STATE)), detect(doc3).toString());
    }

    @Test void whoChairsAMeetingTakesPartInIt() {
        // "The joint commission met in Accra on Monday, chaired by Kofi Osei and Claire Dubois." -- CoreNLP makes the
        // participle a conjunct of "met"; without the chairs the meeting would only borrow the sentence's people
        String table = """
                1 The the DT O 3 det
                2 joint joint JJ O 3 amod
                3 commission commission NN O 4 nsubj
                4 met meet VBD O 0 root
                5 in in IN O 6 case
                6 Accra Accra NNP LOCATION 4 obl
                7 on on IN O 8 case
                8 Monday Monday NNP DATE 4 obl 2024-05-13
                9 , , , O 4 punct
                10 chaired chair VBN O 4 conj
                11 by by IN O 13 case
                12 Kofi Kofi NNP PERSON 13 compound
                13 Osei Osei NNP PERSON 10 obl
                14 and and CC O 16 cc
                15 Claire Claire NNP PERSON 16 compound
                16 Dubois Dubois NNP PERSON 13 conj
                17 . . . O 4 punct
                """;
        List<String> got = summaries(table);
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("meeting GHA Accra 2024-05-13..2024-05-13 occurred strong"), got.toString());
        assertTrue(got.get(0).contains("Kofi Osei") && got.get(0).contains("Claire Dubois"), got.toString());
    }

    @Test void anArrivalLongBeforeTheVisitToldIsNotItsFirstDay() {
        // "visited Nairobi on Tuesday" (the 14th) and "flew in on Saturday" (the 11th): more than the two days a stay's
        // told days lie apart
        String weekBefore = FLEW_IN_THEN_LEFT.replace("7 Monday Monday NNP O 4 obl:on", "7 Saturday Saturday NNP O 4 obl:on");
        List<Candidate> got = detect(Docs.parse(PUBLISHED, weekBefore));
        assertTrue(got.stream().noneMatch(c -> c.rules().contains(Departures.ARRIVAL_RULE)), got.toString());
    }

    @Test void leavingBeforeOrAfterWhatTheSubjectDoesIsOnItsDay() {
        // published Wednesday 15 May: "Osei arrived in Nairobi on Monday. She will meet traders on Thursday before
        // departing for Kampala." ("before departing" parsed as an obl, as CoreNLP does): she leaves Kenya on the 16th
        List<Candidate> got = detect(Docs.parse(PUBLISHED, ARRIVED_MONDAY + """

                1 She she PRP O 3 nsubj
                2 will will MD O 3 aux
                3 meet meet VB O 0 root
                4 traders trader NNS O 3 obj
                5 on on IN O 6 case
                6 Thursday Thursday NNP O 3 obl:on
                7 before before IN O 8 case
                8 departing depart VBG O 3 obl
                9 for for IN O 10 case
                10 Kampala Kampala NNP LOCATION 8 nmod
                11 . . . O 3 punct
                """));
        Candidate left = got.stream().filter(c -> c.rules().contains(Departures.RULE)).findFirst()
                .orElseThrow(() -> new AssertionError(got.toString()));
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 16)), left.date());
        assertEquals("KEN", left.country());
    }

    @Test void ofTwoDatesAsNearTheirVerbsTheOneOfTheVerbNearerTheEventDatesIt() {
        // "On Wednesday, Osei accepted an invitation to make a visit to Kenya next year.": "next year" hangs on "make",
        // "Wednesday" on "accepted", one edge each; the visit is next year's, and "Wednesday" the acceptance's
        List<String> got = summaries("""
                1 On on IN O 2 case
                2 Wednesday Wednesday NNP DATE 5 obl
                3 , , , O 5 punct
                4 Osei Osei NNP PERSON 5 nsubj
                5 accepted accept VBD O 0 root
                6 an a DT O 7 det
                7 invitation invitation NN O 5 obj
                8 to to TO O 9 mark
                9 make make VB O 5 xcomp
                10 a a DT O 11 det
                11 visit visit NN O 9 obj
                12 to to IN O 13 case
                13 Kenya Kenya NNP LOCATION 11 nmod
                14 next next JJ O 15 amod
                15 year year NN O 9 obl:tmod
                16 . . . O 5 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit KEN null 2025-01-01..2025-12-31 planned")), got.toString());
    }

    @Test void aDatelineIsTheReportsDayAndAParticipleOfBeginningDatesTheEvent() {
        // published Wednesday 15 May: "NAIROBI, May 15 - Osei will pay a visit to Italy starting on Monday." The
        // dateline's day is the report's; the visit starts on the 20th ("starting" parsed on Italy, as CoreNLP does)
        List<String> got = summaries("""
                1 NAIROBI NAIROBI NNP LOCATION 6 compound
                2 , , , O 1 punct
                3 May May NNP DATE 6 compound
                4 15 15 CD DATE 3 nummod
                5 - - HYPH O 6 punct
                6 Osei Osei NNP PERSON 8 nsubj
                7 will will MD O 8 aux
                8 pay pay VB O 0 root
                9 a a DT O 10 det
                10 visit visit NN O 8 obj
                11 to to IN O 12 case
                12 Italy Italy NNP LOCATION 8 obl
                13 starting start VBG O 12 acl
                14 on on IN O 15 case
                15 Monday Monday NNP O 13 obl
                16 . . . O 8 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit ITA null 2024-05-20..2024-05-20 planned")), got.toString());
    }

    @Test void anEventSaidToBeRescheduledIsTheOneAtItsNewDates() {
        // "Osei arrived in Rome on Monday for a visit, rescheduled after the trip was postponed.": held, not called off
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Rome Rome NNP LOCATION 2 obl
                5 on on IN O 6 case
                6 Monday Monday NNP O 2 obl
                7 for for IN O 9 case
                8 a a DT O 9 det
                9 visit visit NN O 2 obl
                10 , , , O 2 punct
                11 rescheduled reschedule VBN O 2 dep
                12 after after IN O 15 mark
                13 the the DT O 14 det
                14 trip trip NN O 15 nsubj:pass
                15 postponed postpone VBN O 11 advcl
                16 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit ITA Rome 2024-05-13..2024-05-13 occurred")), got.toString());
    }

    @Test void aNameBeforeARegionWordIsWhereTheVisitIs() {
        // "Kenyan President Amani Juma visited Rufiji district in Pwani region on Tuesday.": a visit to Tanzania (and
        // a Tanzanian president's, at home, no visit)
        List<String> got = summaries("""
                1 Kenyan Kenyan JJ MISC 4 amod
                2 President President NNP O 4 compound
                3 Amani Amani NNP PERSON 4 compound
                4 Juma Juma NNP PERSON 5 nsubj
                5 visited visit VBD O 0 root
                6 Rufiji Rufiji NNP LOCATION 7 compound
                7 district district NN O 5 obj
                8 in in IN O 10 case
                9 Pwani Pwani NNP LOCATION 10 compound
                10 region region NN O 7 nmod
                11 on on IN O 12 case
                12 Tuesday Tuesday NNP O 5 obl
                13 . . . O 5 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit TZA ")), got.toString());
    }

    @Test void theTwoAreThePairOfAMeetingToldEarlierInTheSentence() {
        // "Osei met Dubois in Nairobi in March, and the two spoke by telephone in January."
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Dubois Dubois NNP PERSON 2 obj
                4 in in IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 2 obl
                6 in in IN O 7 case
                7 March March NNP DATE 2 obl
                8 , , , O 12 punct
                9 and and CC O 12 cc
                10 the the DT O 11 det
                11 two two CD O 12 nsubj
                12 spoke speak VBD O 2 conj
                13 by by IN O 14 case
                14 telephone telephone NN O 12 obl
                15 in in IN O 16 case
                16 January January NNP DATE 12 obl
                17 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains("2024-01-01..2024-01-31 occurred strong") && x.contains("Osei")
                && x.contains("Dubois")), got.toString());
    }

    @Test void theGuestOfAttributiveVisitingParsedAsAVerbIsTheVisitor() {
        // "French President Claire Dubois and visiting Kenyan President Grace Wanjiru agreed on Tuesday.", parsed as
        // CoreNLP does: "visiting" a verb joined to Dubois, with Wanjiru for object
        List<String> got = summaries("""
                1 French French JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Claire Claire NNP PERSON 4 compound
                4 Dubois Dubois NNP PERSON 11 nsubj
                5 and and CC O 6 cc
                6 visiting visit VBG O 4 conj
                7 Kenyan Kenyan JJ MISC 8 amod
                8 President President NNP O 10 compound
                9 Grace Grace NNP PERSON 10 compound
                10 Wanjiru Wanjiru NNP PERSON 6 obj
                11 agreed agree VBD O 0 root
                12 on on IN O 13 case
                13 Tuesday Tuesday NNP O 11 obl
                14 . . . O 11 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit ") && x.contains("Grace Wanjiru:visitor")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("Claire Dubois:visitor")), got.toString());
    }

    @Test void anUndatedEntryOfALivePageIsOnItsDay() {
        // published Wednesday 15 May: "16:10 - French President Claire Dubois met Kenyan President Grace Wanjiru."
        String entry = """
                1 16:10 16:10 CD TIME 7 dep
                2 - - HYPH O 7 punct
                3 French French JJ MISC 4 amod
                4 President President NNP O 6 compound
                5 Claire Claire NNP PERSON 6 compound
                6 Dubois Dubois NNP PERSON 7 nsubj
                7 met meet VBD O 0 root
                8 Kenyan Kenyan JJ MISC 9 amod
                9 President President NNP O 11 compound
                10 Grace Grace NNP PERSON 11 compound
                11 Wanjiru Wanjiru NNP PERSON 7 obj
                12 . . . O 7 punct
                """;
        List<String> got = summaries(entry);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains(" 2024-05-15..2024-05-15 ")), got.toString());
        // without the time stamp the sentence says no day
        List<String> plain = summaries(entry.replace("1 16:10 16:10 CD TIME 7 dep", "1 Earlier earlier RBR O 7 advmod"));
        assertTrue(plain.stream().noneMatch(x -> x.contains("2024-05-15")), plain.toString());
    }

    @Test void anEventSomeoneIsDueForIsPlanned() {
        // published Wednesday 15 May: "Osei is due in Nairobi later this month for the Commonwealth summit, a spokesman
        // added.": the summit, like the trip, lies ahead, whatever the reporting verb's tense
        List<String> got = summaries("""
                1 Osei Osei NNP PERSON 3 nsubj
                2 is be VBZ O 3 cop
                3 due due JJ O 16 ccomp
                4 in in IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 3 obl
                6 later later RB O 8 advmod
                7 this this DT O 8 det
                8 month month NN O 3 obl:tmod
                9 for for IN O 12 case
                10 the the DT O 12 det
                11 Commonwealth Commonwealth NNP ORGANIZATION 12 compound
                12 summit summit NN O 3 obl
                13 , , , O 16 punct
                14 a a DT O 15 det
                15 spokesman spokesman NN O 16 nsubj
                16 added add VBD O 0 root
                17 . . . O 16 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("summit ") && x.contains(" planned ")), got.toString());
    }

    @Test void aPronounSubjectPassesItsReferentOnToTheNextPronoun() {
        // published Wednesday 15 May: "Osei arrived in Nairobi on Monday. Trade grew. He was welcomed by officials. He
        // left on Wednesday.": the last "He" is Osei, through the "He" before it, and the visit ends on the 15th
        List<Candidate> got = detect(Docs.parse(PUBLISHED, """
                %s
                %s

                1 He he PRP O 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 welcomed welcome VBN O 0 root
                4 by by IN O 5 case
                5 officials official NNS O 3 obl
                6 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 left leave VBD O 0 root
                3 on on IN O 4 case
                4 Wednesday Wednesday NNP O 2 obl:on
                5 . . . O 2 punct
                """.formatted(ARRIVED_MONDAY, NO_EVENT)));
        Candidate left = got.stream().filter(c -> c.rules().contains(Departures.RULE)).findFirst()
                .orElseThrow(() -> new AssertionError(got.toString()));
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 15)), left.date());
    }

    @Test void aWeekdaysEventToldAsDoneIsTheOneBefore() {
        // published Wednesday 15 May: "Friday's call between Osei and Dubois lasted an hour." is the Friday before (the
        // 10th), though the coming one (the 17th) is nearer
        List<String> got = summaries("""
                1 Friday's Friday NNP DATE 2 nmod:poss
                2 call call NN O 7 nsubj
                3 between between IN O 4 case
                4 Osei Osei NNP PERSON 2 nmod
                5 and and CC O 6 cc
                6 Dubois Dubois NNP PERSON 4 conj
                7 lasted last VBD O 0 root
                8 an a DT O 9 det
                9 hour hour NN O 7 obj
                10 . . . O 7 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains(" 2024-05-10..2024-05-10 ")), got.toString());
    }

    @Test void aStayUntilADayEndsTheVisitThen() {
        // "Osei arrived in Nairobi on Monday and is expected to stay until Thursday.": the visit's last day is the 16th,
        // told in its own sentence (and "She will stay until Thursday." after it would tell the same)
        List<Candidate> got = detect(Docs.parse(PUBLISHED, """
                1 Osei Osei NNP PERSON 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl
                5 on on IN O 6 case
                6 Monday Monday NNP DATE 2 obl
                7 and and CC O 9 cc
                8 is be VBZ O 9 aux:pass
                9 expected expect VBN O 2 conj
                10 to to TO O 11 mark
                11 stay stay VB O 9 xcomp
                12 until until IN O 13 case
                13 Thursday Thursday NNP DATE 11 obl
                14 . . . O 2 punct
                """));
        Candidate end = got.stream().filter(c -> c.rules().contains(Departures.STAY_RULE)).findFirst()
                .orElseThrow(() -> new AssertionError(got.toString()));
        assertEquals(EventDate.day(LocalDate.of(2024, 5, 16)), end.date());
        assertTrue(end.rules().contains(Candidate.LEFT_PLACE) && "KEN".equals(end.country()), end.toString());
    }

    /** "Dubois arrived in Nairobi on Thursday." */
    private static final String ARRIVED_THURSDAY = """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 2 obl:in
                5 on on IN O 6 case
                6 Thursday Thursday NNP O 2 obl:on
                7 . . . O 2 punct
                """;
    /** "Trade grew.", a sentence with no event. */
    private static final String NO_EVENT = """
                1 Trade trade NN O 2 nsubj
                2 grew grow VBD O 0 root
                3 . . . O 2 punct
                """;

    @Test void thePastDayAfterTheStampIsThatDayOnlyInTheLede() {
        // published Wednesday 15 May: "Dubois arrived in Nairobi on Thursday." as the lede is the 16th (a stamp a time
        // zone behind); three sentences down an analysis it is the Thursday before, the 9th
        List<String> lede = summaries(ARRIVED_THURSDAY);
        assertTrue(lede.stream().anyMatch(x -> x.contains(" 2024-05-16..2024-05-16 ")), lede.toString());
        List<String> below = summaries(String.join("\n", NO_EVENT, NO_EVENT, NO_EVENT, ARRIVED_THURSDAY));
        assertTrue(below.stream().anyMatch(x -> x.contains(" 2024-05-09..2024-05-09 ")), below.toString());
    }

    @Test void aVisitOwnedByATitleNoPersonWasFoundForIsNotAnotherPersonsVisit() {
        // "Wanjiru, Dubois sign accords as Japanese envoy's visit enters second day" (the envoy is named nowhere)
        List<String> got = summaries("""
                1 Wanjiru Wanjiru NNP PERSON 4 nsubj
                2 , , , O 4 punct
                3 Dubois Dubois NNP PERSON 4 nsubj
                4 sign sign VB O 0 root
                5 accords accord NNS O 4 obj
                6 as as IN O 10 case
                7 Japanese Japanese JJ MISC 8 amod
                8 envoy envoy NN O 10 nmod:poss
                9 's 's POS O 8 case
                10 visit visit NN O 5 nmod:as
                11 enters enter VBZ O 4 dep
                12 second second JJ O 13 amod
                13 day day NN O 11 obl:tmod
                """);
        assertTrue(got.stream().noneMatch(x -> x.startsWith("visit ")), got.toString());
    }

    @Test void theTwoOfTheCallJustReportedAreThePairOfTheNextOne() {
        // "Dubois met Wanjiru on Tuesday. The two had spoken by telephone on Monday."
        List<String> got = summaries("""
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Wanjiru Wanjiru NNP PERSON 2 obj
                4 on on IN O 5 case
                5 Tuesday Tuesday NNP O 2 obl:on
                6 . . . O 2 punct

                1 The the DT O 2 det
                2 two two CD O 4 nsubj
                3 had have VBD O 4 aux
                4 spoken speak VBN O 0 root
                5 by by IN O 6 case
                6 telephone telephone NN O 4 obl:by
                7 on on IN O 8 case
                8 Monday Monday NNP O 4 obl:on
                9 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains("Dubois") && x.contains("Wanjiru")), got.toString());
    }

    /** "President Osei met President Wanjiru on Monday." */
    private static final String OSEI_MET_WANJIRU = """
            1 President President NNP O 2 compound
            2 Osei Osei NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 President President NNP O 5 compound
            5 Wanjiru Wanjiru NNP PERSON 3 obj
            6 on on IN O 7 case
            7 Monday Monday NNP O 3 obl:on
            8 . . . O 3 punct
            """;

    @Test void theTwoLeadersAreThePairOfTheCallJustReported() {
        // "President Osei spoke by telephone with President Wanjiru on Monday. The two leaders agreed to meet on Friday."
        List<String> got = summaries("""
                1 President President NNP O 2 compound
                2 Osei Osei NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 by by IN O 5 case
                5 telephone telephone NN O 3 obl:by
                6 with with IN O 8 case
                7 President President NNP O 8 compound
                8 Wanjiru Wanjiru NNP PERSON 3 obl:with
                9 on on IN O 10 case
                10 Monday Monday NNP O 3 obl:on
                11 . . . O 3 punct

                1 The the DT O 3 det
                2 two two CD O 3 nummod
                3 leaders leader NNS O 4 nsubj
                4 agreed agree VBD O 0 root
                5 to to TO O 6 mark
                6 meet meet VB O 4 xcomp
                7 on on IN O 8 case
                8 Friday Friday NNP O 6 obl:on
                9 . . . O 4 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains("2024-05-17..2024-05-17 planned strong")
                && x.contains("Osei") && x.contains("Wanjiru")), got.toString());
    }

    @Test void theTwoForeignMinistersAreNotThePresidentsJustReported() {
        // "President Osei met President Wanjiru on Monday. The two foreign ministers spoke by telephone on Tuesday."
        List<String> got = summaries(OSEI_MET_WANJIRU + """

                1 The the DT O 4 det
                2 two two CD O 4 nummod
                3 foreign foreign JJ O 4 amod
                4 ministers minister NNS O 5 nsubj
                5 spoke speak VBD O 0 root
                6 by by IN O 7 case
                7 telephone telephone NN O 5 obl:by
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP O 5 obl:on
                10 . . . O 5 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains("Osei") && x.contains("Wanjiru")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.startsWith("call ") && x.contains("Osei")), got.toString());
    }

    @Test void theTwoEnvoysAreNotTheLeadersJustReported() {
        // "President Osei met President Wanjiru on Monday. Talks between the two special envoys resumed on Tuesday."
        List<String> got = summaries(OSEI_MET_WANJIRU + """

                1 Talks talk NNS O 7 nsubj
                2 between between IN O 6 case
                3 the the DT O 6 det
                4 two two CD O 6 nummod
                5 special special JJ O 6 amod
                6 envoys envoy NNS O 1 nmod:between
                7 resumed resume VBD O 0 root
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP O 7 obl:on
                10 . . . O 7 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.contains("2024-05-14") && x.contains("Osei")), got.toString());
    }

    @Test void aCallThatTimesTheClauseDoesNotMakeItsVerbACall() {
        // "President Osei met President Wanjiru on Monday. Following their March 14 phone call, the two leaders will
        // discuss ways to manage the competition between Kenya and Ghana." (the discussion to come is no second call)
        List<String> got = summaries(OSEI_MET_WANJIRU + """

                1 Following follow VBG O 6 case
                2 their they PRP$ O 6 nmod:poss
                3 March March NNP O 6 compound
                4 14 14 CD O 3 nummod
                5 phone phone NN O 6 compound
                6 call call NN O 12 obl
                7 , , , O 12 punct
                8 the the DT O 10 det
                9 two two CD O 10 nummod
                10 leaders leader NNS O 12 nsubj
                11 will will MD O 12 aux
                12 discuss discuss VB O 0 root
                13 ways way NNS O 12 obj
                14 to to TO O 15 mark
                15 manage manage VB O 12 xcomp
                16 the the DT O 17 det
                17 competition competition NN O 15 obj
                18 between between IN O 19 case
                19 Kenya Kenya NNP LOCATION 17 nmod
                20 and and CC O 21 cc
                21 Ghana Ghana NNP LOCATION 19 conj
                22 . . . O 12 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("call ") && x.contains("2024-03-14..2024-03-14 occurred")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.startsWith("call ") && x.contains(" planned ")), got.toString());
    }

    @Test void aWhenClauseTakesTheTimeItHangsOn() {
        // "Ghana joined the bloc in October 2023, when Foreign Minister Osei travelled to Kuala Lumpur."
        List<String> got = summaries("""
                1 Ghana Ghana NNP LOCATION 2 nsubj
                2 joined join VBD O 0 root
                3 the the DT O 4 det
                4 bloc bloc NN O 2 obj
                5 in in IN O 6 case
                6 October October NNP O 2 obl:in
                7 2023 2023 CD O 6 nummod
                8 , , , O 6 punct
                9 when when WRB O 13 advmod
                10 Foreign Foreign NNP O 11 compound
                11 Minister Minister NNP O 12 compound
                12 Osei Osei NNP PERSON 13 nsubj
                13 travelled travel VBD O 6 acl:relcl
                14 to to IN O 16 case
                15 Kuala Kuala NNP LOCATION 16 compound
                16 Lumpur Lumpur NNP LOCATION 13 obl:to
                17 . . . O 2 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit MYS Kuala Lumpur 2023-10-01..2023-10-31 occurred")), got.toString());
    }

    @Test void whoIsOnAVisitIsTheVisitor() {
        // "His Majesty King Hamad bin Isa Al Khalifa received at Al-Sakhir Palace today the President of the Republic
        // of Maldives, Dr Mohamed Muizzu, who is on an official visit to the Kingdom of Bahrain." (article 164)
        List<String> got = summaries("""
                1 His he PRP$ O 8 nmod:poss
                2 Majesty Majesty NNP O 3 compound
                3 King King NNP O 8 compound
                4 Hamad Hamad NNP PERSON 8 compound
                5 bin bin NNP PERSON 8 compound
                6 Isa Isa NNP PERSON 8 compound
                7 Al Al NNP PERSON 8 compound
                8 Khalifa Khalifa NNP PERSON 9 nsubj
                9 received receive VBD O 0 root
                10 at at IN O 14 case
                11 Al Al NNP LOCATION 13 compound
                12 - - HYPH LOCATION 13 punct
                13 Sakhir Sakhir NNP LOCATION 14 compound
                14 Palace Palace NNP LOCATION 9 obl:at
                15 today today NN O 9 obl:tmod
                16 the the DT O 17 det
                17 President President NNP O 9 obj
                18 of of IN O 20 case
                19 the the DT O 20 det
                20 Republic Republic NNP LOCATION 17 nmod:of
                21 of of IN LOCATION 22 case
                22 Maldives Maldives NNP LOCATION 20 nmod:of
                23 , , , O 17 punct
                24 Dr Dr NNP O 26 compound
                25 Mohamed Mohamed NNP PERSON 26 compound
                26 Muizzu Muizzu NNP PERSON 17 appos
                27 , , , O 17 punct
                28 who who WP O 33 nsubj
                29 is be VBZ O 33 cop
                30 on on IN O 33 case
                31 an a DT O 33 det
                32 official official JJ O 33 amod
                33 visit visit NN O 17 acl:relcl
                34 to to IN O 36 case
                35 the the DT O 36 det
                36 Kingdom Kingdom NNP LOCATION 33 nmod:to
                37 of of IN LOCATION 38 case
                38 Bahrain Bahrain NNP LOCATION 36 nmod:of
                39 . . . O 9 punct
                """);
        assertTrue(got.stream().noneMatch(x -> x.contains("Hamad bin Isa Al Khalifa:visitor")), got.toString());
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit BHR") && x.contains("Mohamed Muizzu:visitor")), got.toString());
    }

    @Test void theVisitOfARelativeClauseOnTheSpeakerIsTheSpeakers() {
        // "German Economy Minister Katrin Vossberg, who visited China last week, said on Monday that Berlin would not
        // follow Washington in restricting chip exports." (phrasing bank, timelines-reporting-visit-past-01)
        List<String> got = summaries("""
                1 German German JJ MISC 3 amod
                2 Economy Economy NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Katrin Katrin NNP PERSON 5 compound
                5 Vossberg Vossberg NNP PERSON 13 nsubj
                6 , , , O 5 punct
                7 who who WP O 8 nsubj
                8 visited visit VBD O 5 acl:relcl
                9 China China NNP LOCATION 8 obj
                10 last last JJ O 11 amod
                11 week week NN O 8 obl:tmod
                12 , , , O 5 punct
                13 said say VBD O 0 root
                14 on on IN O 15 case
                15 Monday Monday NNP O 13 obl:on
                16 that that WDT O 20 dep
                17 Berlin Berlin NNP LOCATION 20 nsubj
                18 would would MD O 20 aux
                19 not not RB O 20 advmod
                20 follow follow VB O 13 ccomp
                21 Washington Washington NNP LOCATION 20 obj
                22 in in IN O 25 case
                23 restricting restrict VBG O 25 amod
                24 chip chip NN O 25 compound
                25 exports export NNS O 20 obl:in
                26 . . . O 13 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit CHN") && x.contains(" occurred strong [Katrin Vossberg:visitor]")),
                got.toString());
    }

    @Test void theTwoWhoMetAreThePairOfTheCallBeforeThem() {
        // "Croatian Prime Minister Davor Kovačić phoned Slovenian Prime Minister Matej Zupan on Monday; two days later
        // the two met in Brussels to settle their dispute." (phrasing bank, timelines-relative-two-days-later-01)
        List<String> got = summaries("""
                1 Croatian croatian JJ MISC 3 amod
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Davor Davor NNP PERSON 5 compound
                5 Kovačić Kovačić NNP PERSON 6 nsubj
                6 phoned phone VBD O 0 root
                7 Slovenian Slovenian JJ MISC 9 amod
                8 Prime Prime NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Matej Matej NNP PERSON 11 compound
                11 Zupan Zupan NNP PERSON 6 obj
                12 on on IN O 13 case
                13 Monday Monday NNP O 6 obl:on
                14 ; ; : O 6 punct
                15 two two CD O 16 nummod
                16 days day NNS O 17 obl:npmod
                17 later late RBR O 20 advmod
                18 the the DT O 19 det
                19 two two CD O 20 nsubj
                20 met meet VBN O 6 parataxis
                21 in in IN O 22 case
                22 Brussels Brussels NNP LOCATION 20 obl:in
                23 to to TO O 24 mark
                24 settle settle VB O 20 xcomp
                25 their they PRP$ O 26 nmod:poss
                26 dispute dispute NN O 24 obj
                27 . . . O 6 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting BEL Brussels") && x.contains(" strong ")
                && x.contains("Davor Kovačić") && x.contains("Matej Zupan")), got.toString());
    }

    @Test void whoWasReceivedByAHostIsAParty() {
        // "Malaysian Prime Minister Hafiz Rahman, who was received by Chinese President Gao Jianping in Beijing on
        // Tuesday last week, will host Chinese Premier Lu Zhenhai in Kuala Lumpur on 3 July." (phrasing bank,
        // timelines-relative-weekday-last-week-01)
        List<String> got = summaries("""
                1 Malaysian Malaysian JJ MISC 3 amod
                2 Prime Prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Hafiz Hafiz NNP PERSON 5 compound
                5 Rahman Rahman NNP PERSON 23 nsubj
                6 , , , O 5 punct
                7 who who WP O 9 nsubj:pass
                8 was be VBD O 9 aux:pass
                9 received receive VBN O 5 acl:relcl
                10 by by IN O 14 case
                11 Chinese Chinese JJ MISC 12 amod
                12 President President NNP O 14 compound
                13 Gao Gao NNP PERSON 14 compound
                14 Jianping Jianping NNP PERSON 9 obl
                15 in in IN O 16 case
                16 Beijing Beijing NNP LOCATION 9 obl
                17 on on IN O 18 case
                18 Tuesday Tuesday NNP O 9 obl
                19 last last JJ O 20 amod
                20 week week NN O 9 obl:tmod
                21 , , , O 5 punct
                22 will will MD O 23 aux
                23 host host VB O 0 root
                24 Chinese Chinese JJ MISC 27 amod
                25 Premier Premier NNP O 27 compound
                26 Lu Lu NNP LOCATION 27 compound
                27 Zhenhai Zhenhai NNP LOCATION 23 obj
                28 in in IN O 30 case
                29 Kuala Kuala NNP LOCATION 30 compound
                30 Lumpur Lumpur NNP LOCATION 27 nmod
                31 on on IN O 33 case
                32 3 3 CD O 33 nummod
                33 July July NNP O 23 obl
                34 . . . O 23 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.contains("CHN Beijing") && x.contains(" strong ") && x.contains("Hafiz Rahman")
                && x.contains("Gao Jianping")), got.toString());
    }

    @Test void whoTheEventIsToldAccordingToTakesNoPartInIt() {
        // "President Osei met President Wanjiru on Monday. The two met again for three hours on Tuesday, according to
        // government official Peter Kamau."
        List<String> got = summaries(OSEI_MET_WANJIRU + """

                1 The the DT O 2 det
                2 two two CD O 3 nsubj
                3 met meet VBD O 0 root
                4 again again RB O 3 advmod
                5 for for IN O 7 case
                6 three three CD O 7 nummod
                7 hours hour NNS O 3 obl:for
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP O 3 obl:on
                10 , , , O 3 punct
                11 according accord VBG O 16 case
                12 to to IN O 11 fixed
                13 government government NN O 14 compound
                14 official official NN O 16 compound
                15 Peter Peter NNP PERSON 16 compound
                16 Kamau Kamau NNP PERSON 3 obl:according_to
                17 . . . O 3 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("meeting ") && x.contains("2024-05-14") && x.contains("Osei")), got.toString());
        assertTrue(got.stream().noneMatch(x -> x.contains("Kamau")), got.toString());
    }

    @Test void aRoughDateBeginsOnTheDayItsOpeningIsNamed() {
        // "Kenyan President Amara Osei will visit Ghana next week, with official talks opening on Tuesday in Accra."
        // (Wed 15 May: next week is 20-26 May, its Tuesday the 21st)
        String table = """
                1 Kenyan Kenyan JJ MISC 2 amod
                2 President President NNP O 4 compound
                3 Amara Amara NNP PERSON 4 compound
                4 Osei Osei NNP PERSON 6 nsubj
                5 will will MD O 6 aux
                6 visit visit VB O 0 root
                7 Ghana Ghana NNP LOCATION 6 obj
                8 next next JJ O 9 amod
                9 week week NN O 6 obl:tmod
                10 , , , O 6 punct
                11 with with IN O 13 case
                12 official official JJ O 13 amod
                13 talks talk NNS O 6 obl
                14 opening open VBG O 13 acl
                15 on on IN O 16 case
                16 Tuesday Tuesday NNP O 14 obl
                17 in in IN O 18 case
                18 Accra Accra NNP LOCATION 14 obl
                19 . . . O 6 punct
                """;
        assertTrue(summaries(table).stream().anyMatch(x -> x.startsWith("visit GHA") && x.contains("2024-05-21..2024-05-21 planned strong")),
                summaries(table).toString());
        // the tagger may take "opening" for a noun the date hangs beside
        String noun = table.replace("14 opening open VBG O 13 acl", "14 opening opening NN O 13 nmod").replace("16 Tuesday Tuesday NNP O 14 obl",
                "16 Tuesday Tuesday NNP O 13 nmod");
        assertTrue(summaries(noun).stream().anyMatch(x -> x.startsWith("visit GHA") && x.contains("2024-05-21..2024-05-21 planned strong")),
                summaries(noun).toString());
    }

    @Test void theDayOfLeavingDatesTheEndOfAVisitWrappedUp() {
        // "Tonga's King Tupou VI has wrapped up his state visit to Samoa, leaving Faleolo on a chartered flight on
        // Friday afternoon." (after article 173; published Wed 15 May, the Friday before is the 10th)
        List<String> got = summaries("""
                1 Tonga Tonga NNP LOCATION 5 nmod:poss
                2 's 's POS O 1 case
                3 King King NNP O 5 compound
                4 Tupou Tupou NNP PERSON 5 compound
                5 VI VI NNP PERSON 7 nsubj
                6 has have VBZ O 7 aux
                7 wrapped wrap VBN O 0 root
                8 up up RP O 7 compound:prt
                9 his he PRP$ O 11 nmod:poss
                10 state state NN O 11 compound
                11 visit visit NN O 7 obj
                12 to to IN O 13 case
                13 Samoa Samoa NNP LOCATION 11 nmod
                14 , , , O 7 punct
                15 leaving leave VBG O 7 dep
                16 Faleolo Faleolo NNP O 15 obj
                17 on on IN O 20 case
                18 a a DT O 20 det
                19 chartered chartered JJ O 20 amod
                20 flight flight NN O 15 obl
                21 on on IN O 23 case
                22 Friday Friday NNP O 23 compound
                23 afternoon afternoon NN O 15 obl
                24 . . . O 7 punct
                """);
        assertTrue(got.stream().anyMatch(x -> x.startsWith("visit WSM") && x.contains("2024-05-10..2024-05-10 occurred")), got.toString());
    }

    /** Lengths and dates come from parley's own resolver: these tokens carry no DATE or DURATION tag. */
    @Test void aStatedLengthStretchesTheDayItBegins() {
        // "French Foreign Minister Claire Dubois began a week-long visit to Kenya on Monday." (Monday 13 May)
        assertEquals(List.of("visit KEN null 2024-05-13..2024-05-19 occurred strong [Claire Dubois:visitor]"), summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 began begin VBD O 0 root
                7 a a DT O 11 det
                8 week week NN O 10 obl:npmod
                9 - - HYPH O 10 punct
                10 long long JJ O 11 amod
                11 visit visit NN O 6 obj
                12 to to IN O 13 case
                13 Kenya Kenya NNP LOCATION 11 nmod
                14 on on IN O 15 case
                15 Monday Monday NNP O 6 obl
                16 . . . O 6 punct
                """));
    }

    @Test void theDayOneComesBackFromATripIsItsLast() {
        // "French Foreign Minister Claire Dubois returned home on Tuesday from a week-long trip to Kenya." (Tuesday 14 May)
        assertEquals(List.of("visit KEN null 2024-05-08..2024-05-14 occurred strong [Claire Dubois:visitor]"), summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 returned return VBD O 0 root
                7 home home RB O 6 advmod
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP O 6 obl
                10 from from IN O 15 case
                11 a a DT O 15 det
                12 week week NN O 14 obl:npmod
                13 - - HYPH O 14 punct
                14 long long JJ O 15 amod
                15 trip trip NN O 6 obl
                16 to to IN O 17 case
                17 Kenya Kenya NNP LOCATION 15 nmod
                18 . . . O 6 punct
                """));
    }

    @Test void possessiveTrip() {
        // "Dubois's trip to Nairobi begins on Monday."
        String s = summaries(TRIP_BEGINS).get(0);
        assertTrue(s.startsWith("visit KEN Nairobi "), s);
        assertTrue(s.endsWith(" strong [Dubois:visitor]"), s);
    }

    @Test void theVisitOfAPersonNamesTheVisitor() {
        // "The visit of Dubois to Nairobi begins on Monday."
        String s = summaries("""
                1 The the DT O 2 det
                2 visit visit NN O 7 nsubj
                3 of of IN O 4 case
                4 Dubois Dubois NNP PERSON 2 nmod
                5 to to IN O 6 case
                6 Nairobi Nairobi NNP LOCATION 2 nmod
                7 begins begin VBZ O 0 root
                8 on on IN O 9 case
                9 Monday Monday NNP DATE 7 obl 2024-05-20
                10 . . . O 7 punct
                """).get(0);
        assertTrue(s.startsWith("visit KEN Nairobi "), s);
        assertTrue(s.endsWith(" strong [Dubois:visitor]"), s);
    }

    @Test void aNegationOnTheClauseAVisitOnlyTimesLeavesTheVisit() {
        // "Dubois was not received by Sato during her visit to Nairobi."
        List<String> all = summaries("""
                1 Dubois Dubois NNP PERSON 4 nsubj:pass
                2 was be VBD O 4 aux:pass
                3 not not RB O 4 advmod
                4 received receive VBN O 0 root
                5 by by IN O 6 case
                6 Sato Sato NNP PERSON 4 obl
                7 during during IN O 9 case
                8 her her PRP$ O 9 nmod:poss
                9 visit visit NN O 4 obl
                10 to to IN O 11 case
                11 Nairobi Nairobi NNP LOCATION 9 nmod
                12 . . . O 4 punct
                """);
        assertTrue(all.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi ") && x.contains("Dubois:visitor")), all.toString());
        assertTrue(all.stream().noneMatch(x -> x.startsWith("meeting")), "the reception itself is denied: " + all);
    }

    @Test void thePassiveAgentMayFollowAnotherOblique() {
        // "Dubois was telephoned on Monday by Sato."
        List<String> all = summaries("""
                1 Dubois Dubois NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 telephoned telephone VBN O 0 root
                4 on on IN O 5 case
                5 Monday Monday NNP DATE 3 obl 2024-05-13
                6 by by IN O 7 case
                7 Sato Sato NNP PERSON 3 obl
                8 . . . O 3 punct
                """);
        assertTrue(all.stream().anyMatch(x -> x.startsWith("call ") && x.contains("Dubois") && x.contains("Sato")), all.toString());
    }

    @Test void theirCallIsTheCallOfThePairJustReported() {
        // "Dubois met Sato on Monday. Following their May 3 phone call, they will discuss trade."
        List<String> all = summaries("""
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Sato Sato NNP PERSON 2 obj
                4 on on IN O 5 case
                5 Monday Monday NNP DATE 2 obl 2024-05-13
                6 . . . O 2 punct

                1 Following follow VBG O 6 case
                2 their their PRP$ O 6 nmod:poss
                3 May May NNP DATE 6 compound 2024-05-03
                4 3 3 CD DATE 3 nummod 2024-05-03
                5 phone phone NN O 6 compound
                6 call call NN O 9 obl
                7 , , , O 9 punct
                8 they they PRP O 9 nsubj
                9 discuss discuss VB O 0 root
                10 trade trade NN O 9 obj
                11 . . . O 9 punct
                """);
        assertTrue(all.stream().anyMatch(x -> x.startsWith("call ") && x.contains("2024-05-03..2024-05-03")
                && x.contains("Dubois") && x.contains("Sato")), all.toString());
    }

    private static final String VISIT_NOT = """
                1 Dubois Dubois NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 visit visit NN O 8 nsubj:pass
                4 to to IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 3 nmod
                6 was be VBD O 8 aux:pass
                7 not not RB O 8 advmod
                8 %s %s VBN O 0 root
                %s
                """;

    @Test void aVisitNotHostedBySomeoneStillTookPlace() {
        // "Dubois's visit to Nairobi was not hosted by Sato." — Sato's absence, not the visit's
        List<String> all = summaries(VISIT_NOT.formatted("hosted", "host", """
                9 by by IN O 10 case
                10 Sato Sato NNP PERSON 8 obl
                11 . . . O 8 punct"""));
        assertTrue(all.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi")), all.toString());
    }

    @Test void aVisitNotHeldIsDenied() {
        // "Dubois's visit to Nairobi was not held."
        List<String> all = summaries(VISIT_NOT.formatted("held", "hold", "9 . . . O 8 punct"));
        assertTrue(all.stream().noneMatch(x -> x.startsWith("visit")), all.toString());
    }

    @Test void aWhereClauseOnAPlaceIsTheDestination() {
        // "Dubois is in Nairobi, where she arrived on Monday."
        List<String> all = summaries("""
                1 Dubois Dubois NNP PERSON 4 nsubj
                2 is be VBZ O 4 cop
                3 in in IN O 4 case
                4 Nairobi Nairobi NNP LOCATION 0 root
                5 , , , O 4 punct
                6 where where WRB O 8 advmod
                7 she she PRP O 8 nsubj
                8 arrived arrive VBD O 4 acl:relcl
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 8 obl 2024-05-13
                11 . . . O 4 punct
                """);
        assertTrue(all.stream().anyMatch(x -> x.startsWith("visit KEN Nairobi") && x.contains("Dubois:visitor")), all.toString());
    }

    @Test void possessiveTripBeginningNextMonday() {
        assertEquals(List.of("visit KEN Nairobi 2024-05-20..2024-05-20 planned strong [Dubois:visitor]"), summaries(TRIP_BEGINS));
    }

    @Test void announcementDateIsNotTheTripDate() {
        // "Dubois's trip to Nairobi was announced on Tuesday.": Tuesday dates the announcement, not the trip
        // (whether the trip lies ahead or behind, the sentence does not say; the status is not checked)
        String s = summaries("""
                1 Dubois Dubois NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 trip trip NN O 7 nsubj:pass
                4 to to IN O 5 case
                5 Nairobi Nairobi NNP LOCATION 3 nmod
                6 was be VBD O 7 aux:pass
                7 announced announce VBN O 0 root
                8 on on IN O 9 case
                9 Tuesday Tuesday NNP DATE 7 obl 2024-05-14
                10 . . . O 7 punct
                """).get(0);
        assertTrue(s.startsWith("visit KEN Nairobi undated "), s);
    }

    @Test void metOnFridayInThePast() {
        // "Britain's top diplomat, Oliver Grant, met Kenji Sato in Lisbon on Friday." Published Wed 15 May 2024 and in
        // the past tense: the Friday before, 10 May (SUTime's timex says the 17th; parley resolves by tense).
        assertEquals(List.of("meeting PRT Lisbon 2024-05-10..2024-05-10 occurred strong [Oliver Grant:participant, Kenji Sato:counterpart]"),
                summaries("""
                1 Britain Britain NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 top top JJ O 4 amod
                4 diplomat diplomat NN O 9 nsubj
                5 , , , O 4 punct
                6 Oliver Oliver NNP PERSON 7 compound
                7 Grant Grant NNP PERSON 4 appos
                8 , , , O 4 punct
                9 met meet VBD O 0 root
                10 Kenji Kenji NNP PERSON 11 compound
                11 Sato Sato NNP PERSON 9 obj
                12 in in IN O 13 case
                13 Lisbon Lisbon NNP LOCATION 9 obl
                14 on on IN O 15 case
                15 Friday Friday NNP DATE 9 obl 2024-05-17
                16 . . . O 9 punct
                """));
    }

    @Test void willMeetOnFridayInTheFuture() {
        // "Grant will meet Sato on Friday." Future tense from Wed 15 May: Friday 17 May.
        assertEquals(List.of("meeting null null 2024-05-17..2024-05-17 planned strong [Grant:participant, Sato:counterpart]"),
                summaries("""
                1 Grant Grant NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 meet meet VB O 0 root
                4 Sato Sato NNP PERSON 3 obj
                5 on on IN O 6 case
                6 Friday Friday NNP DATE 3 obl 2024-05-17
                7 . . . O 3 punct
                """));
    }

    @Test void spokeByPhone() {
        // "Grant spoke by phone with his Turkish counterpart Emre Yilmaz."
        List<String> s = summaries("""
                1 Grant Grant NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 by by IN O 4 case
                4 phone phone NN O 2 obl
                5 with with IN O 8 case
                6 his he PRP$ O 8 nmod:poss
                7 Turkish Turkish JJ MISC 8 amod
                8 counterpart counterpart NN O 2 obl
                9 Emre Emre NNP PERSON 10 compound
                10 Yilmaz Yilmaz NNP PERSON 8 dep
                11 . . . O 2 punct
                """);
        assertEquals(List.of("call null null undated occurred strong [Grant:participant, Emre Yilmaz:counterpart]"), s);
    }

    @Test void namedSummitWithItsPlace() {
        // "Leaders gathered for the NATO summit in Vilnius."
        assertEquals(List.of("summit LTU Vilnius undated occurred strong [] NATO"), summaries("""
                1 Leaders leader NNS O 2 nsubj
                2 gathered gather VBD O 0 root
                3 for for IN O 6 case
                4 the the DT O 6 det
                5 NATO NATO NNP ORGANIZATION 6 compound
                6 summit summit NN O 2 obl
                7 in in IN O 8 case
                8 Vilnius Vilnius NNP LOCATION 6 nmod
                9 . . . O 2 punct
                """));
    }

    @Test void pressConferenceAndInterviewAreNotEvents() {
        // "Grant held a press conference in Rome." / "Yilmaz said in an interview that Greece was a friend."
        assertEquals(List.of(), summaries("""
                1 Grant Grant NNP PERSON 2 nsubj
                2 held hold VBD O 0 root
                3 a a DT O 5 det
                4 press press NN O 5 compound
                5 conference conference NN O 2 obj
                6 in in IN O 7 case
                7 Rome Rome NNP LOCATION 2 obl
                8 . . . O 2 punct

                1 Yilmaz Yilmaz NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 in in IN O 5 case
                4 an a DT O 5 det
                5 interview interview NN O 2 obl
                6 that that IN O 10 mark
                7 Greece Greece NNP LOCATION 10 nsubj
                8 was be VBD O 10 cop
                9 a a DT O 10 det
                10 friend friend NN O 2 ccomp
                11 . . . O 2 punct
                """));
    }

    @Test void possibleVisitIsProposed() {
        // "The talks could pave the way for a possible visit by Yilmaz to Athens."
        // (the talks themselves give only a weak, one-sided mention, which cannot make an event on its own)
        assertEquals(List.of("visit GRC Athens undated proposed strong [Yilmaz:visitor]"), strong(summaries("""
                1 The the DT O 2 det
                2 talks talk NNS O 4 nsubj
                3 could could MD O 4 aux
                4 pave pave VB O 0 root
                5 the the DT O 6 det
                6 way way NN O 4 obj
                7 for for IN O 10 case
                8 a a DT O 10 det
                9 possible possible JJ O 10 amod
                10 visit visit NN O 4 obl
                11 by by IN O 12 case
                12 Yilmaz Yilmaz NNP PERSON 10 nmod
                13 to to IN O 14 case
                14 Athens Athens NNP LOCATION 10 nmod
                15 . . . O 4 punct
                """)));
    }

    @Test void postponedVisitIsCancelled() {
        // "Yilmaz postponed his visit to Athens."
        assertEquals(List.of("visit GRC Athens undated cancelled strong [Yilmaz:visitor]"), summaries("""
                1 Yilmaz Yilmaz NNP PERSON 2 nsubj
                2 postponed postpone VBD O 0 root
                3 his he PRP$ O 4 nmod:poss
                4 visit visit NN O 2 obj
                5 to to IN O 6 case
                6 Athens Athens NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
    }

    @Test void offsetsCountCodePointsAfterAnEmoji() {
        // "🇹🇷 ... Grant will visit Ankara ." — the flag is two code points but four UTF-16 chars
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 🇹🇷 🇹🇷 NFP O 2 discourse
                2 Breaking breaking NN O 0 root
                3 . . . O 2 punct

                1 Grant Grant NNP PERSON 3 nsubj
                2 will will MD O 3 aux
                3 visit visit VB O 0 root
                4 Ankara Ankara NNP LOCATION 3 obj
                5 . . . O 3 punct
                """);
        List<Candidate> cs = detect(doc);
        assertEquals(1, cs.size());
        Candidate c = cs.get(0);
        String text = doc.text();
        assertEquals("🇹🇷 Breaking . Grant will visit Ankara .", text);
        assertEquals(16, c.begin(), "UTF-16 offset: 4 chars of flag + ' Breaking . '");
        assertEquals(14, c.start(), "code points: 2 for the flag");
        assertEquals(c.stop() - c.start(), c.text().codePointCount(0, c.text().length()));
        assertEquals(c.text(), new String(text.codePoints().skip(c.start()).limit(c.stop() - c.start()).toArray(), 0,
                c.stop() - c.start()));
        assertTrue(c.strong());
    }

    @Test void aGroupOfAnotherStateIsTheOtherSide() {
        // "French Foreign Minister Claire Dubois met Saudi officials on Monday."
        List<String> s = summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Saudi Saudi JJ MISC 8 amod
                8 officials official NNS O 6 obj
                9 on on IN O 10 case
                10 Monday Monday NNP DATE 6 obl 2024-05-13
                11 . . . O 6 punct
                """);
        assertEquals(List.of("meeting null null 2024-05-13..2024-05-13 occurred strong [Claire Dubois:participant]"), s);
        AnnotatedDoc doc = Docs.parse(PUBLISHED, """
                1 Dubois Dubois NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Saudi Saudi JJ MISC 4 amod
                4 officials official NNS O 2 obj
                5 . . . O 2 punct
                """);
        assertEquals(List.of("SAU"), detect(doc).get(0).parties());
    }

    @Test void aGroupOfOnesOwnStateIsNoSide() {
        // "French Foreign Minister Claire Dubois met French officials." is no diplomatic meeting
        List<String> s = summaries("""
                1 French French JJ MISC 3 amod
                2 Foreign Foreign NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Claire Claire NNP PERSON 5 compound
                5 Dubois Dubois NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 French French JJ MISC 8 amod
                8 officials official NNS O 6 obj
                9 . . . O 6 punct
                """);
        assertTrue(s.stream().noneMatch(x -> x.contains(" strong ")), s.toString());
    }
}
