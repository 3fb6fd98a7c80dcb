package dev.parley.cache;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.Sentence;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link NlpEngine} that answers from an {@link AnnotationCache} and asks the real engine only on a miss, so a run
 * whose documents are all cached never builds it. Only sentences and tokens are cached: the {@link Article} is the
 * one read this run, so metadata changes always apply. Safe for parallel use if the delegate supplier is.
 */
public final class CachingEngine implements NlpEngine {
    private final Supplier<NlpEngine> delegate;
    private final String signature;
    private final AnnotationCache cache;
    private final Consumer<String> warnings;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean writable = true;

    /**
     * @param delegate  the real engine, built on first use; must be memoized and thread-safe
     * @param signature the real engine's signature, computed without building it
     * @param warnings  receives one line per unreadable entry or failed write (never fatal)
     */
    public CachingEngine(Supplier<NlpEngine> delegate, String signature, AnnotationCache cache, Consumer<String> warnings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        byte[] key = AnnotationCache.key(article, signature);
        try {
            Optional<List<Sentence>> cached = cache.load(key, article.text());
            if (cached.isPresent()) {
                hits.incrementAndGet();
                return new AnnotatedDoc(article, cached.get());
            }
        } catch (IOException e) {
            warnings.accept("ignoring unreadable cache entry for " + article.id() + " (" + e.getMessage() + "); re-annotating");
        }
        misses.incrementAndGet();
        AnnotatedDoc doc = delegate.get().annotate(article);
        if (writable) {
            try {
                cache.store(key, article.text(), doc.sentences());
            } catch (IOException | RuntimeException e) {
                writable = false; // one warning, not one per document, when the folder is read-only or full
                warnings.accept("cannot write the annotation cache in " + cache.dir() + " (" + e + "); continuing without writing it");
            }
        }
        return doc;
    }

    @Override
    public String signature() {
        return signature;
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }
}
