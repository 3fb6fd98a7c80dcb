package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.Docs;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.nlp.AnnotatedDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corpus-level publication dates for undated articles: from the same event elsewhere, never from nothing. */
class PublicationInferenceTest {
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
    private static final String FULL_ARRIVED = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 3 nsubj
            3 arrived arrive VBD O 0 root
            4 in in IN O 5 case
            5 Kenya Kenya NNP LOCATION 3 obl
            6 on on IN O 7 case
            7 Monday Monday NNP DATE 3 obl 2024-05-20
            8 . . . O 3 punct
            """;
    /** "Claire Dubois arrived in Peru on Monday." (another trip of the same person) */
    private static final String OTHER_TRIP = FULL_ARRIVED.replace("Kenya Kenya", "Peru Peru");

    private static List<Article> run(AnnotatedDoc... docs) {
        Parley parley = new Parley(() -> { throw new AssertionError("no models in unit tests"); }, 1);
        List<DocResult> results = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (AnnotatedDoc d : docs) {
            results.add(parley.process(d));
            articles.add(d.article());
        }
        return parley.corpusLevel(new Corpus(articles, List.of()), results).documents();
    }

    @Test
    void anUndatedReportOfAPastVisitIsNoEarlierThanTheVisit() {
        // a.txt (15 May) announces the trip for next week; b.txt, undated, reports the arrival "on Monday".
        // The visit starts 20 May as a.txt dates it, so b.txt is from 20 May at the earliest.
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL),
                Docs.parse("b.txt", null, FULL_ARRIVED));
        Article b = docs.get(1);
        assertEquals("inferred", b.publishedFrom());
        assertEquals(LocalDate.of(2024, 5, 20), b.published());
    }

    @Test
    void anUndatedAnnouncementPrecedesTheReports() {
        // a.txt (22 May) reports the arrival; b.txt, undated, still announces the trip: it is no later than a.txt.
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 22), FULL_ARRIVED),
                Docs.parse("b.txt", null, WILL_TRAVEL));
        assertEquals(LocalDate.of(2024, 5, 22), docs.get(1).published());
    }

    @Test
    void anotherEventOfTheSamePersonIsNoEvidence() {
        // The same person's trip to Peru says nothing about when the Kenya article was written: it stays undated.
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 22), OTHER_TRIP),
                Docs.parse("b.txt", null, FULL_ARRIVED));
        assertNull(docs.get(1).published());
        assertNull(docs.get(1).publishedFrom());
    }

    @Test
    void anUndatedArticleThatAnnouncesAnEventPrecedesItWhateverLaterEventsItsPeopleHave() {
        // a.txt (15 May) announces Dubois's trip to Kenya for next week (from 20 May); c.txt (10 September) reports her
        // arrival in Peru. b.txt, undated, announces the Kenya trip and reports an arrival in Peru: it precedes the
        // Kenya trip, so the September report of a Peru trip cannot date it; it takes the announcement's date.
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL),
                Docs.parse("b.txt", null, WILL_TRAVEL + "\n" + OTHER_TRIP),
                Docs.parse("c.txt", LocalDate.of(2024, 9, 10), OTHER_TRIP));
        Article b = docs.get(1);
        assertEquals("b.txt", b.id());
        assertEquals(LocalDate.of(2024, 5, 15), b.published());
        assertEquals("inferred", b.publishedFrom());
    }

    /** "Claire Dubois will travel to Kenya from 22 to 23 May." */
    private static final String WILL_TRAVEL_ON_DAYS = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 4 nsubj
            3 will will MD O 4 aux
            4 travel travel VB O 0 root
            5 to to IN O 6 case
            6 Kenya Kenya NNP LOCATION 4 obl
            7 from from IN O 8 case
            8 22 22 CD DATE 4 obl 2024-05-22
            9 to to IN O 10 case
            10 23 23 CD DATE 8 nmod 2024-05-23
            11 May May NNP DATE 10 compound 2024-05-23
            12 . . . O 4 punct
            """;

