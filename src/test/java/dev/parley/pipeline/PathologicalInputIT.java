package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.events.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20,000-token text without punctuation beside a good article: bounded work, the good events intact. */
class PathologicalInputIT {

    @Test
    void unpunctuatedDumpDoesNotSinkTheRun(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/articles/05-baerbock-lamola-pretoria.txt"), dir.resolve("good.txt"));
        String[] words = {"trade", "minister", "visit", "talks", "economy", "the", "of", "and", "report", "market",
            "growth", "policy", "table", "row", "value", "Berlin", "summit"};
        Random rnd = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append(words[rnd.nextInt(words.length)]).append(' ');
        Files.writeString(dir.resolve("dump.txt"), sb.toString(), StandardCharsets.UTF_8);

        Corpus corpus = new CorpusReader((LocalDate) null).read(List.of(dir));
        Report report = new Parley(SharedEngine::get, 2).run(corpus, Parley.Progress.NONE);

        boolean dumpAccountedFor = report.documents().stream().anyMatch(a -> a.id().equals("dump.txt"))
                || report.skipped().stream().anyMatch(s -> s.document().equals("dump.txt"));
        assertTrue(dumpAccountedFor, "the dump is processed or skipped with a reason");
        assertTrue(report.events().stream().anyMatch(e -> e.type() == EventType.MEETING
                        && e.participants().stream().anyMatch(p -> p.person().name().endsWith("Baerbock"))
                        && e.participants().stream().anyMatch(p -> p.person().name().endsWith("Lamola"))),
                () -> "the good article's meeting survives: " + report.events());
    }
}
