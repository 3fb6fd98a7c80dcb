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
 * A paragraph that opens with a dateline is cut after it, so the lede is parsed as a sentence of its own (no models
 * needed: the splitter's output is built here, one sentence of whitespace-separated tokens).
 */
class DatelineSplitTest {
    private static final String LEDE = "The state visit by President Amara Osei, which was to have begun on Monday, has been postponed.";

    /** The sentences after the cut, as their texts. */
    private static List<String> split(String text) {
        Annotation ann = LineEndSplitTest.oneSentence(text);
        CoreNlpEngine.splitAfterDatelines(ann);
        List<String> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            out.add(text.substring(t.get(0).beginPosition(), t.get(t.size() - 1).endPosition()));
        }
        return out;
    }

    @Test void wireDatelinesAreCutFromTheLede() {
        for (String dateline : List.of("NAIROBI, 21 January (Reuters) –", "NAIROBI —", "DAR ES SALAAM, May 6 -",
                "WASHINGTON, D.C., May 3 (AP) --", "ACCRA (Wire) -", "Nairobi [Kenya], Jan. 21 (ANI):", "April 9 (UPI) --",
                "WASHINGTON (Wire News / Agency - 12th November, 2021) -")) {
            assertEquals(List.of(dateline, LEDE), split(dateline + " " + LEDE), dateline);
        }
    }

    @Test void openingsThatAreNoDatelineStay() {
        for (String text : List.of("US President Amara Osei – who arrived on Monday – met the prime minister in Nairobi.",
                "Amara Osei: the visit that was to have begun on Monday has been postponed, her office said.",
                "NAIROBI welcomed the president on Monday - and the talks began at once.",
                "US, China agree - officials say the talks will resume on Monday in Geneva.",
                "NATO, the alliance said: allies will meet on Monday in Brussels.",
                "Meanwhile, the two ministers (pictured) - who met on Monday - agreed to talk again.",
                "Osei, Ruto to meet: the two leaders will hold talks in Nairobi on Monday.")) {
            assertEquals(List.of(text), split(text), text);
        }
    }

    @Test void aDatelineIsCutOnlyWhereItOpensALine() {
        // one sentence that begins after other text on its line: the caps are no dateline of a paragraph
        Annotation ann = LineEndSplitTest.oneSentence("Talks. NAIROBI — " + LEDE);
        List<CoreLabel> all = ann.get(CoreAnnotations.SentencesAnnotation.class).get(0).get(CoreAnnotations.TokensAnnotation.class);
        CoreMap second = new ArrayCoreMap();
        second.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(all.subList(1, all.size())));
        CoreMap first = new ArrayCoreMap();
        first.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(all.subList(0, 1)));
        ann.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(first, second)));
        CoreNlpEngine.splitAfterDatelines(ann);
        assertEquals(2, ann.get(CoreAnnotations.SentencesAnnotation.class).size());
    }
}
