package dev.parley.cli;

import dev.parley.cache.AnnotationCache;
import dev.parley.cache.CachingEngine;
import dev.parley.cache.ResultCache;
import dev.parley.nlp.NlpEngine;
import dev.parley.pipeline.DigestCache;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.StageFingerprint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The annotation-cache options, as a picocli mixin: {@code --cache DIR}, {@code --no-cache}. */
final class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each document's CoreNLP annotation in DIR and reuse it while the text, the publication date"
                    + " and the NLP settings are unchanged; also what parley found in it, reused while the article and"
                    + " parley's code and rules are unchanged (default: $XDG_CACHE_HOME/parley, else ~/.cache/parley).")
    Path dir;

    @Option(names = "--no-cache", description = "Neither read nor write the cache.")
    boolean disabled;

    /** Seam for tests: the environment and home folder that give the default folder. */
    Map<String, String> env = System.getenv();
    String userHome = System.getProperty("user.home");

    private CachingEngine engine;
    private DigestCache digests;

    /** Refuses an empty {@code --cache}: an empty path is the current folder, which would fill with cache folders. */
    void check(CommandLine cmd) {
        if (!disabled && dir != null && dir.toString().isBlank()) {
            throw new CommandLine.ParameterException(cmd, "--cache needs a folder, got '" + dir + "'; to run without the"
                    + " cache, use --no-cache");
        }
    }

    /**
     * Wraps the engine in the cache unless disabled.
     *
     * @param signature the engine's signature, known without loading it
     * @param verbose   whether unreadable entries are reported on stderr (a failed write is, unless quiet)
     */
    Supplier<NlpEngine> wrap(Supplier<NlpEngine> real, String signature, boolean verbose, boolean quiet, PrintWriter err) {
        if (disabled) return real;
        Consumer<String> warn = quiet ? msg -> { } : msg -> err.println("parley: warning: " + msg);
        Optional<Path> folder = dir != null ? Optional.of(dir) : AnnotationCache.defaultDir(env, userHome);
        if (folder.isEmpty()) {
            warn.accept("no folder for the annotation cache: XDG_CACHE_HOME and HOME are unset and Java knows no home"
                    + " folder; running without it (give --cache DIR to keep annotations)");
            return real;
        }
        // One line for a folder that cannot be written, whichever of the two kinds of entry fails first.
        java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();
        Consumer<String> writeWarn = msg -> {
            if (!warned.getAndSet(true)) warn.accept(msg);
        };
        Consumer<String> readWarn = verbose ? warn : msg -> { };
        engine = new CachingEngine(real, signature, new AnnotationCache(folder.get()), writeWarn, readWarn);
        // Each document's results beside its annotation: a rerun with the same code and rules skips its stages.
        digests = new DigestCache(new ResultCache(folder.get(), StageFingerprint.current()), signature, writeWarn, readWarn);
        CachingEngine e = engine;
        return () -> e;
    }

    /** The pipeline with the per-document results kept in the cache folder, when {@link #wrap} set one up. */
    Parley withDigests(Parley parley) {
        return digests == null ? parley : parley.withDigests(digests);
    }

    /** A line for the run summary ("5 from cache, 0 annotated"), or "" when the cache was off. */
    String summary() {
        if (engine == null) return "";
        return engine.hits() + " from cache, " + engine.misses() + " annotated"
                + (digests.hits() > 0 ? ", " + digests.hits() + " documents' results reused" : "")
                + (engine.failedWrites() > 0 ? ", " + engine.failedWrites() + " could not be cached" : "");
    }
}
