package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.Docs;
import dev.parley.cache.ResultCache;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.output.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored per-document results: a rerun with the same articles and the same fingerprint of code and rules skips the
 * per-document stages and gives the same bytes; another fingerprint (a changed rule file, lexicon, gazetteer or
 * detector), another article field or a damaged entry makes them run again.
 */
class DigestCacheTest {
    /** "Claire Dubois will travel to Kenya next week." */
    private static final String WILL_TRAVEL = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 4 nsubj
            3 will will MD O 4 aux
            4 travel travel VB O 0 root
            5 to to IN O 6 case
            6 Kenya Kenya NNP LOCATION 4 obl
            7 next next JJ DATE 8 amod 2024-W21
            8 week week NN DATE 4 obl:tmod 2024-W21
            9 . . . O 4 punct
            """;
    /** "Claire Dubois arrived in Kenya on Monday." */
    private static final String ARRIVED = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 3 nsubj
            3 arrived arrive VBD O 0 root
            4 in in IN O 5 case
            5 Kenya Kenya NNP LOCATION 3 obl
            6 on on IN O 7 case
            7 Monday Monday NNP DATE 3 obl 2024-05-20
            8 . . . O 3 punct
            """;

    @TempDir
    Path dir;

    /** Answers from hand-built documents and counts its calls. */
    private static final class CountingEngine implements NlpEngine {
        private final Map<String, AnnotatedDoc> docs = new HashMap<>();
        final AtomicInteger calls = new AtomicInteger();

        CountingEngine(List<AnnotatedDoc> docs) {
            for (AnnotatedDoc d : docs) this.docs.put(d.id(), d);
        }

        @Override
        public AnnotatedDoc annotate(Article article) {
            calls.incrementAndGet();
            return new AnnotatedDoc(article, docs.get(article.id()).sentences());
        }

        @Override
        public String signature() {
            return "counting";
        }
    }

    private record Run(String json, int engineCalls, int reused) {
    }

    private static List<AnnotatedDoc> docs() {
        // b.txt is undated: the corpus dates it from a.txt, and its stages run again with that date
        return List.of(Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL), Docs.parse("b.txt", null, ARRIVED));
    }

    private Run run(List<AnnotatedDoc> docs, String fingerprint, List<String> warnings) {
        CountingEngine engine = new CountingEngine(docs);
        DigestCache digests = new DigestCache(new ResultCache(dir, fingerprint), engine.signature(),
                warnings::add, warnings::add);
        List<Article> articles = new ArrayList<>();
        for (AnnotatedDoc d : docs) articles.add(d.article());
        Report report = new Parley(() -> engine, 2).withDigests(digests).run(new Corpus(articles, List.of()), Parley.Progress.NONE);
        return new Run(new ReportWriter().toJson(report), engine.calls.get(), digests.hits());
    }

    private Run run(String fingerprint) {
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>()); // told from the workers
        Run r = run(docs(), fingerprint, warnings);
        assertEquals(List.of(), warnings);
        return r;
    }

    @Test
    void aRerunReadsEveryDigestAndNeverTheEngine() {
        Run cold = run("rules-1");
        assertTrue(cold.json().contains("\"inferred\""), cold.json());
        assertEquals(2, cold.engineCalls());
        assertEquals(0, cold.reused());
        Run warm = run("rules-1");
        assertEquals(cold.json(), warm.json());
        assertEquals(0, warm.engineCalls());
        assertEquals(3, warm.reused(), "a.txt, b.txt as read, and b.txt with its inferred date");
    }

    @Test
    void aChangedRulesFingerprintIsNotReused() {
        Run cold = run("rules-1");
        Run changed = run("rules-2");
        assertEquals(0, changed.reused());
        assertEquals(2, changed.engineCalls(), "both documents analysed again");
        assertEquals(cold.json(), changed.json());
        assertEquals(3, run("rules-2").reused());
        assertEquals(3, run("rules-1").reused(), "each fingerprint keeps its own entries");
    }

    @Test
    void aChangedArticleFieldIsNotReused() {
        run("rules-1");
        List<AnnotatedDoc> docs = new ArrayList<>(docs());
        Article a = docs.get(0).article();
        docs.set(0, new AnnotatedDoc(new Article(a.id(), "Another title", a.text(), a.published(), a.publishedFrom(),
                Map.of("source", "example.org")), docs.get(0).sentences()));
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>()); // told from the workers
        Run r = run(docs, "rules-1", warnings);
        assertEquals(1, r.engineCalls(), "only a.txt, whose metadata changed");
        assertEquals(2, r.reused());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDamagedEntryIsComputedAgain() throws Exception {
        Run cold = run("rules-1");
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".res")).toList()) {
                byte[] b = Files.readAllBytes(p);
                b[b.length - 1] ^= 1;
                Files.write(p, b);
            }
        }
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>()); // told from the workers
        Run r = run(docs(), "rules-1", warnings);
        assertEquals(cold.json(), r.json());
        assertEquals(2, r.engineCalls());
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("checksum mismatch"), warnings.toString());
        assertEquals(3, run("rules-1").reused(), "rewritten");
    }
}
