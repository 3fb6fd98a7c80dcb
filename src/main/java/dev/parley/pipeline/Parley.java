package dev.parley.pipeline;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private final Supplier<NlpEngine> engine;
    private final ParseNeeds needs;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final int threads;
    private final boolean explain;

    /**
     * @param engine built on first use, so a run whose documents are all cached never loads the models; a
     *               {@link ParleyException} or {@link EngineFailure} from it (or from annotating) ends the run
     */
    public Parley(Supplier<NlpEngine> engine, int threads) {
        this(engine, threads, false);
    }

    /** @param explain whether to keep, per trigger, the rules that fired and what became of it ({@link Report#explanation}) */
    public Parley(Supplier<NlpEngine> engine, int threads, boolean explain) {
        // --explain tells of every trigger, also those that make nothing (a visit without a visitor), so it parses all
        this(engine, threads, explain, explain ? ParseNeeds.ALL : parseNeeds());
    }

    /**
     * @param needs the sentences to parse; {@link ParseNeeds#ALL} gives the same output, slower (the reference the
     *              selective mode is tested against)
     */
    public Parley(Supplier<NlpEngine> engine, int threads, boolean explain, ParseNeeds needs) {
        this.engine = engine;
        this.threads = Math.max(1, threads);
        this.explain = explain;
        this.needs = needs;
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

    public Report run(Corpus corpus, Progress progress) {
        List<Article> articles = corpus.articles();
        List<DocResult> results = new ArrayList<>(articles.size());
        List<Skipped> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        if (threads == 1 || articles.size() < 2) {
            NlpEngine e = articles.isEmpty() ? null : engine.get();
            for (int i = 0; i < articles.size(); i++) {
                DocResult r = safely(e, articles.get(i), failed);
                if (r != null) results.add(r);
                progress.update(i + 1, articles.size());
            }
        } else {
            NlpEngine e = engine.get();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<DocResult>> futures = new ArrayList<>();
                for (Article a : articles) futures.add(pool.submit(() -> safely(e, a, failed)));
                for (int i = 0; i < futures.size(); i++) {
                    DocResult r = futures.get(i).get();
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
        if (failed.isEmpty()) return corpusLevel(corpus, results);
        // A document the NLP could not process is reported, never fatal: the others' events stand.
        List<Article> kept = new ArrayList<>();
        for (DocResult r : results) kept.add(r.doc().article());
        List<Skipped> skipped = new ArrayList<>(corpus.skipped());
        skipped.addAll(failed);
        skipped.sort(java.util.Comparator.comparing(Skipped::document));
        return corpusLevel(new Corpus(kept, skipped, corpus.ignoredFiles(), corpus.warnings()), results);
    }

    private DocResult safely(NlpEngine e, Article a, List<Skipped> failed) {
        try {
            return process(e.annotate(a, needs));
        } catch (ParleyException | EngineFailure ex) { // a problem of the run, not of this document
            throw ex;
        } catch (RuntimeException | StackOverflowError ex) {
            failed.add(new Skipped(a.id(), "could not be analysed (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")"));
            return null;
        }
    }

    /** The corpus-level stages: canonical people across documents, then events merged across documents. */
    public Report corpusLevel(Corpus corpus, List<DocResult> perDocument) {
        // Undated articles get a publication date from the corpus (marked "inferred") and are re-read with it.
        List<DocResult> results = PublicationInference.apply(perDocument, this::process);
        List<Article> documents = new ArrayList<>();
        for (DocResult r : results) documents.add(r.doc().article());
        List<DocEntities> docEntities = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> countries = new TreeMap<>();
        for (DocResult r : results) {
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
