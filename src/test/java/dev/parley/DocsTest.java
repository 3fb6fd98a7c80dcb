package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Token;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The test helper itself: offsets from the joined words, and clear errors for malformed tables. */
class DocsTest {
    private static final LocalDate D = LocalDate.of(2024, 5, 15);

    @Test void offsetsFollowTheJoinedWords() {
        AnnotatedDoc doc = Docs.parse(D, """
                # a comment
                1 Grant Grant NNP PERSON 2 nsubj
                2 left leave VBD O 0 root
                3 . . . O 2 punct

                1 He he PRP O 2 nsubj
                2 returned _ VBD O 0 root
                3 Monday Monday NNP DATE 2 obl:tmod 2024-05-20
                """);
        assertEquals("Grant left . He returned Monday", doc.text());
        assertEquals(2, doc.sentences().size());
        Token monday = doc.sentences().get(1).token(3);
        assertEquals("Monday", doc.text().substring(monday.begin(), monday.end()));
        assertEquals("2024-05-20", monday.timex());
        assertEquals("returned", doc.sentences().get(1).token(2).lemma(), "_ is the lower-cased word");
        assertEquals(D, doc.article().published());
        assertEquals(1, doc.sentences().get(1).index());
    }

    private static String error(String table) {
        return assertThrows(IllegalArgumentException.class, () -> Docs.parse(D, table)).getMessage();
    }

    @Test void malformedTablesSayWhatIsWrong() {
        assertTrue(error("1 Grant Grant NNP PERSON 0\n").contains("expected 7 or 8 fields"));
        assertTrue(error("1 Grant Grant NNP PERSON x root\n").contains("head is not a number"));
        assertTrue(error("2 Grant Grant NNP PERSON 0 root\n").contains("out of order"));
        assertTrue(error("1 Grant Grant NNP PERSON 5 nsubj\n2 left leave VBD O 0 root\n").contains("outside 0..2"));
        assertTrue(error("1 Grant Grant NNP PERSON 2 nsubj\n2 left leave VBD O 1 dep\n").contains("0 roots"));
        assertTrue(error("1 Grant Grant NNP PERSON 0 nsubj\n").contains("needs relation 'root'"));
        assertTrue(error("1 Grant Grant NNP person 0 root\n").contains("upper case"));
        assertTrue(error("1 a a DT O 2 det\n2 b b NN O 3 dep\n3 c c NN O 2 dep\n4 d d VB O 0 root\n").contains("cycle"));
        assertTrue(error("\n\n").contains("empty"));
        String msg = error("1 Grant Grant NNP PERSON 2 nsubj\n2 left leave VBD O 0 root extra more\n");
        assertTrue(msg.contains("line 2"), msg);
    }
}
