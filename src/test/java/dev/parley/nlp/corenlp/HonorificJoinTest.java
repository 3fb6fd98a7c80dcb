package dev.parley.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences CoreNLP's splitter ends at an honorific acronym are joined to the next (no models needed: the tokens are
 * built here as the tokenizer gives them, "H.E." covering "H.E" and the period split off after it).
 */
class HonorificJoinTest {
    private static final String TEXT = "She spoke with H.E. Mr. Adebayo Okafor. The U.S. Both agreed.";

    /** Sentences of [word, begin, end] tokens over TEXT. */
    private static Annotation split(String[][][] sentences) {
        Annotation ann = new Annotation(TEXT);
        List<CoreMap> out = new ArrayList<>();
        for (String[][] sentence : sentences) {
            List<CoreLabel> tokens = new ArrayList<>();
            for (String[] t : sentence) {
                CoreLabel l = new CoreLabel();
                l.setWord(t[0]);
                l.setValue(t[0]);
                l.setBeginPosition(Integer.parseInt(t[1]));
                l.setEndPosition(Integer.parseInt(t[2]));
                tokens.add(l);
            }
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, tokens);
            out.add(m);
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
        return ann;
    }

    private static List<String> sentences(Annotation ann) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            StringBuilder b = new StringBuilder();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) b.append(b.length() == 0 ? "" : " ").append(t.word());
            out.add(b.toString());
        }
        return out;
    }

    @Test void aSentenceCutAtAnHonorificGoesOnIntoTheNext() {
        Annotation ann = split(new String[][][] {
                {{"She", "0", "3"}, {"spoke", "4", "9"}, {"with", "10", "14"}, {"H.E.", "15", "18"}, {".", "18", "19"}},
                {{"Mr.", "20", "23"}, {"Adebayo", "24", "31"}, {"Okafor", "32", "38"}, {".", "38", "39"}},
                {{"The", "40", "43"}, {"U.S.", "44", "47"}, {".", "47", "48"}},
                {{"Both", "49", "53"}, {"agreed", "54", "60"}, {".", "60", "61"}}});
        CoreNlpEngine.joinAfterHonorifics(ann);
        assertEquals(List.of("She spoke with H.E. Mr. Adebayo Okafor .", "The U.S. .", "Both agreed ."), sentences(ann),
                "an honorific is joined to the name after it; another acronym still ends its sentence");
        CoreMap first = ann.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        assertEquals("She spoke with H.E. Mr. Adebayo Okafor.", first.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = first.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(19, tokens.get(3).endPosition(), "the honorific takes back its period");
        assertEquals(8, tokens.size());
        assertEquals(8, tokens.get(7).index());
        assertEquals(2, ann.get(CoreAnnotations.SentencesAnnotation.class).get(2).get(CoreAnnotations.SentenceIndexAnnotation.class));
    }
}
