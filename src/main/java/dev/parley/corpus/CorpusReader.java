package dev.parley.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads folders (recursively), single files and stdin ({@code -}, JSONL) into a {@link Corpus}. Formats: .txt and
 * .md (optional front matter), .json (news-please), .jsonl/.ndjson (one article a line), .html/.htm (saved pages).
 * A bad document is skipped with a reason; only a missing path is an error. See docs/input.md.
 */
public final class CorpusReader {
    /** The path that means "read JSONL from standard input". */
    public static final String STDIN = "-";
    private static final Set<String> NOT_ARTICLES = Set.of("readme.md", "readme.txt", "events.json");

    private enum Format { TEXT, JSON, JSONL, HTML }

    private final CorpusConfig config;
    private final FileSource files;
    private final Supplier<InputStream> stdin;
    private final int threads;

    /** @param defaultPublished publication date for articles that state none (--published), or null */
    public CorpusReader(LocalDate defaultPublished) {
        this(CorpusConfig.defaults().withDefaultPublished(defaultPublished));
    }

    public CorpusReader(CorpusConfig config) {
        this(config, FileSource.FILES, () -> System.in);
    }

    /** @param files how file bytes are read; @param stdin the stream behind the path {@code -} */
    public CorpusReader(CorpusConfig config, FileSource files, Supplier<InputStream> stdin) {
        this(config, files, stdin, 1);
    }

