package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Adding unrelated articles never changes the events of the others: the sample corpus run alone and together with
 * src/test/resources/namesakes (20 invented events whose officials share a family or given name with the sample's
 * people: another Wang, another Lavrov, a Sarah Austin, a Kim Min-seo) gives the same sample events, field for
 * field, and no event mixes the two folders.
 */
class NamesakesIT {
    private static final Path SAMPLE = Path.of("corpus/articles");
    private static final Path NAMESAKES = Path.of("src/test/resources/namesakes");

    private static List<DiplomaticEvent> run(List<Path> inputs) throws Exception {
        Corpus corpus = new CorpusReader((LocalDate) null).read(inputs);
        return new Parley(SharedEngine::get, 2).run(corpus, Parley.Progress.NONE).events();
    }

    private static Set<String> documents(DiplomaticEvent e) {
        Set<String> out = new TreeSet<>();
        for (EventMention m : e.mentions()) out.add(m.document());
        return out;
    }

    @Test
    void theSampleEventsAreTheSameWithNamesakeArticlesAdded() throws Exception {
        List<DiplomaticEvent> alone = run(List.of(SAMPLE));
        List<DiplomaticEvent> together = run(List.of(SAMPLE, NAMESAKES));
        Set<String> sampleDocs = new TreeSet<>();
        for (DiplomaticEvent e : alone) sampleDocs.addAll(documents(e));
        List<DiplomaticEvent> sampleEvents = new ArrayList<>();
        for (DiplomaticEvent e : together) {
            Set<String> docs = documents(e);
            boolean sample = docs.stream().anyMatch(sampleDocs::contains);
            boolean other = docs.stream().anyMatch(d -> !sampleDocs.contains(d));
            assertTrue(!(sample && other), () -> "an event mixes the sample and the namesakes: " + e.label() + " " + docs);
            if (sample) sampleEvents.add(e);
        }
        assertEquals(alone.size(), sampleEvents.size(), "the sample's events");
        for (int i = 0; i < alone.size(); i++) assertEquals(alone.get(i), sampleEvents.get(i));
        assertTrue(together.size() > alone.size(), "the namesake articles give events of their own");
    }
}
