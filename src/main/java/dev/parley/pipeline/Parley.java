package dev.parley.pipeline;

import dev.parley.cache.CachingEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.ParleyException;
import dev.parley.corpus.Skipped;
import dev.parley.events.Candidate;
import dev.parley.events.EventDetector;
import dev.parley.events.Trace;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMerger;
import dev.parley.mentions.DocMentions;
import dev.parley.mentions.MentionExtractor;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import dev.parley.resolve.DocEntities;
import dev.parley.resolve.DocResolver;
import dev.parley.resolve.Entities;
import dev.parley.resolve.EntityResolver;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.PlaceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Wires the stages: per-document (annotate, mentions, local entities, candidates), then corpus-level (resolve, merge). */
public final class Parley {
    /** Receives progress: documents done and total. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (d, t) -> { };
    }

    /** The NLP engine could not be built: the run ends instead of each document failing in turn. */
    public static final class EngineFailure extends RuntimeException {
        public EngineFailure(RuntimeException cause) {
            super(cause.toString(), cause);
        }
    }

    /** The name of each thread that runs the per-document stages, numbered from 1; {@code bench.sh --jfr} looks for it. */
    public static final String WORKER = "parley-worker-";

    private final Supplier<NlpEngine> engine;
    private final Supplier<ParseNeeds> needs;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final int threads;
    private final boolean explain;
    private final DigestCache digests;

    /**
     * @param engine built on first use, so a run whose documents are all cached never loads the models; a
     *               {@link ParleyException} or {@link EngineFailure} from it (or from annotating) ends the run
     */
    public Parley(Supplier<NlpEngine> engine, int threads) {
        this(engine, threads, false);
    }

    /** @param explain whether to keep, per trigger, the rules that fired and what became of it ({@link Report#explanation}) */
    public Parley(Supplier<NlpEngine> engine, int threads, boolean explain) {
        // --explain tells of every trigger, also those that make nothing (a visit without a visitor), so it parses all;
        // else the rules are loaded when the first document is annotated, not at all when every digest is stored
        this(engine, threads, explain, explain ? () -> ParseNeeds.ALL : memoized(Parley::parseNeeds), null);
    }

    /**
     * @param needs the sentences to parse; {@link ParseNeeds#ALL} gives the same output, slower (the reference the
     *              selective mode is tested against)
     */
    public Parley(Supplier<NlpEngine> engine, int threads, boolean explain, ParseNeeds needs) {
        this(engine, threads, explain, () -> needs, null);
    }

    private Parley(Supplier<NlpEngine> engine, int threads, boolean explain, Supplier<ParseNeeds> needs, DigestCache digests) {
        this.engine = engine;
        this.threads = Math.max(1, threads);
        this.explain = explain;
        this.needs = needs;
        this.digests = digests;
    }

    /**
     * The same pipeline keeping each document's digest in {@code cache} and reusing it while the article, its
     * annotation key and the {@link StageFingerprint} are unchanged. Ignored with --explain, whose traces it does
     * not keep.
     */
    public Parley withDigests(DigestCache cache) {
        return new Parley(engine, threads, explain, needs, explain ? null : cache);
    }

