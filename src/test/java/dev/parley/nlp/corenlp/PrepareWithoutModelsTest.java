package dev.parley.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.nlp.NlpConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up the CLI runs while the models load tokenizes and lemmatises with no model (a unit test has none loaded). */
class PrepareWithoutModelsTest {
    @Test
    void tokenizesAndLemmatisesItsSentence() {
        assertEquals(List.of("minister", "met", "in", "beijing", "."), CoreNlpEngine.prepareWithoutModels(NlpConfig.defaults()));
    }
}
