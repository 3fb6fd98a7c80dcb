package dev.parley.cache;

import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.Sentence;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.BitSet;
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
    private final Consumer<String> writeWarnings;
    private final Consumer<String> readWarnings;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger failedWrites = new AtomicInteger();

    /**
     * @param delegate  the real engine, built on first use; must be memoized and thread-safe
     * @param signature the real engine's signature, computed without building it
     * @param warnings  receives a line per unreadable entry and for the first failed write (never fatal)
     */
    public CachingEngine(Supplier<NlpEngine> delegate, String signature, AnnotationCache cache, Consumer<String> warnings) {
        this(delegate, signature, cache, warnings, warnings);
    }

    /**
     * @param writeWarnings receives one line, for the first write that fails; later writes are still tried, so one
     *                      bad entry does not stop the others being cached
     * @param readWarnings  receives one line per unreadable entry (it is rebuilt)
     */
    public CachingEngine(Supplier<NlpEngine> delegate, String signature, AnnotationCache cache,
                         Consumer<String> writeWarnings, Consumer<String> readWarnings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.writeWarnings = Objects.requireNonNull(writeWarnings, "writeWarnings");
        this.readWarnings = Objects.requireNonNull(readWarnings, "readWarnings");
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        return annotate(article, ParseNeeds.ALL);
    }

    /**
     * The cached entry when it has every parse {@code needs} asks for; when a sentence it needs was not parsed (the
     * entry was made for other rules), the real engine parses just those and the entry is rewritten with them. The
     * key does not depend on the rules, so an entry only ever gains parses.
     */
    @Override
    public AnnotatedDoc annotate(Article article, ParseNeeds needs) {
        byte[] key = AnnotationCache.key(article, signature);
        try {
            Optional<List<Sentence>> cached = cache.load(key, article.text());
            if (cached.isPresent()) {
                hits.incrementAndGet();
                AnnotatedDoc doc = new AnnotatedDoc(article, cached.get());
                AnnotatedDoc more = needs.meet(doc, (d, which) -> delegate.get().parse(d, which));
                if (parsedCount(more) > parsedCount(doc)) store(key, more);
                return more;
            }
        } catch (IOException e) {
            readWarnings.accept("ignoring unreadable cache entry for " + article.id() + " (" + e.getMessage() + "); re-annotating");
        }
        misses.incrementAndGet();
        AnnotatedDoc doc = delegate.get().annotate(article, needs);
        store(key, doc);
        return doc;
    }

    /** Parses nothing itself: the real engine adds the parses, and the entry is rewritten with them. */
    @Override
    public AnnotatedDoc parse(AnnotatedDoc doc, BitSet which) {
        AnnotatedDoc more = delegate.get().parse(doc, which);
        if (parsedCount(more) > parsedCount(doc)) store(AnnotationCache.key(doc.article(), signature), more);
        return more;
    }

    private static int parsedCount(AnnotatedDoc doc) {
        int n = 0;
        for (Sentence s : doc.sentences()) if (s.parsed()) n++;
        return n;
    }

    private void store(byte[] key, AnnotatedDoc doc) {
        try {
            cache.store(key, doc.text(), doc.sentences());
        } catch (IOException | RuntimeException e) {
            if (failedWrites.getAndIncrement() == 0) { // one warning, not one per document, when the folder is read-only
                writeWarnings.accept("cannot write the annotation cache in " + cache.dir() + ": " + describe(e)
                        + "; documents not cached are annotated again next run");
            }
        }
    }

    @Override
    public String signature() {
        return signature;
    }

    /** Java's messages for file-system errors are often just the path: the problem, then the path. */
    private static String describe(Exception e) {
        if (!(e instanceof FileSystemException)) return String.valueOf(e.getMessage());
        FileSystemException f = (FileSystemException) e;
        String what = f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NotDirectoryException ? "not a folder"
                : f instanceof NoSuchFileException ? "no such folder"
                : f instanceof FileAlreadyExistsException ? "a file is in the way"
                : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        String file = f.getOtherFile() != null ? f.getOtherFile() : f.getFile(); // a rename names the entry second
        return file == null ? what : what + " (" + file + ")";
    }

    /** Entries that could not be written this run. */
    public int failedWrites() {
        return failedWrites.get();
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }
}
