package dev.parley.bench;

import dev.parley.cache.AnnotationCache;
import dev.parley.cache.CachingEngine;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusReader;
import dev.parley.events.Candidate;
import dev.parley.events.EventType;
import dev.parley.events.LocalParticipant;
import dev.parley.events.Role;
import dev.parley.events.Status;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.merge.EventMerger;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import dev.parley.nlp.corenlp.BareCoreNlp;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.Report;
import dev.parley.resolve.Entities;
import dev.parley.resolve.Gazetteer;
import dev.parley.resolve.Person;
import dev.parley.time.EventDate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The benchmark of issues 9 and 17, in one JVM: generates N articles from the sample corpus and a general-news
 * corpus, or with {@code --distinct} writes the {@link DistinctCorpora}, in which no text repeats; then measures model
 * loading, parley against the baseline (bare CoreNLP as parley ran it before issue 17: SUTime on, every sentence
 * parsed) on both, against CoreNLP's default pipeline, 1 against 2 threads, a warm-cache rerun of the real jar (a new
 * JVM), peak heap, and merging 100,000 synthetic candidates. Prints a Markdown table on stdout, with the load average
 * beside each timing.
 * Run by scripts/bench.sh.
 *
 * <p>Usage: {@code Bench N|--distinct WORKDIR JAR [--rounds K] [--skip-default] [--skip-merge]} or {@code Bench --merge-only COUNT}
 */
public final class Bench {
    private Bench() {
    }

