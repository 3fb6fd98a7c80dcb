package dev.parley.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A phrasal entry of a word list ("call off", "wrap up") is its verb with that particle, never the verb alone. */
class LexiconTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** "Kenya called off the summit" as CoreNLP 4.5.10 parses it. */
    private static final String CALLED_OFF = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 called call VBD O 0 root
            3 off off RP O 2 compound:prt
            4 the the DT O 5 det
            5 summit summit NN O 2 obj
            """;

    /** "Kenya called the minister". */
    private static final String CALLED = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 called call VBD O 0 root
            3 the the DT O 4 det
            4 minister minister NN O 2 obj
            """;

    /** "Kenya called up the minister": a particle other than the entry's. */
    private static final String CALLED_UP = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 called call VBD O 0 root
            3 up up RP O 2 compound:prt
            4 the the DT O 5 det
            5 minister minister NN O 2 obj
            """;

    private static Deps deps(String table) {
        AnnotatedDoc doc = Docs.parse(PUBLISHED, table);
        return new Deps(doc.sentences().get(0));
    }

    @Test
    void aPhrasalEntryNeedsItsParticle() {
        Set<String> list = Set.of("call off", "cancel");
        assertTrue(Lexicon.has(list, deps(CALLED_OFF), 2), "called off");
        assertFalse(Lexicon.has(list, deps(CALLED), 2), "called, without a particle");
        assertFalse(Lexicon.has(list, deps(CALLED_UP), 2), "called up");
    }

    @Test
    void aSingleWordEntryMatchesWithOrWithoutAParticle() {
        assertTrue(Lexicon.has(Set.of("call"), deps(CALLED), 2));
        assertTrue(Lexicon.has(Set.of("call"), deps(CALLED_UP), 2));
        assertFalse(Lexicon.has(Set.of("call"), deps(CALLED), 4), "the minister");
    }

    @Test
    void theCueListsHoldThePhrasalVerbsNotTheirBareVerbs() {
        // a bare 'call' in CANCEL would cancel every event near a phone call; 'wrap' alone is wrapping a gift
        assertTrue(Lexicon.CANCEL.containsAll(Set.of("call off", "rule out", "put off")), Lexicon.CANCEL.toString());
        assertFalse(Lexicon.CANCEL.contains("call") || Lexicon.CANCEL.contains("rule") || Lexicon.CANCEL.contains("put"),
                Lexicon.CANCEL.toString());
        assertTrue(Lexicon.END_VERBS.contains("wrap up") && !Lexicon.END_VERBS.contains("wrap"), Lexicon.END_VERBS.toString());
        assertTrue(Lexicon.has(Lexicon.CANCEL, deps(CALLED_OFF), 2), "called off");
        assertFalse(Lexicon.has(Lexicon.CANCEL, deps(CALLED), 2), "called");
    }
}
