package dev.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised noun-phrase head the tagger read as a verb is a noun before the parse. */
class TitleCaseNounsTest {
    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test void aCapitalisedHeadAfterAPossessiveIsANoun() {
        // "Concluding his maiden State Visit to the United States on Friday"
        List<String> w = words("Concluding his maiden State Visit to the United States");
        List<String> t = List.of("VBG", "PRP$", "NN", "NN", "VB", "IN", "DT", "NNP", "NNPS");
        assertEquals(List.of("VBG", "PRP$", "NN", "NN", "NN", "IN", "DT", "NNP", "NNPS"), TitleCaseNouns.repair(w, t));
        // "the Official Visits of the year": a present verb in "-s" is a plural noun
        assertEquals(List.of("DT", "NNP", "NNS", "IN"),
                TitleCaseNouns.repair(words("the Official Visits of"), List.of("DT", "NNP", "VBZ", "IN")));
    }

    @Test void verbsOfHeadlinesAndOfClausesStayVerbs() {
        // a title-case headline goes on capitalised, and its verb has no determiner before it
        List<String> headline = words("Modi Concludes US State Visit And Emplanes For Egypt");
        List<String> tags = List.of("NNP", "VBZ", "NNP", "NN", "VB", "CC", "VBZ", "IN", "NNP");
        assertEquals(tags, TitleCaseNouns.repair(headline, tags));
        // "the leaders will Visit", "to Visit": no determiner right before the nouns before the verb
        assertEquals(List.of("DT", "NNS", "MD", "VB", "IN"),
                TitleCaseNouns.repair(words("the leaders will Visit on"), List.of("DT", "NNS", "MD", "VB", "IN")));
        // a lower-case verb is the tagger's own reading
        assertEquals(List.of("PRP$", "NN", "VB", "IN"),
                TitleCaseNouns.repair(words("his State visit to"), List.of("PRP$", "NN", "VB", "IN")));
    }

    @Test void aWordInsideANameTheTaggerReadAsAVerbIsAProperNoun() {
        // "arrived in Dar es Salaam on Sunday": "es" is a word of the place's name, not a verb
        List<String> ners = List.of("O", "O", "LOCATION", "LOCATION", "LOCATION", "O", "DATE");
        assertEquals(List.of("VBD", "IN", "NNP", "NNP", "NNP", "IN", "NNP"),
                TitleCaseNouns.repairNames(List.of("VBD", "IN", "NNP", "VBZ", "NNP", "IN", "NNP"), ners));
        // a verb beside a name, or between two different ones, is the tagger's own reading
        assertEquals(List.of("NNP", "VBZ", "NNP"),
                TitleCaseNouns.repairNames(List.of("NNP", "VBZ", "NNP"), List.of("PERSON", "O", "LOCATION")));
        assertEquals(List.of("NNP", "VBZ", "NNP"),
                TitleCaseNouns.repairNames(List.of("NNP", "VBZ", "NNP"), List.of("PERSON", "PERSON", "LOCATION")));
    }
}
