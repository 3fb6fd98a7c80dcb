package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.SharedEngine;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.events.EventType;
import dev.parley.events.Role;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMention;
import dev.parley.output.ReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on the sample corpus in corpus/articles, with the real CoreNLP models. */
class SampleCorpusIT {
    private static Report report;
    private static Corpus corpus;

    @BeforeAll
    static void run() {
        corpus = new CorpusReader((LocalDate) null).read(List.of(Path.of("corpus/articles")));
        report = new Parley(SharedEngine::get, 2).run(corpus, Parley.Progress.NONE);
    }

    @Test
    void oneLavrovVisitToChinaCitingAllFour2021Articles() {
        List<DiplomaticEvent> visits = report.events().stream()
                .filter(e -> e.type() == EventType.VISIT && "CHN".equals(e.placeCountry()))
                .filter(e -> e.participants().stream().anyMatch(p -> p.role() == Role.VISITOR
                        && p.person().name().equals("Sergey Lavrov")))
                .toList();
        assertEquals(1, visits.size(), () -> "Lavrov visits to China: " + visits);
        DiplomaticEvent v = visits.get(0);
        assertTrue(v.label().startsWith("Lavrov visits China"), v.label());
        if (v.date() != null) {
            assertTrue(!v.date().start().isBefore(LocalDate.of(2021, 3, 22)) && !v.date().end().isAfter(LocalDate.of(2021, 3, 23)),
                    "date within 22–23 March 2021: " + v.date());
        }
        Set<String> docs = new TreeSet<>();
        for (EventMention m : v.mentions()) docs.add(m.document().substring(0, 3));
        assertEquals(Set.of("000", "001", "002", "003"), docs);
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndThreads() {
        String a = new ReportWriter().toJson(report);
        String b = new ReportWriter().toJson(new Parley(SharedEngine::get, 1).run(corpus, Parley.Progress.NONE));
        assertEquals(a, b);
        assertNotNull(a);
    }
}
