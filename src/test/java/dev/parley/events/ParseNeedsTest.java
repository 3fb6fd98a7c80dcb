package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Which sentences the detector asks to have parsed, from tags and lemmas (the parses below are not read first). */
class ParseNeedsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static BitSet needs(String table) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        return EventDetector.parseNeeds().of(doc);
    }

    private static BitSet of(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) b.set(i);
        return b;
    }

    @Test void aSentenceWithoutATriggerWordIsNotParsed() {
        // "Prices rose. Lavrov met Wang."
        assertEquals(of(1), needs("""
                1 Prices price NNS O 2 nsubj
                2 rose rise VBD O 0 root
                3 . . . O 2 punct

                1 Lavrov Lavrov NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Wang Wang NNP PERSON 2 obj
                4 . . . O 2 punct
                """));
    }

    @Test void aVisitNeedsSomeoneToBeTheVisitor() {
        // "The team will travel to Paris." has no person; "She will travel to Paris." may refer to one
        assertEquals(of(), needs("""
                1 The the DT O 2 det
                2 team team NN O 4 nsubj
                3 will will MD O 4 aux
                4 travel travel VB O 0 root
                5 to to IN O 6 case
                6 Paris Paris NNP LOCATION 4 obl
                7 . . . O 4 punct
                """));
        assertEquals(of(0), needs("""
                1 She she PRP O 3 nsubj
                2 will will MD O 3 aux
                3 travel travel VB O 0 root
                4 to to IN O 5 case
                5 Paris Paris NNP LOCATION 3 obl
                6 . . . O 3 punct
                """));
    }

    @Test void aDefiniteTripToAPlaceIsParsedForTheArticlesTraveller() {
        // "The Tokyo trip was a success." may be the trip of the one person the article has travelling
        assertEquals(of(0), needs("""
                1 The the DT O 3 det
                2 Tokyo Tokyo NNP LOCATION 3 compound
                3 trip trip NN O 6 nsubj
                4 was be VBD O 6 cop
                5 a a DT O 6 det
                6 success success NN O 0 root
                7 . . . O 6 punct
                """));
    }

    @Test void aSentenceThatNamesNoPossiblePartyIsNotParsed() {
        // "The committee will meet on Thursday." names no one who could be a party; "The ministers will meet on
        // Thursday." and "The EU will meet on Thursday." may
        String committee = """
                1 The the DT O 2 det
                2 committee committee NN O 4 nsubj
                3 will will MD O 4 aux
                4 meet meet VB O 0 root
                5 on on IN O 6 case
                6 Thursday Thursday NNP DATE 4 obl
                7 . . . O 4 punct
                """;
        assertEquals(of(), needs(committee));
        assertEquals(of(0), needs(committee.replace("2 committee committee NN O 4 nsubj", "2 ministers minister NNS O 4 nsubj")));
        assertEquals(of(0), needs(committee.replace("2 committee committee NN O 4 nsubj", "2 EU EU NNP ORGANIZATION 4 nsubj")));
        // "The summit will open on Thursday." may be the summit its article names
        assertEquals(of(0), needs(committee.replace("2 committee committee NN O 4 nsubj", "2 summit summit NN O 4 nsubj")
                .replace("4 meet meet VB O 0 root", "4 open open VB O 0 root")));
    }

    @Test void aConditionOfTheRuleThatCannotHoldKeepsTheSentenceUnparsed() {
        // "They called the plan a failure.": calling needs a person, a group or a call word; none is here
        assertEquals(of(), needs("""
                1 They they PRP O 2 nsubj
                2 called call VBD O 0 root
                3 the the DT O 4 det
                4 plan plan NN O 2 obj
                5 a a DT O 6 det
                6 failure failure NN O 2 xcomp
                7 . . . O 2 punct
                """));
    }

    @Test void aPronounWhereARuleFiresAsksForTheSentencesItsReferentMayBeIn() {
        // "Lavrov spoke. Prices rose. Stocks fell. Oil slid. Gold held. He met Wang." -- parsed, "He met Wang" fires
        // meet-verb: the two sentences before it, where its referent is looked for
        assertEquals(of(3, 4, 5), needs(FIVE_BEFORE + HE_MET_WANG));
        assertEquals(of(5), needs(FIVE_BEFORE + """
                1 Putin Putin NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Wang Wang NNP PERSON 2 obj
                4 . . . O 2 punct
                """), "without a pronoun, nothing before is needed");
    }

    @Test void aPronounSubjectThereAsksForTheSentencesBeforeItToo() {
        // "Lavrov spoke. Prices rose. Stocks fell. Oil slid. He held. He met Wang.": "He held" passes its referent on,
        // so its own two sentences before are read; "his" is no subject and passes nothing on
        String chained = FIVE_BEFORE.replace("1 Gold gold NN O 2 nsubj", "1 He he PRP O 2 nsubj");
        assertEquals(of(2, 3, 4, 5), needs(chained + HE_MET_WANG));
        String possessive = FIVE_BEFORE.replace("1 Gold gold NN O 2 nsubj", "1 His his PRP$ O 2 nmod:poss");
        assertEquals(of(3, 4, 5), needs(possessive + HE_MET_WANG));
    }

    @Test void aPronounThatTravelsAsksForTheSentencesBeforeItButOneThatDoesNotTravelDoesNot() {
        // "Lavrov spoke. Prices rose. Stocks fell. Oil slid. Gold held. He left Doha." -- a departure told of "He";
        // "Lavrov said he would go on" names Lavrov and has "go", but no pronoun travels by a verb the departure rules read
        assertEquals(of(3, 4, 5), needs(FIVE_BEFORE + """
                1 He he PRP O 2 nsubj
                2 left leave VBD O 0 root
                3 Doha Doha NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals(of(5), needs(FIVE_BEFORE + """
                1 Lavrov Lavrov NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 his his PRP$ O 4 nmod:poss
                4 team team NN O 6 nsubj
                5 would would MD O 6 aux
                6 go go VB O 2 ccomp
                7 on on RP O 6 compound:prt
                8 . . . O 2 punct
                """));
    }

    private static final String FIVE_BEFORE = """
            1 Lavrov Lavrov NNP PERSON 2 nsubj
            2 spoke speak VBD O 0 root
            3 . . . O 2 punct

            1 Prices price NNS O 2 nsubj
            2 rose rise VBD O 0 root
            3 . . . O 2 punct

            1 Stocks stock NNS O 2 nsubj
            2 fell fall VBD O 0 root
            3 . . . O 2 punct

            1 Oil oil NN O 2 nsubj
            2 slid slide VBD O 0 root
            3 . . . O 2 punct

            1 Gold gold NN O 2 nsubj
            2 held hold VBD O 0 root
            3 . . . O 2 punct

            """;

    private static final String HE_MET_WANG = """
            1 He he PRP O 2 nsubj
            2 met meet VBD O 0 root
            3 Wang Wang NNP PERSON 2 obj
            4 . . . O 2 punct
            """;
}