    private CorpusReader(CorpusConfig config, FileSource files, Supplier<InputStream> stdin, int threads) {
        this.config = Objects.requireNonNull(config, "config");
        this.files = Objects.requireNonNull(files, "files");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    /**
     * The same reader reading (and decoding, and parsing) up to {@code threads} files at once; the corpus is the
     * same whatever the number and whichever file is done first.
     */
    public CorpusReader withThreads(int threads) {
        return new CorpusReader(config, files, stdin, threads);
    }

    public Corpus read(Path root) {
        return read(List.of(root));
    }

    /**
     * Reads every article under the given paths. A document's id depends only on its own path argument and its path:
     * the path relative to the folder given, or the name of a file given directly. The same file given twice is read
     * once; two files that would get one id, or one file reached from two arguments under two ids, is a
     * {@link ParleyException} naming both, raised before any file is read.
     */
    public Corpus read(List<Path> roots) {
        Sink sink = new Sink();
        InputPlan plan = InputPlan.of(roots);
        sink.skipped.addAll(plan.problems());
        sink.ignored += plan.ignored();
        // Each input fills a sink of its own; they are joined in the plan's order, as one reading them in turn would.
        for (Sink part : readAll(plan.inputs())) {
            sink.articles.addAll(part.articles);
            sink.skipped.addAll(part.skipped);
            sink.warnings.addAll(part.warnings);
            sink.ignored += part.ignored;
        }
        sink.articles.sort(Comparator.comparing(Article::id, CorpusReader::compareIds));
        sink.skipped.sort(Comparator.comparing(Skipped::document, CorpusReader::compareIds).thenComparing(Skipped::reason));
        sink.warnings.sort(Comparator.comparing(Warning::document, CorpusReader::compareIds)); // stable: file order within one
        return new Corpus(sink.articles, sink.skipped, sink.ignored, sink.warnings);
    }

    private Sink read(InputPlan.Input in) {
        Sink sink = new Sink();
        if (in.path() == null) readStdin(sink);
        else readFile(in.path(), in.id(), in.named(), sink);
        return sink;
    }

    /**
     * Each input's sink, in the order of the inputs: read in turn, or by a pool of {@link #threads} when there are
     * several files (a warm rerun spends a third of its time reading and parsing the articles). A failure that is
     * not a skipped document (a bug, out of memory) ends the read as it would in turn.
     */
    private List<Sink> readAll(List<InputPlan.Input> inputs) {
        List<Sink> out = new ArrayList<>(inputs.size());
        if (threads == 1 || inputs.size() < 2) {
            for (InputPlan.Input in : inputs) out.add(read(in));
            return out;
        }
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, inputs.size()), r -> {
                    Thread t = new Thread(r, "parley-read-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<Sink>> futures = new ArrayList<>(inputs.size());
            for (InputPlan.Input in : inputs) futures.add(pool.submit(() -> read(in)));
            for (java.util.concurrent.Future<Sink> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds an article from a text file's content (front matter optional). */
    public static Article fromText(String id, String raw, LocalDate defaultPublished) {
        return assemble(id, textDoc(raw), null, defaultPublished, new ArrayList<>());
    }

    private static final class Sink {
        final List<Article> articles = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        int ignored;
    }

    /** The formats parley reads, for messages. */
    static final String READABLE = ".txt, .md, .json, .jsonl, .ndjson, .html, .htm";

    private static Format format(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (NOT_ARTICLES.contains(name)) return null;
        return formatByExtension(name);
    }

    private static Format formatByExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) return Format.TEXT;
        if (name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Format.JSONL;
        if (name.endsWith(".html") || name.endsWith(".htm")) return Format.HTML;
        return null;
    }

    /** @param named whether the file was a path argument itself, so that one parley cannot read is reported */
    private void readFile(Path file, String id, boolean named, Sink sink) {
        // A README or events.json named on the command line is read: the user asked for it.
        Format format = named ? formatByExtension(file.getFileName().toString()) : format(file.getFileName().toString());
        if (format == null && named) {
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? "a " + name.substring(name.lastIndexOf('.')) + " file" : "a file without an extension";
            sink.skipped.add(new Skipped(id, "not an article: " + ext + " is no format parley reads (it reads " + READABLE
                    + "; convert the file, or give the folder it is in to pass such files over)"));
            return;
        }
        if (format == null) {
            sink.ignored++;
            return;
        }
        try {
            long size = files.size(file);
            if (format != Format.JSONL && size > maxBytes()) {
                sink.skipped.add(new Skipped(id, "too large: " + size + " bytes, over the limit of "
                        + config.maxChars() + " characters (raise --max-chars to read it)"));
                return;
            }
        } catch (IOException e) {
            // reading it below reports the problem
        }
        // Never more than the limit in memory, whatever the size said (a file that grows, a file system that lies).
        byte[] bytes;
        try (InputStream in = files.open(file)) {
            bytes = in.readNBytes(maxBytes() + 1);
        } catch (IOException e) {
            sink.skipped.add(new Skipped(id, "cannot read: " + FolderWalker.describe(e)));
            return;
        }
        if (bytes.length <= maxBytes()) {
            readBytes(id, format, bytes, named, sink);
        } else if (format == Format.JSONL) {
            streamLines(file, id, sink);
        } else {
            sink.skipped.add(new Skipped(id, "too large: over " + maxBytes() + " bytes, over the limit of "
                    + config.maxChars() + " characters (raise --max-chars to read it)"));
        }
    }

    /** The most bytes one document (or JSONL line) may have: 4 × maxChars, as no character takes more. */
    private int maxBytes() {
        return (int) Math.min(4L * config.maxChars(), Integer.MAX_VALUE - 16);
    }

    /**
     * A JSONL file too large to read whole, read a line at a time; each line's encoding is detected on its own. The
     * first 8 KiB are checked as a whole file's are, so a binary file is one skipped entry, not one per "line".
     */
    private void streamLines(Path file, String id, Sink sink) {
        try (InputStream in = new java.io.BufferedInputStream(files.open(file), 1 << 16)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            if (head.length >= 2 && (head[0] == (byte) 0xFE || head[0] == (byte) 0xFF) && (head[1] == (byte) 0xFE || head[1] == (byte) 0xFF)) {
                sink.skipped.add(new Skipped(id, "too large to read whole, and UTF-16: convert it to UTF-8 to read it a line"
                        + " at a time"));
                return;
            }
            for (byte b : head) {
                if (b == 0) {
                    sink.skipped.add(new Skipped(id, "binary file (contains NUL bytes), not text"));
                    return;
                }
            }
            JsonLines.read(in, maxBytes(), true, config.maxChars(), (number, text, encoding, problem) -> {
                if (problem != null) sink.skipped.add(new Skipped(id + "#" + number, problem));
                else readLine(id, number, text, encoding, sink);
            });
        } catch (IOException e) {
            sink.skipped.add(new Skipped(id, "cannot read: " + FolderWalker.describe(e)));
        }
    }

    /**
     * Reads one file's content exactly as {@link #read} reads the file, for engines that list and fetch files
     * themselves (the Spark job): format by {@code id}'s extension, the same skip reasons, JSONL ids
     * {@code <id>#<line>}. Returns the file's articles and problems; {@code ignoredFiles} is 1 when it is no article.
     */
    public Corpus readFile(String id, byte[] bytes) {
        Sink sink = new Sink();
        Format format = format(id.substring(id.lastIndexOf('/') + 1));
        if (format == null) {
            sink.ignored++;
        } else if (format != Format.JSONL && bytes.length > 4L * config.maxChars()) {
            sink.skipped.add(new Skipped(id, "too large: " + bytes.length + " bytes, over the limit of "
                    + config.maxChars() + " characters (raise --max-chars to read it)"));
        } else {
            readBytes(id, format, bytes, false, sink);
        }
        return new Corpus(sink.articles, sink.skipped, sink.ignored, sink.warnings);
    }

    /** The order {@link #read} sorts article ids and skipped documents in. */
    public static Comparator<String> idOrder() {
        return CorpusReader::compareIds;
    }

    private void readBytes(String id, Format format, byte[] bytes, boolean named, Sink sink) {
        if (bytes.length == 0) {
            sink.skipped.add(new Skipped(id, "empty file"));
            return;
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotText e) {
            sink.skipped.add(new Skipped(id, e.getMessage()));
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            sink.skipped.add(new Skipped(id, "empty file (only white space)"));
            return;
        }
        if (format == Format.JSONL) {
            readLines(id, List.of(text.split("\n", -1)), decoded.encoding(), sink);
            return;
        }
        if (format != Format.HTML && text.length() > config.maxChars()) { // markup is not text: HTML is checked after extraction
            sink.skipped.add(new Skipped(id, tooLarge(text.length())));
            return;
        }
        Parsed parsed;
        switch (format) {
            case JSON: parsed = JsonArticles.parse(text, 0); break;
            case HTML: parsed = HtmlArticles.parse(text); break;
            default: parsed = textDoc(text);
        }
        accept(id, parsed, decoded.encoding(), named, sink);
    }

    /** Standard input as UTF-8 JSONL (invalid bytes replaced), a line at a time, each bounded like a file. */
    private void readStdin(Sink sink) {
        try (InputStream in = stdin.get()) {
            JsonLines.read(in, maxBytes(), false, config.maxChars(), (number, text, encoding, problem) -> {
                if (problem != null) sink.skipped.add(new Skipped("stdin#" + number, problem));
                else readLine("stdin", number, text, null, sink);
            });
        } catch (IOException e) {
            sink.skipped.add(new Skipped("stdin", "cannot read: " + FolderWalker.describe(e)));
        }
    }

    /** One article per non-blank line, ids {@code <id>#<line number>}; a bad line is skipped, the rest kept. */
    private void readLines(String id, List<String> lines, String encoding, Sink sink) {
        for (int i = 0; i < lines.size(); i++) readLine(id, i + 1, lines.get(i), encoding, sink);
    }

    private void readLine(String id, int number, String line, String encoding, Sink sink) {
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (line.isBlank()) return;
        String lineId = id + "#" + number;
        if (line.length() > config.maxChars()) {
            sink.skipped.add(new Skipped(lineId, tooLarge(line.length())));
            return;
        }
        accept(lineId, JsonArticles.parse(line, number - 1), encoding, false, sink);
    }

    private void accept(String id, Parsed parsed, String encoding, boolean named, Sink sink) {
        if (parsed instanceof Parsed.Bad) {
            sink.skipped.add(new Skipped(id, ((Parsed.Bad) parsed).reason()));
        } else if (parsed instanceof Parsed.NotArticle && named) {
            sink.skipped.add(new Skipped(id, "not an article: it is parley's own output (parley-events JSON or a parley report); give the"
                    + " articles it was made from"));
        } else if (parsed instanceof Parsed.NotArticle) {
            sink.ignored++;
        } else {
            Parsed.Doc doc = (Parsed.Doc) parsed;
            if (doc.text().isBlank()) {
                sink.skipped.add(new Skipped(id, "no article text"));
            } else if (doc.text().length() > config.maxChars()) {
                sink.skipped.add(new Skipped(id, tooLarge(doc.text().length())));
            } else {
                List<String> warnings = new ArrayList<>();
                sink.articles.add(assemble(id, doc, encoding, config.defaultPublished(), warnings));
                for (String w : warnings) sink.warnings.add(new Warning(id, w));
            }
        }
    }

    private String tooLarge(int chars) {
        return "too large: " + chars + " characters, over the limit of " + config.maxChars()
                + " (raise --max-chars to read it)";
    }

    private static Parsed.Doc textDoc(String raw) {
        FrontMatter fm = FrontMatter.parse(raw);
        return new Parsed.Doc(fm.fields().getOrDefault("title", ""), fm.body(), fm.fields(), "frontmatter", fm.problems());
    }

    /** The article; what had to be guessed on the way is added to {@code warnings}. */
    private static Article assemble(String id, Parsed.Doc doc, String encoding, LocalDate defaultPublished,
                                    List<String> warnings) {
        Map<String, String> fields = new LinkedHashMap<>(doc.fields());
        if (encoding != null) fields.put("encoding", encoding);
        String path = id.contains("#") ? id.substring(0, id.lastIndexOf('#')) : id;
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        PublicationDates.Decision d = PublicationDates.decide(fields, doc.metadataSource(), doc.text(), fileName,
                defaultPublished);
        if (d.yearlessDateline() != null) fields.putIfAbsent("dateline", d.yearlessDateline());
        warnings.addAll(doc.warnings());
        warnings.addAll(d.warnings());
        String title = doc.title().isBlank() ? PageDebris.title(doc.text()) : doc.title().strip();
        return new Article(id, title, doc.text(), d.published(), d.from(), fields);
    }

    /** Ids in string order, except that the line numbers after '#' compare as numbers (a.jsonl#2 before #10). */
    static int compareIds(String a, String b) {
        int ha = a.lastIndexOf('#');
        int hb = b.lastIndexOf('#');
        if (ha > 0 && hb > 0 && a.substring(0, ha).equals(b.substring(0, hb))) {
            try {
                return Long.compare(Long.parseLong(a.substring(ha + 1)), Long.parseLong(b.substring(hb + 1)));
            } catch (NumberFormatException e) {
                // not line numbers: plain order
            }
        }
        return a.compareTo(b);
    }
}
