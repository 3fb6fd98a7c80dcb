package dev.parley.cli;

import dev.parley.cache.AnnotationCache;
import dev.parley.cache.CachingEngine;
import dev.parley.nlp.NlpEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The annotation-cache options, as a picocli mixin: {@code --cache DIR}, {@code --no-cache}. */
final class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each document's CoreNLP annotation in DIR and reuse it while the text, the publication date"
                    + " and the NLP settings are unchanged (default: $XDG_CACHE_HOME/parley, else ~/.cache/parley).")
    Path dir;

    @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
    boolean disabled;

    /** Seam for tests: the environment and home folder that give the default folder. */
    Map<String, String> env = System.getenv();
    String userHome = System.getProperty("user.home");

    private CachingEngine engine;

    /**
     * Wraps the engine in the cache unless disabled.
     *
     * @param signature the engine's signature, known without loading it
     * @param verbose   whether unreadable entries and failed writes are reported on stderr
     */
    Supplier<NlpEngine> wrap(Supplier<NlpEngine> real, String signature, boolean verbose, PrintWriter err) {
        if (disabled) return real;
        Path folder = dir != null ? dir : AnnotationCache.defaultDir(env, userHome);
        engine = new CachingEngine(real, signature, new AnnotationCache(folder),
                verbose ? msg -> err.println("parley: warning: " + msg) : msg -> { });
        CachingEngine e = engine;
        return () -> e;
    }

    /** A line for the run summary ("5 cached, 0 annotated"), or "" when the cache was off. */
    String summary() {
        return engine == null ? "" : engine.hits() + " from cache, " + engine.misses() + " annotated";
    }
}
