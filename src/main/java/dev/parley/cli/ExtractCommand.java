package dev.parley.cli;

import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.corpus.ParleyException;
import dev.parley.corpus.Skipped;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** "parley extract": articles in, events JSON out. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = ParleyCommand.Version.class,
        description = {
            "Extract the diplomatic events reported by the articles under PATH (folders are read recursively,",
            "in sorted path order; .txt, .md, .json, .jsonl/.ndjson, .html; '-' reads JSONL from stdin) and",
            "write them as parley-events/1 JSON to stdout or to --output.",
            "",
            "A text file may start with front matter that gives its publication date, which anchors relative",
            "dates such as 'next week' or 'on Monday':",
            "  ---",
            "  published: 2021-03-18",
            "  source: example.com",
            "  ---",
            ""},
        footer = {"",
            "Examples:",
            "  parley extract corpus/articles > events.json",
            "  parley extract news/ other.jsonl -o events.json --threads 2",
            "  cat articles.jsonl | parley extract - | jq -r '.events[].label'",
            "",
            "Exit codes: 0 done (skipped files are listed in the output's \"skipped\" and on stderr);",
            "            1 --strict and a file was skipped; 2 usage error; 3 cannot run; 4 internal error."})
public final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files of articles; '-' for JSONL on stdin.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON to FILE (atomically: a failed run leaves an existing FILE unchanged).")
    Path output;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that state none in metadata, text or file name.")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: ${DEFAULT-VALUE}, the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N", description = "Skip articles longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars = CorpusConfig.DEFAULT_MAX_CHARS;

    @Option(names = "--strict", description = "Exit 1 when any file was skipped.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and stack traces of errors.")
    boolean verbose;

    @CommandLine.Mixin
    CacheOptions cache = new CacheOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
    boolean quiet;

    /** Seam for tests: the engine to use (default: CoreNLP, loaded on first use). */
    Supplier<NlpEngine> engine;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        if (maxChars < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be positive, got " + maxChars);
        for (Path p : paths) {
            if (!p.toString().equals("-") && !Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: '" + p + "'");
            }
        }
        var err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Corpus corpus = new CorpusReader(new CorpusConfig(published, maxChars)).read(paths);
        for (Skipped s : corpus.skipped()) {
            if (!quiet) err.println("parley: skipped " + s.document() + ": " + s.reason());
        }
        Supplier<NlpEngine> nlp = engine != null ? engine : () -> {
            if (!quiet) err.println("parley: loading CoreNLP models ...");
            return new CoreNlpEngine(NlpConfig.defaults());
        };
        Supplier<NlpEngine> real = memoize(nlp);
        String signature = engine != null ? real.get().signature() : CoreNlpEngine.signatureFor(NlpConfig.defaults());
        Parley parley = new Parley(cache.wrap(real, signature, verbose, err), threads);
        Parley.Progress progress = quiet || System.console() == null ? Parley.Progress.NONE
                : (done, total) -> err.print("\rparley: annotated " + done + "/" + total + " documents" + (done == total ? "\n" : ""));
        Report report = parley.run(corpus, progress);
        String json = new ReportWriter().toJson(report);
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
        } else {
            writeAtomically(output, json);
        }
        if (!quiet) {
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf(java.util.Locale.ROOT, "parley: %d documents read, %d skipped, %d events found, %d people (%.1f s)%n",
                    corpus.articles().size(), corpus.skipped().size(), report.events().size(), report.people().size(), secs);
            if (verbose && !cache.summary().isEmpty()) err.println("parley: annotations: " + cache.summary());
            if (report.events().isEmpty() && !corpus.articles().isEmpty()) {
                err.println("parley: no events found: the articles name no visit, meeting, summit or call parley recognises");
            }
        }
        return strict && !corpus.skipped().isEmpty() ? ExitCodes.NOT_ACCEPTABLE : ExitCodes.OK;
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    /** Writes to a temporary file beside the target and renames it into place, so a failed run never leaves half a file. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ParleyException("cannot write '" + target + "': folder '" + dir + "' does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(content);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