    @Test
    void aDateStatedToTheDayBeatsASpanGuessedFromNextWeek() {
        // a.txt (15 May) announces the trip for "next week" (20-26 May, a guess) and "from 22 to 23 May"; b.txt,
        // undated, reports the arrival: it is no earlier than the 22nd, not the 20th.
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL + "\n" + WILL_TRAVEL_ON_DAYS),
                Docs.parse("b.txt", null, FULL_ARRIVED));
        assertEquals(LocalDate.of(2024, 5, 22), docs.get(1).published());
    }

    /** "Claire Dubois will meet Peter Kamau in Nairobi next week." */
    private static final String WILL_MEET = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 4 nsubj
            3 will will MD O 4 aux
            4 meet meet VB O 0 root
            5 Peter Peter NNP PERSON 6 compound
            6 Kamau Kamau NNP PERSON 4 obj
            7 in in IN O 8 case
            8 Nairobi Nairobi NNP LOCATION 4 obl
            9 next next JJ DATE 10 amod 2024-W21
            10 week week NN DATE 4 obl:tmod 2024-W21
            11 . . . O 4 punct
            """;
    /** "Claire Dubois met Peter Kamau in Nairobi on Monday." */
    private static final String MET = """
            1 Claire Claire NNP PERSON 2 compound
            2 Dubois Dubois NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Peter Peter NNP PERSON 5 compound
            5 Kamau Kamau NNP PERSON 3 obj
            6 in in IN O 7 case
            7 Nairobi Nairobi NNP LOCATION 3 obl
            8 on on IN O 9 case
            9 Monday Monday NNP DATE 3 obl 2024-09-09
            10 . . . O 3 punct
            """;

    @Test
    void peopleTheSentenceOnlyLentAreNoEvidenceOfAPastEvent() {
        // b.txt, undated: "Claire Dubois told a press briefing on Tuesday following talks in Nairobi that Peter Kamau is
        // committed to peace." The talks take their people from the sentence, not from the parse around "talks", so
        // they do not say b.txt reports the Dubois-Kamau meeting as past: the September report of that meeting (c.txt)
        // is no lower bound, and b.txt takes the earliest report that shares its people, the May announcement.
        String lent = """
                1 Claire Claire NNP PERSON 2 compound
                2 Dubois Dubois NNP PERSON 3 nsubj
                3 told tell VBD O 0 root
                4 a a DT O 6 det
                5 press press NN O 6 compound
                6 briefing briefing NN O 3 obj
                7 on on IN O 8 case
                8 Tuesday Tuesday NNP DATE 3 obl
                9 following follow VBG O 10 case
                10 talks talk NNS O 3 obl
                11 in in IN O 12 case
                12 Nairobi Nairobi NNP LOCATION 10 nmod
                13 that that IN O 17 mark
                14 Peter Peter NNP PERSON 15 compound
                15 Kamau Kamau NNP PERSON 17 nsubj:pass
                16 is be VBZ O 17 aux:pass
                17 committed commit VBN O 10 ccomp
                18 to to IN O 19 case
                19 peace peace NN O 17 obl
                20 . . . O 3 punct
                """;
        List<Article> docs = run(Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_MEET),
                Docs.parse("b.txt", null, lent),
                Docs.parse("c.txt", LocalDate.of(2024, 9, 10), MET));
        Article b = docs.get(1);
        assertEquals("b.txt", b.id());
        assertEquals(LocalDate.of(2024, 5, 15), b.published());
        assertEquals("inferred", b.publishedFrom());
    }

    /** An engine that answers from hand-built documents and counts what it is asked. */
    private static final class CountingEngine implements dev.parley.nlp.NlpEngine {
        private final java.util.Map<String, AnnotatedDoc> docs = new java.util.HashMap<>();
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        CountingEngine(AnnotatedDoc... docs) {
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

    private static Article runOnce(dev.parley.nlp.NlpEngine engine, AnnotatedDoc... docs) {
        List<Article> articles = new ArrayList<>();
        for (AnnotatedDoc d : docs) articles.add(d.article());
        return new Parley(() -> engine, 2).run(new Corpus(articles, List.of()), Parley.Progress.NONE).documents().get(1);
    }

    @Test
    void anUndatedArticleIsReReadFromTheCacheNotKeptOnTheHeap(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cacheDir) {
        // The run keeps only digests; b.txt, dated afterwards, is read back through the cache to re-run its stages.
        AnnotatedDoc a = Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL);
        AnnotatedDoc b = Docs.parse("b.txt", null, FULL_ARRIVED);
        CountingEngine coreNlp = new CountingEngine(a, b);
        var cache = new dev.parley.cache.CachingEngine(() -> coreNlp, coreNlp.signature(),
                new dev.parley.cache.AnnotationCache(cacheDir), message -> { throw new AssertionError(message); });
        Article dated = runOnce(cache, a, b);
        assertEquals(LocalDate.of(2024, 5, 20), dated.published());
        assertEquals(2, coreNlp.calls.get(), "each document annotated once");
        assertEquals(2, cache.misses());
        assertEquals(1, cache.hits(), "the undated document read back from the cache");
    }

    @Test
    void withoutACacheAnUndatedArticleIsNotAnnotatedTwice() {
        AnnotatedDoc a = Docs.parse("a.txt", LocalDate.of(2024, 5, 15), WILL_TRAVEL);
        AnnotatedDoc b = Docs.parse("b.txt", null, FULL_ARRIVED);
        CountingEngine coreNlp = new CountingEngine(a, b);
        assertEquals(LocalDate.of(2024, 5, 20), runOnce(coreNlp, a, b).published());
        assertEquals(2, coreNlp.calls.get(), "each document annotated once; the undated one's annotation was kept");
    }
}
