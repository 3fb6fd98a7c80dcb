package dev.parley.cli;

import dev.parley.corpus.CannotRunException;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.corpus.FileNames;
import dev.parley.corpus.FileSource;
import dev.parley.corpus.ParleyException;
import dev.parley.corpus.Skipped;
import dev.parley.corpus.Warning;
import dev.parley.events.EventDetector;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import dev.parley.output.EventsDiff;
import dev.parley.output.OutputFormat;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.Report;
import dev.parley.resolve.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "Extract the diplomatic events of the articles under PATH as JSON.",
            "",
            "Writes them as parley-events/1 JSON to stdout or to --output. Folders are read",
            "recursively in sorted path order: .txt, .md, .json, .jsonl/.ndjson, .html;",
            "'-' reads JSONL from stdin.",
            "",
            "A text file may start with front matter that gives its publication date,",
            "which anchors relative dates such as 'next week' or 'on Monday':",
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
            "  parley extract news/ --format csv > events.csv",
            "  parley extract news/ --format dyads > dyads.csv   # CAMEO/PLOVER rows",
            "  parley extract news/ --format html -o report.html  # see 'parley report'",
            "  parley extract corpus/articles --check corpus/events.json  # in CI",
            "",
            "Exit codes:",
            "  0  done (skipped files are listed in \"skipped\" and on stderr);",
            "     with --check: the file is up to date",
            "  1  done, but --check found a difference, or --strict and a file was skipped",
            "  2  usage error: bad option, no such path, --check file missing or",
            "     not parley output",
            "  3  cannot run (CoreNLP models missing, out of memory,",
            "     output cannot be written)",
            "  4  internal error"})
