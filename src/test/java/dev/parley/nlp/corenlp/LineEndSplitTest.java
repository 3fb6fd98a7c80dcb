package dev.parley.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In a text written a paragraph per line, a line ending without punctuation ends its sentence (no models needed: the
 * splitter's output is built here, one sentence of whitespace-separated tokens where CoreNLP saw no period).
 */
class LineEndSplitTest {
    /** A lede longer than any wrapping width, so the text is one of a paragraph per line. */
    private static final String LEDE = "President Amara Osei arrived in Nairobi on Wednesday for a three-day official visit,"
            + " where she has held a series of meetings with her counterpart on trade, security and the shared border.";

    /** The text as one sentence of tokens, each run of non-space characters a token (DatelineSplitTest's too). */
    static Annotation oneSentence(String text) {
        Annotation ann = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            CoreLabel l = new CoreLabel();
            l.setWord(m.group());
            l.setValue(m.group());
            l.setBeginPosition(m.start());
            l.setEndPosition(m.end());
            tokens.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        List<CoreMap> sentences = new ArrayList<>(List.of(s));
        ann.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return ann;
    }

    private static List<String> sentences(Annotation ann) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> words = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) words.add(t.word());
            out.add(String.join(" ", words));
        }
        return out;
    }

    @Test void aHeadlineADateLineAndALedeAreThreeSentences() {
        String text = "Osei arrives in Kenya, tells hosts \"Kenya is a partner\"\nUpdated: May 15, 2024 9:57am\n" + LEDE;
        Annotation ann = oneSentence(text);
        CoreNlpEngine.splitAtLineEnds(ann);
        List<String> got = sentences(ann);
        assertEquals(3, got.size(), got.toString());
        assertEquals("Osei arrives in Kenya, tells hosts \"Kenya is a partner\"", got.get(0));
        assertEquals("Updated: May 15, 2024 9:57am", got.get(1));
        CoreMap lede = ann.get(CoreAnnotations.SentencesAnnotation.class).get(2);
        assertEquals(LEDE, lede.get(CoreAnnotations.TextAnnotation.class));
        assertEquals(2, lede.get(CoreAnnotations.SentenceIndexAnnotation.class));
        assertEquals(1, lede.get(CoreAnnotations.TokensAnnotation.class).get(0).index(), "tokens numbered from 1 again");
    }

    @Test void hardWrappedTextIsLeftAsItIs() {
        // a line ends in the middle of a sentence before a lower-case word, so a line end before a capital ("Amara")
        // may be inside a name too
        String text = "Osei arrives in Kenya\nThe visit of President\nAmara Osei to Nairobi, the\ncapital, began. " + LEDE;
        assertFalse(CoreNlpEngine.paragraphPerLine(text));
        Annotation ann = oneSentence(text);
        CoreNlpEngine.splitAtLineEnds(ann);
        assertEquals(1, sentences(ann).size());
    }

    @Test void onlyALineLongerThanAnyWrappingWidthShowsAParagraphPerLine() {
        assertTrue(CoreNlpEngine.paragraphPerLine("Osei arrives\n" + LEDE));
        assertFalse(CoreNlpEngine.paragraphPerLine("Osei arrives\nThe visit of President\nAmara Osei began."),
                "short lines may be wrapped ones");
        assertTrue(CoreNlpEngine.unpunctuatedLineEnd("tells hosts \"Kenya is a partner\""));
        assertFalse(CoreNlpEngine.unpunctuatedLineEnd("said \"Kenya is a partner.\""));
    }
}