    private static final List<String> out = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--merge-only")) {
            merge(Integer.parseInt(args[1]));
            System.exit(0);
        }
        boolean distinct = args[0].equals("--distinct");
        Path work = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        boolean skipDefault = List.of(args).contains("--skip-default");
        int roundsAt = List.of(args).indexOf("--rounds");
        int rounds = roundsAt < 0 ? 3 : Integer.parseInt(args[roundsAt + 1]);
        Path corpusDir = work.resolve("corpus");
        Path generalDir = work.resolve("general");
        Path warmUpDir;
        String corpusName;
        if (distinct) {
            DistinctCorpora.write(corpusDir, generalDir);
            warmUpDir = DistinctCorpora.WARM_UP;
            corpusName = "diplomatic corpus (distinct texts)";
        } else {
            int count = Integer.parseInt(args[0]);
            Generator.write(Path.of("corpus/articles"), corpusDir, count);
            Generator.writeGeneral(Path.of("corpus/articles"), Path.of("src/test/resources/general-news"), generalDir, count);
            warmUpDir = corpusDir;
            corpusName = "sample-derived corpus (5 articles repeated, names and years varied)";
        }
        row("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));

        long t = System.nanoTime();
        NlpEngine engine = new CoreNlpEngine(NlpConfig.defaults());
        double load = secs(t);
        row("model load, parley's annotators (s)", fmt(load));
        List<Article> articles = new CorpusReader((LocalDate) null).read(List.of(corpusDir)).articles();
        int n = articles.size();
        // JIT warm-up on five documents, shared by every pass below (their annotators are the same instances), and a
        // whole extraction of them for parley's own code, which the baseline does not have; with distinct corpora
        // they are not measured, so no parser cache has seen a measured sentence before its run.
        Path warmUpCopy = work.resolve("warm-up");
        Files.createDirectories(warmUpCopy);
        try (var files = Files.list(warmUpDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(5).toList()) {
                Files.copy(f, warmUpCopy.resolve(f.getFileName()));
            }
        }
        List<Article> warmUp = new CorpusReader((LocalDate) null).read(List.of(warmUpCopy)).articles();
        for (Article a : warmUp) engine.annotate(a);
        parley(engine, warmUpCopy, work.resolve("cache-warm-up"), 1);

        t = System.nanoTime();
        BareCoreNlp bare = BareCoreNlp.baseline(NlpConfig.defaults());
        bare.annotate(warmUp); // warm SUTime, which parley no longer loads
        row("bare CoreNLP load, parley's annotators before issue 17 (SUTime on), shared models already loaded (s)", fmt(secs(t)));
        // Each round measures the baseline, then parley with a new parser whose slice cache is empty (its other
        // annotators come from CoreNLP's pool, loaded and warm), on each corpus: no parley pass has parsed a sentence
        // of its corpus before, and the rounds show how much the shared machine moves the ratios.
        List<Article> general = new CorpusReader((LocalDate) null).read(List.of(generalDir)).articles();
        List<Pair> dip = new ArrayList<>();
        List<Pair> gen = new ArrayList<>();
        resetPeaks();
        for (int r = 0; r < rounds; r++) {
            NlpEngine fresh = new CoreNlpEngine(NlpConfig.defaults());
            dip.add(pair(bare, articles, fresh, corpusDir, work.resolve("cache-" + r)));
            gen.add(pair(bare, general, fresh, generalDir, work.resolve("cache-general-" + r)));
        }
        Run one = dip.get(0).parley();
        row(corpusName + ": documents, tokens, sentences", n + ", " + dip.get(0).tokens() + ", " + one.sentences
                + "; parley: " + one.parsedShare());
        rounds("diplomatic corpus", dip, n, "0.6");
        Run warmIn = parley(engine, corpusDir, work.resolve("cache-0"), 1);
        row("parley extract, 1 thread, warm cache, same JVM (s): parley's own stages", fmt(warmIn.secs)
                + "  (same JSON: " + warmIn.json.equals(one.json) + ")");
        Run news = gen.get(0).parley();
        row("general-news corpus" + (distinct ? " (distinct texts, none in the diplomatic corpus)"
                : " (the 46 articles repeated, with sample-derived ones)") + ": documents, tokens, sentences",
                general.size() + ", " + gen.get(0).tokens() + ", " + news.sentences + "; parley: " + news.parsedShare());
        row("general news: sentences from diplomatic articles; sentences that are an event's mention",
                news.shareOf(Generator::diplomatic) + "; " + news.mentionShare());
        rounds("general news", gen, general.size(), "0.35");
        threads(engine, List.of(corpusDir, generalDir), work);
        row("peak heap in use during the parley runs, sampled every 20 ms, garbage included (MiB)", Long.toString(peakHeap() >> 20));

        if (!skipDefault) {
            t = System.nanoTime();
            BareCoreNlp def = BareCoreNlp.defaults();
            row("model load, CoreNLP default pipeline, shared models already loaded (s)", fmt(secs(t)));
            def.annotate(warmUp); // warm its own extra stages
            t = System.nanoTime();
            long defTokens = def.annotate(articles);
            double defSecs = secs(t);
            row("CoreNLP default pipeline, 1 thread (s)", fmt(defSecs) + "  (" + rate(n, defTokens, defSecs) + ")");
            row("parley / CoreNLP default pipeline", ratio(one.secs / defSecs) + "  (target <= 0.6)");
        }

        Path jsonOut = work.resolve("warm.json");
        for (int i = 0; i < 2; i++) {
            t = System.nanoTime();
            Process p = new ProcessBuilder("java", "-Xmx3g", "-jar", jar.toString(), "extract", "-q", "--cache",
                    work.resolve("cache-0").toString(), "-o", jsonOut.toString(), corpusDir.toString()).inheritIO().start();
            int exit = p.waitFor();
            double warm = secs(t);
            boolean same = exit == 0 && Files.readString(jsonOut, StandardCharsets.UTF_8).equals(one.json);
            row("warm-cache rerun #" + (i + 1) + ", new JVM, wall (s)", fmt(warm) + "  (exit " + exit + ", same JSON: " + same + ")");
        }

        if (!List.of(args).contains("--skip-merge")) merge(100_000);
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        for (String line : out) System.out.println(line);
        System.exit(0); // CoreNLP leaves non-daemon threads behind
    }

    private record Run(double secs, double cpuSecs, long tokens, String json, long sentences, long parsed, Report report,
                       Map<String, Integer> sentencesByDoc) {
        String parsedShare() {
            return String.format(Locale.ROOT, "%d of %d sentences parsed, %.2f", parsed, sentences, parsed / (double) sentences);
        }

        /** The share of sentences in documents the test accepts. */
        String shareOf(java.util.function.Predicate<String> docs) {
            long in = 0;
            for (var e : sentencesByDoc.entrySet()) if (docs.test(e.getKey())) in += e.getValue();
            return String.format(Locale.ROOT, "%.3f", in / (double) sentences);
        }

        /** The share of sentences some event cites as its evidence. */
        String mentionShare() {
            java.util.Set<String> cited = new java.util.HashSet<>();
            for (DiplomaticEvent e : report.events()) {
                for (var m : e.mentions()) cited.add(m.document() + "#" + m.sentence());
            }
            return String.format(Locale.ROOT, "%.3f", cited.size() / (double) sentences);
        }
    }

    /** The baseline and parley, one after the other, on the same corpus; the baseline's CPU-seconds as {@link Run}'s. */
    private record Pair(double bareSecs, double bareCpu, long tokens, String load, Run parley) {
        double ratio() {
            return parley.secs / bareSecs;
        }

        double cpuRatio() {
            return parley.cpuSecs / bareCpu;
        }
    }

    private static Pair pair(BareCoreNlp bare, List<Article> articles, NlpEngine engine, Path dir, Path cache) throws IOException {
        String l0 = load();
        long t = System.nanoTime();
        double cpu = cpuSecs();
        long tokens = bare.annotate(articles);
        double secs = secs(t);
        double bareCpu = cpuSecs() - cpu;
        Run run = parley(engine, dir, cache, 1);
        return new Pair(secs, bareCpu, tokens, l0 + " -> " + load(), run);
    }

    /** A row per round, then the ratio over all rounds (total time against total time) and its range. */
    private static void rounds(String corpus, List<Pair> pairs, int docs, String target) {
        double bare = 0;
        double bareCpu = 0;
        double parley = 0;
        double parleyCpu = 0;
        for (int r = 0; r < pairs.size(); r++) {
            Pair p = pairs.get(r);
            row(corpus + ", round " + (r + 1) + ": baseline (bare CoreNLP, SUTime on, every sentence parsed); parley extract, "
                    + "1 thread, cold cache (s)", fmt(p.bareSecs()) + " (" + fmt(p.bareCpu()) + " CPU-s; "
                    + rate(docs, p.tokens(), p.bareSecs()) + "); " + fmt(p.parley().secs) + " (" + fmt(p.parley().cpuSecs)
                    + " CPU-s; " + rate(docs, p.parley().tokens, p.parley().secs) + "): " + ratio(p.ratio()) + ", in CPU-s "
                    + ratio(p.cpuRatio()) + "  (load " + p.load() + ")");
            bare += p.bareSecs();
            bareCpu += p.bareCpu();
            parley += p.parley().secs;
            parleyCpu += p.parley().cpuSecs;
        }
        row("**parley / baseline, " + corpus + "**, " + pairs.size() + " rounds (target <= " + target + ")",
                "**" + ratio(parley / bare) + "** (rounds " + range(pairs, Pair::ratio) + "); in CPU-seconds "
                        + ratio(parleyCpu / bareCpu) + " (rounds " + range(pairs, Pair::cpuRatio) + ")");
    }

    private static String range(List<Pair> pairs, java.util.function.ToDoubleFunction<Pair> f) {
        var stats = pairs.stream().mapToDouble(f).summaryStatistics();
        return ratio(stats.getMin()) + "–" + ratio(stats.getMax());
    }

    /**
     * 2 threads against 1 on both corpora together, in turn 1, 2, 1, 2, each pass with a cold annotation cache. The
     * passes above have warmed the JIT and the parser's slice cache on these documents, so neither favours a pass.
     */
    private static void threads(NlpEngine engine, List<Path> corpora, Path work) throws IOException {
        double[] wall = new double[3];
        double[] cpu = new double[3];
        List<String> passes = new ArrayList<>();
        String json = null;
        boolean same = true;
        long docs = 0;
        for (int pass = 0; pass < 4; pass++) {
            int threads = 1 + pass % 2;
            String l0 = load();
            Run r = parley(engine, corpora, work.resolve("cache-threads-" + pass), threads);
            wall[threads] += r.secs;
            cpu[threads] += r.cpuSecs;
            docs = r.sentencesByDoc.size();
            passes.add(threads + " thread" + (threads == 1 ? "" : "s") + " " + fmt(r.secs) + " s (load " + l0 + " -> " + load() + ")");
            if (json == null) json = r.json;
            else same &= json.equals(r.json);
        }
        row("both corpora, " + docs + " documents, 1 and 2 threads in turn, cold cache (s)", String.join("; ", passes));
        row("CPU-seconds per document, 1 thread; 2 threads (process CPU, two passes each)", fmt(cpu[1] / (2 * docs)) + "; "
                + fmt(cpu[2] / (2 * docs)) + "  (2 threads / 1 thread: " + ratio(cpu[2] / cpu[1]) + ", target within 10 %)");
        row("2 threads / 1 thread throughput", ratio(wall[1] / wall[2]) + "x  (target >= 1.7 on an idle machine; "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        row("same JSON with 1 and 2 threads", Boolean.toString(same));
    }

    /** A whole extraction as the CLI runs it: read, annotate (writing the cache), extract, merge, JSON. */
    private static Run parley(NlpEngine engine, Path corpusDir, Path cacheDir, int threads) throws IOException {
        return parley(engine, List.of(corpusDir), cacheDir, threads);
    }

    private static Run parley(NlpEngine engine, List<Path> corpora, Path cacheDir, int threads) throws IOException {
        AtomicLong tokens = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        Map<String, Integer> byDoc = new java.util.concurrent.ConcurrentHashMap<>();
        NlpEngine counting = new NlpEngine() {
            @Override
            public AnnotatedDoc annotate(Article a) {
                return annotate(a, ParseNeeds.ALL);
            }

            @Override
            public AnnotatedDoc annotate(Article a, ParseNeeds needs) {
                AnnotatedDoc d = engine.annotate(a, needs);
                byDoc.put(a.id(), d.sentences().size());
                for (var s : d.sentences()) {
                    tokens.addAndGet(s.tokens().size());
                    sentences.incrementAndGet();
                    if (s.parsed()) parsed.incrementAndGet();
                }
                return d;
            }

            @Override
            public AnnotatedDoc parse(AnnotatedDoc doc, java.util.BitSet which) {
                return engine.parse(doc, which);
            }

            @Override
            public String signature() {
                return engine.signature();
            }
        };
        double cpu = cpuSecs();
        long t = System.nanoTime();
        Corpus corpus = new CorpusReader((LocalDate) null).read(corpora);
        CachingEngine cached = new CachingEngine(() -> counting, CoreNlpEngine.signatureFor(NlpConfig.defaults()),
                new AnnotationCache(cacheDir), System.err::println);
        Report report = new Parley(() -> cached, threads).run(corpus, Parley.Progress.NONE);
        String json = new ReportWriter().toJson(report);
        return new Run(secs(t), cpuSecs() - cpu, tokens.get(), json, sentences.get(), parsed.get(),
                report, byDoc);
    }

    /** CPU time of the whole JVM: the workers, and also GC and JIT, as a user pays them; steadier than wall time under load. */
    private static double cpuSecs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The 1-, 5- and 15-minute load averages, from /proc/loadavg ("?" where there is none). */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** 100,000 candidates over 20,000 documents, 2,000 people and five years, merged with the real merger. */
    private static void merge(int count) {
        Random rnd = new Random(9);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add(new Person("p" + i, "First" + i + " Last" + i, List.of(), i % 2 == 0 ? "CHN" : "RUS", List.of(), 3, false));
        }
        Map<String, Person> byLocal = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(count);
        String[] countries = {"CHN", "RUS", "USA", "FRA", "DEU", "IND", "BRA", "JPN"};
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            String doc = "doc" + (i / 5) + ".txt";
            int a = rnd.nextInt(people.size());
            int b = rnd.nextInt(people.size());
            byLocal.put(Entities.localKey(doc, 1 + 2 * (i % 5)), people.get(a));
            byLocal.put(Entities.localKey(doc, 2 + 2 * (i % 5)), people.get(b));
            EventType type = EventType.values()[rnd.nextInt(4)];
            Role first = type == EventType.VISIT ? Role.VISITOR : Role.PARTICIPANT;
            Role second = type == EventType.VISIT ? Role.HOST : Role.PARTICIPANT;
            LocalDate day = base.plusDays(rnd.nextInt(5 * 365));
            EventDate date = rnd.nextInt(4) == 0 ? null : EventDate.day(day);
            candidates.add(new Candidate(doc, i % 5, 0, 10, 0, 10, "synthetic sentence " + i, "visit", type,
                    List.of(new LocalParticipant(1 + 2 * (i % 5), first, 1), new LocalParticipant(2 + 2 * (i % 5), second, 3)),
                    null, countries[rnd.nextInt(countries.length)], date, 0, Status.OCCURRED, rnd.nextInt(3) > 0,
                    type == EventType.SUMMIT ? "G" + rnd.nextInt(30) : null, day.plusDays(1), false));
        }
        Entities entities = Entities.of(people, byLocal);
        EventMerger merger = new EventMerger(Gazetteer.get());
        merger.merge(candidates.subList(0, 5000), entities); // warm-up
        long t = System.nanoTime();
        List<DiplomaticEvent> events = merger.merge(candidates, entities);
        row("merge of " + count + " synthetic candidates (s)", fmt(secs(t)) + "  (" + events.size() + " events, digest "
                + Integer.toHexString(events.toString().hashCode()) + "; target <= 10)");
    }

    /** Heap in use, sampled every 20 ms: the sum of per-pool peaks would add peaks that never coincided. */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(0);
    }

    private static long peakHeap() {
        return PEAK.get();
    }

    private static void row(String what, String value) {
        String line = "| " + what + " | " + value + " |";
        out.add(line);
        System.err.println("bench: " + line);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    private static String rate(int docs, long tokens, double secs) {
        return String.format(Locale.ROOT, "%.2f docs/s, %.0f tokens/s", docs / secs, tokens / secs);
    }

    /** Writes N articles: the sample corpus with people, publication dates and years varied, so no two share a key. */
    static final class Generator {
        private static final String[][] PEOPLE = {
            {"Sergey Lavrov", "Lavrov"}, {"Wang Yi", "Wang"}, {"Antony Blinken", "Blinken"}, {"Jake Sullivan", "Sullivan"}};
        private static final String[][] SWAPS = {
            {"Annalena Baerbock", "Baerbock"}, {"Penny Wong", "Wong"}, {"Mauro Vieira", "Vieira"}, {"Subrahmanyam Jaishankar", "Jaishankar"},
            {"Catherine Colonna", "Colonna"}, {"Hakan Fidan", "Fidan"}, {"Yoko Kamikawa", "Kamikawa"}, {"Naledi Pandor", "Pandor"},
            {"Melanie Joly", "Joly"}, {"Radoslaw Sikorski", "Sikorski"}, {"Antonio Tajani", "Tajani"}, {"David Cameron", "Cameron"}};

        static void write(Path samples, Path target, int n) throws IOException {
            List<String> bases = new ArrayList<>();
            try (var files = Files.list(samples)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    bases.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            if (Files.exists(target)) {
                try (var old = Files.walk(target)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            Files.createDirectories(target);
            for (int i = 0; i < n; i++) {
                String text = bases.get(i % bases.size());
                int v = i / bases.size();
                if (v > 0) {
                    // Each of the four sample people becomes someone else, chosen by v, and dates move by v years.
                    for (int k = 0; k < PEOPLE.length; k++) {
                        String[] to = SWAPS[(v + 3 * k) % SWAPS.length];
                        text = text.replace(PEOPLE[k][0], to[0]).replace(PEOPLE[k][1], to[1]);
                    }
                    for (int y = 2024; y >= 2015; y--) text = text.replace(Integer.toString(y), Integer.toString(y + v % 7 + 1));
                    text = text.replaceFirst("published: (\\d{4})-(\\d\\d)-(\\d\\d)",
                            "published: $1-$2-" + String.format(Locale.ROOT, "%02d", 1 + v % 28));
                    text = text + "\n\n(Story " + v + ".)\n";
                }
                Files.writeString(target.resolve(String.format(Locale.ROOT, "%04d.txt", i)), text, StandardCharsets.UTF_8);
            }
        }

        /** Names of the diplomatic (sample-derived) articles in {@link #writeGeneral}'s corpus. */
        static boolean diplomatic(String id) {
            return id.startsWith("dip-");
        }

        /**
         * Writes a general-news corpus of about {@code n} articles: every hand-written article of {@code general}
         * (each copy told apart by a line, so no two share a cache key) and, as {@code dip-*.txt}, sample-derived
         * articles, one for every 12 general ones: the samples are longer, so about one sentence in ten is theirs.
         */
        static void writeGeneral(Path samples, Path general, Path target, int n) throws IOException {
            Path dip = target.resolveSibling(target.getFileName() + "-dip");
            int diplomatic = Math.max(1, n / 13);
            write(samples, dip, diplomatic);
            List<Path> news;
            try (var files = Files.list(general)) {
                news = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            Files.createDirectories(target);
            try (var old = Files.list(dip)) {
                for (Path p : old.sorted().toList()) Files.move(p, target.resolve("dip-" + p.getFileName()));
            }
            Files.delete(dip);
            for (int i = 0; i < n - diplomatic; i++) {
                String text = Files.readString(news.get(i % news.size()), StandardCharsets.UTF_8);
                int v = i / news.size();
                if (v > 0) text = text + "\n\n(Story " + v + ".)\n";
                Files.writeString(target.resolve(String.format(Locale.ROOT, "news-%04d.txt", i)), text, StandardCharsets.UTF_8);
            }
        }
    }
}
