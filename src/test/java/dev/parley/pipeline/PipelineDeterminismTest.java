package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Docs;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.output.ReportWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-document and corpus-level stages on hand-built documents: same input, same bytes, whatever the order. */
class PipelineDeterminismTest {
    private static final String TRAVEL = """
            1 French French JJ MISC 3 amod
            2 Foreign Foreign NNP O 3 compound
            3 Minister Minister NNP O 5 compound
            4 Claire Claire NNP PERSON 5 compound
            5 Dubois Dubois NNP PERSON 7 nsubj
            6 will will MD O 7 aux
            7 travel travel VB O 0 root
            8 to to IN O 9 case
            9 Kenya Kenya NNP LOCATION 7 obl
            10 next next JJ DATE 11 amod 2024-W21
            11 week week NN DATE 7 obl:tmod 2024-W21
            12 . . . O 7 punct
            """;
    /** "🇰🇪 Dubois's trip to Nairobi begins on Monday." after an emoji, published a week later. */
    private static final String TRIP = """
            1 🇰🇪 🇰🇪 NFP O 0 root

            1 Dubois Dubois NNP PERSON 3 nmod:poss
            2 's 's POS O 1 case
            3 trip trip NN O 6 nsubj
            4 to to IN O 5 case
            5 Nairobi Nairobi NNP LOCATION 3 nmod
            6 begins begin VBZ O 0 root
            7 on on IN O 8 case
            8 Monday Monday NNP DATE 6 obl 2024-05-20
            9 . . . O 6 punct
            """;

    private static Report run(List<AnnotatedDoc> docs) {
        Parley parley = new Parley(() -> { throw new AssertionError("no models in unit tests"); }, 1);
        List<DocResult> results = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (AnnotatedDoc d : docs) {
            results.add(parley.process(d));
            articles.add(d.article());
        }
        return parley.corpusLevel(new Corpus(articles, List.of()), results);
    }

    @Test void withThreadsTheDocumentsAreAnnotatedOnNamedWorkersAndGiveTheSameJson() {
        AnnotatedDoc a = Docs.parse("a.txt", LocalDate.of(2024, 5, 15), TRAVEL);
        AnnotatedDoc b = Docs.parse("b.txt", LocalDate.of(2024, 5, 22), TRIP);
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        NlpEngine engine = new NlpEngine() {
            @Override public AnnotatedDoc annotate(Article article) {
                threads.add(Thread.currentThread().getName());
                return article.id().equals("a.txt") ? a : b;
            }

            @Override public String signature() {
                return "test";
            }
        };
        Corpus corpus = new Corpus(List.of(a.article(), b.article()), List.of());
        Report two = new Parley(() -> engine, 2).run(corpus, Parley.Progress.NONE);
        assertTrue(!threads.isEmpty() && threads.stream().allMatch(t -> t.matches("parley-worker-[12]")), threads.toString());
        assertEquals(new ReportWriter().toJson(run(List.of(a, b))), new ReportWriter().toJson(two));
    }

    @Test void sameJsonTwiceAndInEitherOrder() throws Exception {
        AnnotatedDoc a = Docs.parse("a.txt", LocalDate.of(2024, 5, 15), TRAVEL);
        AnnotatedDoc b = Docs.parse("b.txt", LocalDate.of(2024, 5, 22), TRIP);
        Report report = run(List.of(a, b));
        List<DiplomaticEvent> events = report.events();
        assertEquals(1, events.size(), events.toString());
        DiplomaticEvent visit = events.get(0);
        assertEquals(List.of("a.txt", "b.txt"), visit.mentions().stream().map(m -> m.document()).toList());
        // b.txt: "🇰🇪 Dubois 's trip ..." — the flag is 4 UTF-16 chars but 2 code points
        assertEquals(3, visit.mentions().get(1).start());
        String json = new ReportWriter().toJson(report);
        assertEquals(json, new ReportWriter().toJson(run(List.of(a, b))));
        // The documents list follows the corpus order (the reader sorts paths); everything else must not depend on it.
        JsonNode forward = new ObjectMapper().readTree(json);
        JsonNode backward = new ObjectMapper().readTree(new ReportWriter().toJson(run(List.of(b, a))));
        assertEquals(List.of("b.txt", "a.txt"), backward.get("documents").findValuesAsText("id"));
        ((ObjectNode) forward).remove("documents");
        ((ObjectNode) backward).remove("documents");
        assertEquals(forward.toPrettyString(), backward.toPrettyString());
        JsonNode mention = forward.get("events").get(0).get("mentions").get(1);
        assertEquals(3, mention.get("start").asInt(), "code-point offset in the JSON");
        assertEquals(3 + mention.get("text").asText().codePointCount(0, mention.get("text").asText().length()),
                mention.get("end").asInt());
    }
}