public final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files of articles; '-' for JSONL on stdin.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON to FILE ('-': stdout), atomically: a failed run leaves an existing FILE unchanged;"
                    + " a link is followed, a device or FIFO written directly.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "json (default): the parley-events/1 object; jsonl: one event per line; csv: one row per event; "
                    + "dyads: one row per directed pair of an event's countries, with its CAMEO and PLOVER codes; "
                    + "html: one self-contained page with a timeline, a network and a table (as 'parley report').")
    OutputFormat format = OutputFormat.JSON;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Do not write: regenerate in memory and compare with FILE (exit 0 identical, 1 different, "
                    + "with a summary on stderr; 2 FILE missing or not parley output).")
    Path check;

    @Option(names = "--progress", paramLabel = "WHEN", completionCandidates = ProgressNames.class,
            description = "Progress on stderr: auto (default: only when stderr is a terminal), always, never.")
    ProgressMode progressMode = ProgressMode.AUTO;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Publication date for articles that state none in metadata, text or file name.")
    LocalDate published;

    /** "--published 2021-13-45" says what is wrong in words, not in Java's. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-05-01");
            }
        }
    }

    @Option(names = "--threads", paramLabel = "N", description = "Documents read and annotated in parallel (default: ${DEFAULT-VALUE}, the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N", description = "Skip articles longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars = CorpusConfig.DEFAULT_MAX_CHARS;

    @Option(names = "--strict", description = "Exit 1 when any file was skipped.")
    boolean strict;

    @Option(names = "--explain", description = "Print on stderr, per sentence, each trigger word, the rules that fired "
            + "(src/main/resources/dev/parley/rules), the candidate made or why none was, and what the merge did with it.")
    boolean explain;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's log and the stack traces of errors.")
    boolean verbose;

    @CommandLine.Mixin
    CacheOptions cache = new CacheOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
    boolean quiet;

    /** When progress is shown. */
    enum ProgressMode { AUTO, ALWAYS, NEVER }

    /** The formats as the docs write them (json jsonl csv dyads) for completion and --help; any case is accepted. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(OutputFormat.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** The progress modes in lower case, as the docs write them. */
    static final class ProgressNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ProgressMode.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** Seam for tests: the engine to use (default: CoreNLP, loaded on first use). */
    Supplier<NlpEngine> engine;

    /** Seam for tests: how article files are read. */
    FileSource files = FileSource.FILES;

    /** Seam for tests: whether stderr is a terminal. */
    java.util.function.BooleanSupplier terminal = Terminals::stderrIsTerminal;

    @Override
    public Integer call() throws IOException {
        try {
            return extract();
        } catch (OutOfMemoryError e) { // picocli passes Errors through; ErrorHandler turns this into the -Xmx advice
            throw new IllegalStateException("out of memory", e);
        }
    }

    private int extract() throws IOException {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        if (maxChars < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be positive, got " + maxChars);
        for (Path p : paths) {
            if (!p.toString().equals("-") && !Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: '" + p + "'"
                        + FileNames.localeHint(p.toString()));
            }
        }
        cache.check(spec.commandLine());
        if (check != null && output != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--check and --output exclude each other: --check writes nothing");
        }
        if (check != null && format != OutputFormat.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--check compares parley-events JSON; leave out --format " + format.name().toLowerCase(java.util.Locale.ROOT));
        }
        // Read the file to check before the long run, so a wrong path fails at once.
        com.fasterxml.jackson.databind.JsonNode previous = check == null ? null : readCheckFile(check);
        if (output != null && !OutputTarget.isStdout(output)) OutputTarget.check(output, exampleFile(format)); // before the long run
        var err = spec.commandLine().getErr();
        preload();
        long t0 = System.nanoTime();
        Corpus corpus = new CorpusReader(new CorpusConfig(published, maxChars), files, () -> System.in)
                .withThreads(threads).read(paths);
        for (Skipped s : corpus.skipped()) {
            if (!quiet) err.println("parley: skipped " + s.document() + ": " + s.reason());
        }
        for (Warning w : corpus.warnings()) {
            if (!quiet) err.println("parley: warning: " + w.document() + ": " + w.message());
        }
        Supplier<NlpEngine> nlp = engine != null ? engine : () -> {
            if (!quiet) err.println("parley: loading CoreNLP models ...");
            prepareAnalysis();
            return new CoreNlpEngine(NlpConfig.defaults());
        };
        Supplier<NlpEngine> real = loadOnce(nlp);
        String signature = engine != null ? real.get().signature() : CoreNlpEngine.signatureFor(NlpConfig.defaults());
        // A broken rule file fails before the first document is annotated, with its file and line; a run whose
        // results are all stored never reads the rules (they are those the stored results were made with).
        Parley parley = cache.withDigests(new Parley(cache.wrap(real, signature, verbose, quiet, err), threads, explain));
        Parley.Progress progress = progress(err);
        // Ctrl-C during the run: the JVM runs its shutdown hooks, and this one ends an open progress line.
        Thread endLine = progress instanceof ProgressReporter r ? new Thread(r::endLine, "parley-progress-end") : null;
        if (endLine != null) Runtime.getRuntime().addShutdownHook(endLine);
        Report report;
        try {
            report = parley.run(corpus, progress);
        } finally {
            if (endLine != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(endLine);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or ran: nothing to remove
                }
            }
        }
        if (explain) {
            for (String line : report.explanation()) err.println(line);
        }
        // JSON is written as it is made, so a large corpus's output is never one string on the heap.
        ReportWriter writer = new ReportWriter();
        int checked = ExitCodes.OK;
        if (check != null) {
            checked = compare(check, previous, writer.render(report, format), err);
        } else if (output == null || OutputTarget.isStdout(output)) {
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                writer.write(report, out);
            } else {
                out.print(writer.render(report, format));
            }
            if (out.checkError()) throw new CannotRunException(stdoutFailure(out)); // checkError() flushes

        } else {
            OutputTarget.write(output, o -> writer.write(report, format, o));
        }
        if (!quiet) {
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf(java.util.Locale.ROOT, "parley: %s read, %d skipped, %s found, %d people (%.1f s)%n",
                    plural(corpus.articles().size(), "document"), corpus.skipped().size(),
                    plural(report.events().size(), "event"), report.people().size(), secs);
            if (corpus.ignoredFiles() > 0) {
                err.println("parley: " + plural(corpus.ignoredFiles(), "file") + " ignored: not an article type parley reads"
                        + " (.txt, .md, .json, .jsonl, .ndjson, .html, .htm), a README, or parley's own output");
            }
            if (verbose && !cache.summary().isEmpty()) err.println("parley: annotations: " + cache.summary());
            if (report.events().isEmpty() && !corpus.articles().isEmpty()) {
                err.println("parley: no events found: the articles name no visit, meeting, summit or call parley recognises");
            }
        }
        if (checked != ExitCodes.OK) return checked;
        return strict && !corpus.skipped().isEmpty() ? ExitCodes.NOT_ACCEPTABLE : ExitCodes.OK;
    }

    /** Whether {@link #preload} has started its thread in this JVM. */
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads on a second thread what every run needs later on its main thread: the countries' labels (the
     * gazetteer's lookup tables are built by the first document analysed, never on a rerun whose results are all
     * stored), the word lists of the rule files (the merger reads them; the trigger rules are loaded before the first
     * document is analysed) and the JSON writer's classes. On a rerun whose per-document results are all stored these
     * loads are a large part of the time; {@link Main} starts them before the command line is parsed (picocli's own
     * loading takes about 0.2 s of the main thread), so they overlap with that and with reading the articles. Nothing
     * is kept from this thread: each load is the one the stages use (once per JVM), and a failure here (a broken rule
     * file) is left to the stage that needs the data to report. Starts the thread once per JVM.
     *
     * @return whether this call started it
     */
    static boolean preload() {
        if (PRELOADING.getAndSet(true)) return false;
        Thread t = new Thread(() -> {
            try {
                Gazetteer.get();
                EventDetector.loadWordLists();
                new ReportWriter().toJson(new Report(List.of(), List.of(), List.of(), java.util.Map.of(), List.of()));
            } catch (RuntimeException | LinkageError e) {
                // reported where it matters, by the stage that loads it
            }
        }, "parley-preload");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /**
     * Loads on a second thread, while CoreNLP's models load (a run that loads them analyses documents), what the
     * analysis of every document needs first: CoreNLP's lexers ({@link CoreNlpEngine#prepareWithoutModels}), the
     * gazetteer's lookup tables and the trigger rules. Else the first worker to need each builds it while the other
     * workers wait: a JFR recording of a cold two-thread run showed those waits as nearly all the time a worker was
     * blocked. As in {@link #preload}, a failure is left to the stage.
     */
    private static void prepareAnalysis() {
        Thread t = new Thread(() -> {
            try {
                CoreNlpEngine.prepareWithoutModels(NlpConfig.defaults());
                Gazetteer.get().loadTables();
                EventDetector.validateRules();
            } catch (RuntimeException | LinkageError e) {
                // reported where it matters, by the stage that loads it
            }
        }, "parley-prepare");
        t.setDaemon(true);
        t.start();
    }

    private Parley.Progress progress(java.io.PrintWriter err) {
        boolean tty = progressMode != ProgressMode.NEVER && terminal.getAsBoolean();
        boolean show = progressMode == ProgressMode.ALWAYS || (progressMode == ProgressMode.AUTO && tty && !quiet);
        return show ? new ProgressReporter(err, tty, System::nanoTime) : Parley.Progress.NONE;
    }

    private static com.fasterxml.jackson.databind.JsonNode readCheckFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParleyException("cannot check '" + file + "': no such file; create it with '" + CommandName.invoked()
                    + " extract ... -o " + file + "'");
        } catch (IOException e) {
            throw new ParleyException("cannot check '" + file + "': " + e.getMessage());
        }
        return EventsDiff.parse(text, file.toString());
    }

    /** Compares the regenerated output with the checked file: 0 identical bytes, else 1 with a summary on stderr. */
    private int compare(Path file, com.fasterxml.jackson.databind.JsonNode previous, String rendered, java.io.PrintWriter err)
            throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        if (before.equals(rendered)) {
            if (!quiet) err.println("parley: " + file + " is up to date");
            return ExitCodes.OK;
        }
        List<String> lines = EventsDiff.summary(previous, EventsDiff.parse(rendered, "output"));
        err.println("parley: " + file + " is out of date" + (lines.isEmpty() ? ": same data, different bytes (formatting)" : ":"));
        for (String l : lines) err.println("  " + l);
        err.println("parley: to update it, run: " + updateCommand(file));
        return ExitCodes.NOT_ACCEPTABLE;
    }

    /**
     * The command that rewrites the checked file, as a POSIX shell runs it: the command as it was typed
     * ({@link CommandName}), the same inputs and the options that change the output (--published, --max-chars),
     * each word quoted when the shell would split or expand it.
     */
    String updateCommand(Path file) {
        List<String> words = new java.util.ArrayList<>(List.of("extract"));
        for (Path p : paths) words.add(p.toString());
        if (published != null) words.addAll(List.of("--published", published.toString()));
        if (maxChars != CorpusConfig.DEFAULT_MAX_CHARS) words.addAll(List.of("--max-chars", Integer.toString(maxChars)));
        words.addAll(List.of("-o", file.toString()));
        return CommandName.invoked() + " " + String.join(" ", shellWords(words.toArray(String[]::new)));
    }

    /** Each word as {@link #shellWord} writes it. */
    static List<String> shellWords(String... words) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) out.add(shellWord(w));
        return out;
    }

    /** A word for a POSIX shell: as it is when it has no character the shell treats specially, else in single quotes. */
    static String shellWord(String w) {
        if (!w.isEmpty() && w.matches("[A-Za-z0-9_@%+=:,./-]+")) return w;
        return "'" + w.replace("'", "'\\''") + "'";
    }

    /** A file name for the format, to suggest when -o names a folder. */
    static String exampleFile(OutputFormat format) {
        switch (format) {
            case JSONL: return "events.jsonl";
            case CSV: return "events.csv";
            case DYADS: return "dyads.csv";
            case HTML: return "report.html";
            default: return "events.json";
        }
    }

    /** The message for output that could not be written to stdout. */
    static String stdoutFailure(java.io.PrintWriter out) {
        return "cannot write the output to stdout: " + StdoutWriter.failure(out)
                + " (is the disk full, or did the program reading it stop?)";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Builds the engine on first use, once. A failure to build it ends the run (exit 3 when the models are missing,
     * else an internal error) instead of failing each document in turn, and is not retried.
     */
    private static Supplier<NlpEngine> loadOnce(Supplier<NlpEngine> s) {
        return new Supplier<>() {
            private NlpEngine value;
            private RuntimeException failure;

            @Override
            public synchronized NlpEngine get() {
                if (failure != null) throw failure;
                if (value == null) {
                    try {
                        value = s.get();
                    } catch (ParleyException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        String models = ErrorHandler.modelsMissing(e);
                        failure = models != null ? new CannotRunException(models, e) : new Parley.EngineFailure(e);
                        throw failure;
                    }
                }
                return value;
            }
        };
    }
}
