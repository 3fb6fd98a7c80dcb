package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.merge.DiplomaticEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * General news yields no event: src/test/resources/general-news holds articles on sports, business, culture,
 * science, domestic politics and more, written by a helper who had not seen the rules, that use the trigger
 * words (meet, visit, talks, summit, call, host, arrive) in their other senses and name no diplomatic encounter.
 */
class GeneralNewsIT {
    private static final Path FOLDER = Path.of("src/test/resources/general-news");

    @Test
    void generalNewsYieldsNoEvent() throws Exception {
        Corpus corpus = new CorpusReader((LocalDate) null).read(List.of(FOLDER));
        assertTrue(corpus.articles().size() >= 30, "at least 30 general-news articles: " + corpus.articles().size());
        assertTrue(corpus.skipped().isEmpty(), () -> "skipped: " + corpus.skipped());
        Report report = new Parley(SharedEngine::get, 2).run(corpus, Parley.Progress.NONE);
        String found = report.events().stream().map(GeneralNewsIT::describe).collect(Collectors.joining("\n  "));
        assertEquals(0, report.events().size(), () -> "events found in general news:\n  " + found);
    }

    private static String describe(DiplomaticEvent e) {
        return e.label() + " <- " + e.mentions().get(0).document() + ": " + e.mentions().get(0).text();
    }
}