    private static Supplier<ParseNeeds> memoized(Supplier<ParseNeeds> s) {
        return new Supplier<>() {
            private volatile ParseNeeds value;

            @Override
            public ParseNeeds get() {
                ParseNeeds v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = s.get(); // a broken rule file throws here, each time asked
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    /** The sentences whose parse some stage reads; every other sentence is only tagged. */
    public static ParseNeeds parseNeeds() {
        return EventDetector.parseNeeds().or(new DocResolver(Gazetteer.get()).parseNeeds());
    }

    /** The per-document stages on an annotated document; pure and cheap. */
    public DocResult process(AnnotatedDoc doc) {
        DocMentions mentions = new MentionExtractor().extract(doc);
        DocEntities entities = new DocResolver(gazetteer).resolve(doc, mentions);
        List<Trace> trace = explain ? new ArrayList<>() : null;
        List<Candidate> candidates = new EventDetector().detect(doc, entities, trace);
        return new DocResult(doc, entities, candidates, trace == null ? List.of() : trace);
    }

    /**
     * Both stages over a corpus. Each document is shrunk to its {@link DocDigest} as soon as its per-document
     * stages are done, so the heap holds no annotated document beyond those in flight: an undated document that
     * gets an inferred date is annotated again through the engine, which answers from the annotation cache; only
     * when the engine keeps no cache (or failed to write it) is an undated document's annotation kept for that.
     */
    public Report run(Corpus corpus, Progress progress) {
        List<Article> articles = corpus.articles();
        List<DocDigest> results = new ArrayList<>(articles.size());
        List<Skipped> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, AnnotatedDoc> kept = new java.util.concurrent.ConcurrentHashMap<>();
        NlpEngine e = articles.isEmpty() ? null : engine.get();
        if (threads == 1 || articles.size() < 2) {
            for (int i = 0; i < articles.size(); i++) {
                DocDigest r = safely(e, articles.get(i), failed, kept);
                if (r != null) results.add(r);
                progress.update(i + 1, articles.size());
            }
        } else {
            // Named, so that a profile or a JFR recording tells the workers from the readers, the JIT and the GC.
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, WORKER + n.incrementAndGet()));
            try {
                List<Future<DocDigest>> futures = new ArrayList<>();
                for (Article a : articles) futures.add(pool.submit(() -> safely(e, a, failed, kept)));
                for (int i = 0; i < futures.size(); i++) {
                    DocDigest r = futures.get(i).get();
                    futures.set(i, null);
                    if (r != null) results.add(r);
                    progress.update(i + 1, articles.size());
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof RuntimeException) throw (RuntimeException) ex.getCause();
                if (ex.getCause() instanceof Error) throw (Error) ex.getCause();
                throw new IllegalStateException(ex.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Function<Article, AnnotatedDoc> annotated = a -> {
            AnnotatedDoc doc = kept.get(a.id());
            return doc != null ? doc : e.annotate(a, needs.get());
        };
        BiFunction<DocDigest, LocalDate, DocDigest> redate = (d, date) -> redated(d, date, annotated);
        if (failed.isEmpty()) return corpusLevel(corpus, results, redate);
        // A document the NLP could not process is reported, never fatal: the others' events stand.
        List<Article> read = new ArrayList<>();
        for (DocDigest r : results) read.add(r.article());
        List<Skipped> skipped = new ArrayList<>(corpus.skipped());
        skipped.addAll(failed);
        skipped.sort(java.util.Comparator.comparing(Skipped::document));
        return corpusLevel(new Corpus(read, skipped, corpus.ignoredFiles(), corpus.warnings()), results, redate);
    }

    private DocDigest safely(NlpEngine e, Article a, List<Skipped> failed, Map<String, AnnotatedDoc> kept) {
        byte[] key = digests == null ? null : digests.key(a, a);
        if (key != null) {
            Optional<DocDigest> stored = digests.load(key, a);
            if (stored.isPresent()) return stored.get();
        }
        // Loads the rules once (with --explain too): a broken rule file ends the run before anything is annotated.
        EventDetector.validateRules();
        ParseNeeds n = needs.get();
        try {
            AnnotatedDoc doc = e.annotate(a, n);
            DocDigest digest = process(doc).digest();
            if (key != null) digests.store(key, digest);
            // An undated document may be re-read with an inferred date: from the cache, else from this copy.
            boolean cached = e instanceof CachingEngine && ((CachingEngine) e).failedWrites() == 0;
            if (a.published() == null && !cached) kept.put(a.id(), doc);
            return digest;
        } catch (ParleyException | EngineFailure ex) { // a problem of the run, not of this document
            throw ex;
        } catch (RuntimeException | StackOverflowError ex) {
            failed.add(new Skipped(a.id(), "could not be analysed (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")"));
            return null;
        }
    }

    /**
     * The digest of an undated document again with its inferred date: stored from an earlier run, else its
     * per-document stages re-run on its annotation.
     */
    private DocDigest redated(DocDigest d, LocalDate date, Function<Article, AnnotatedDoc> annotated) {
        Article dated = d.article().withPublished(date, "inferred");
        byte[] key = digests == null ? null : digests.key(d.article(), dated);
        if (key != null) {
            Optional<DocDigest> stored = digests.load(key, dated);
            if (stored.isPresent()) return stored.get();
        }
        DocDigest digest = process(PublicationInference.redated(annotated.apply(d.article()), date)).digest();
        if (key != null) digests.store(key, digest);
        return digest;
    }

    /**
     * The corpus-level stages over per-document results that still hold their annotated documents (the Spark
     * job's driver, tests).
     */
    public Report corpusLevel(Corpus corpus, List<DocResult> perDocument) {
        List<DocDigest> digests = new ArrayList<>(perDocument.size());
        Map<String, AnnotatedDoc> docs = new java.util.HashMap<>();
        for (DocResult r : perDocument) {
            digests.add(r.digest());
            docs.put(r.doc().id(), r.doc());
        }
        return corpusLevel(corpus, digests, a -> docs.get(a.id()));
    }

    /**
     * The corpus-level stages: publication dates inferred for undated documents, canonical people across
     * documents, then events merged across documents.
     *
     * @param annotated a document's annotation again, for the undated documents that get an inferred date (their
     *                  per-document stages re-run with it)
     */
    public Report corpusLevel(Corpus corpus, List<DocDigest> perDocument, Function<Article, AnnotatedDoc> annotated) {
        return corpusLevel(corpus, perDocument, (d, date) ->
                process(PublicationInference.redated(annotated.apply(d.article()), date)).digest());
    }

    /** @param redate the digest of an undated document again, with the date the corpus inferred for it */
    private Report corpusLevel(Corpus corpus, List<DocDigest> perDocument, BiFunction<DocDigest, LocalDate, DocDigest> redate) {
        // Undated articles get a publication date from the corpus (marked "inferred") and are re-read with it.
        List<DocDigest> results = PublicationInference.apply(perDocument, redate);
        List<Article> documents = new ArrayList<>();
        for (DocDigest r : results) documents.add(r.article());
        List<DocEntities> docEntities = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> countries = new TreeMap<>();
        for (DocDigest r : results) {
            docEntities.add(r.entities());
            candidates.addAll(r.candidates());
            for (PlaceRef p : r.entities().places()) countries.merge(p.country(), 1, Integer::sum);
        }
        Entities entities = new EntityResolver().resolve(docEntities);
        Map<Candidate, String> dropped = new java.util.IdentityHashMap<>();
        List<DiplomaticEvent> events = new EventMerger(gazetteer).merge(candidates, entities, dropped::put);
        List<String> explanation = explain ? Explanation.lines(results, events, dropped) : List.of();
        return new Report(documents, events, entities.people(), countries, corpus.skipped(), explanation);
    }
}
