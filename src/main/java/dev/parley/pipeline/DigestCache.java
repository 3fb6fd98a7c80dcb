package dev.parley.pipeline;

import dev.parley.cache.AnnotationCache;
import dev.parley.cache.ResultCache;
import dev.parley.corpus.Article;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Each document's {@link DocDigest} kept between runs, so a rerun over unchanged articles with unchanged code and
 * rules skips the per-document stages and never reads the annotations: the digest is stored under the annotation's
 * key together with the article's other fields and the {@link StageFingerprint} ({@link ResultCache#key}). An
 * unreadable entry is recomputed; a failed write costs only the reuse. Safe for parallel use.
 */
public final class DigestCache {
    private final ResultCache results;
    private final String signature;
    private final Consumer<String> writeWarnings;
    private final Consumer<String> readWarnings;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger failedWrites = new AtomicInteger();

    /**
     * @param signature     the engine signature that is part of the annotation key ({@link AnnotationCache#key})
     * @param writeWarnings receives one line, for the first write that fails
     * @param readWarnings  receives a line per unreadable entry (from the worker threads, at the same time: it must be
     *                      thread-safe)
     */
    public DigestCache(ResultCache results, String signature, Consumer<String> writeWarnings, Consumer<String> readWarnings) {
        this.results = Objects.requireNonNull(results, "results");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.writeWarnings = Objects.requireNonNull(writeWarnings, "writeWarnings");
        this.readWarnings = Objects.requireNonNull(readWarnings, "readWarnings");
    }

    /**
     * The key of the digest of {@code article} as annotated from {@code annotated}'s text and date: the same article,
     * or for an undated article re-read with an inferred date, the article as it was read.
     */
    byte[] key(Article annotated, Article article) {
        return results.key(AnnotationCache.key(annotated, signature), article);
    }

    /** The stored digest, with this run's {@code article} in it. */
    Optional<DocDigest> load(byte[] key, Article article) {
        try {
            Optional<DocDigest> d = results.load(key, DocDigest.class);
            if (d.isPresent()) {
                hits.incrementAndGet();
                return Optional.of(d.get().withArticle(article));
            }
        } catch (IOException e) {
            readWarnings.accept("ignoring unreadable result entry for " + article.id() + " (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** Stores a digest, without its article's text (each run has its own article). */
    void store(byte[] key, DocDigest digest) {
        Article a = digest.article();
        try {
            results.store(key, digest.withArticle(new Article(a.id(), a.title(), "", a.published(), a.publishedFrom(), Map.of())));
        } catch (IOException | RuntimeException e) {
            if (failedWrites.getAndIncrement() == 0) {
                writeWarnings.accept("cannot write per-document results in " + results.dir() + ": " + e.getMessage());
            }
        }
    }

    /** Documents whose stages were skipped, their digest read back. */
    public int hits() {
        return hits.get();
    }

    public int failedWrites() {
        return failedWrites.get();
    }
}
