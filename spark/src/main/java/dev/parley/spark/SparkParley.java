package dev.parley.spark;

import dev.parley.cache.RecordCodec;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.corpus.Skipped;
import dev.parley.merge.DiplomaticEvent;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.DocResult;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The Spark job: {@code spark-submit --class dev.parley.spark.SparkParley parley-spark.jar [options] PATH...}
 * writes the parley-events/1 JSON the CLI writes for the same files. See spark/README.md.
 */
public final class SparkParley {
    /**
     * What to run.
     *
     * @param inputs     folders, files or globs Spark's Hadoop configuration can read
     * @param store      Parquet folder of per-document annotations kept between runs, or null
     * @param corpus     publication date default and size limit, as the CLI's --published and --max-chars
     * @param partitions how many tasks the files are read and annotated in
     * @param distributed whether the corpus-level stages run distributed ({@link DistributedCorpusLevel}) rather
     *                    than on the driver over the collected per-document results
     */
    public record Options(List<String> inputs, String store, CorpusConfig corpus, int partitions, boolean distributed) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(corpus, "corpus");
            if (inputs.isEmpty()) throw new IllegalArgumentException("no input paths");
            if (partitions < 1) throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
    }

    /**
     * A run's report, how many documents it annotated with CoreNLP (the rest came from the store), and for a
     * distributed corpus level how many key-graph components and merge blocks it had (0 when on the driver).
     */
    public record Result(Report report, long annotated, long components, long blocks) {
    }

    private final SparkSession spark;

    public SparkParley(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * The report, as the CLI makes it. Per-document stages always run distributed; the corpus-level stages run on
     * the driver over the collected per-document results, or distributed when {@code options.distributed()} (then
     * only articles' metadata and the events are collected, to build the JSON).
     */
    public Result run(Options options) {
        Prepared p = prepare(options);
        Comparator<String> ids = CorpusReader.idOrder();
        List<Skipped> skipped = new ArrayList<>(p.out().skipped());
        skipped.sort(Comparator.comparing(Skipped::document, ids).thenComparing(Skipped::reason));
        if (options.distributed()) {
            JavaPairRDD<String, byte[]> digests = DistributedInference.digests(p.out().results(), options.partitions());
            DistributedCorpusLevel.Output d = new DistributedCorpusLevel(sc()).run(digests, options.partitions());
            List<DiplomaticEvent> events = new ArrayList<>();
            for (byte[] b : d.events().collect()) events.add(RecordCodec.decode(b, DiplomaticEvent.class));
            List<Article> articles = new ArrayList<>();
            for (byte[] b : digests.values().map(b -> RecordCodec.encode(DistributedInference.digest(b).article())).collect()) {
                articles.add(RecordCodec.decode(b, Article.class));
            }
            articles.sort(Comparator.comparing(Article::id, ids));
            Report report = new Report(articles, events, d.people(), d.countries(), skipped);
            return new Result(report, p.stage().annotatedCount(), d.components(), d.blocks());
        }
        List<DocResult> results = new ArrayList<>();
        for (Tuple2<String, byte[]> t : p.out().results().collect()) results.add(RecordCodec.decode(t._2(), DocResult.class));
        results.sort(Comparator.comparing(r -> r.doc().id(), ids));
        List<Article> articles = new ArrayList<>();
        for (DocResult r : results) articles.add(r.doc().article());
        Corpus corpus = new Corpus(articles, skipped, p.out().ignored());
        // The engine is never needed here: every document arrives annotated.
        Parley parley = new Parley(() -> {
            throw new IllegalStateException("the driver does not annotate");
        }, 1);
        return new Result(parley.corpusLevel(corpus, results), p.stage().annotatedCount(), 0, 0);
    }

    /**
     * For corpora whose events do not fit on the driver: everything distributed, the events written as JSON Lines
     * (one parley-events/1 event object a line, in the JSON's event order) to a folder of part files.
     *
     * @return how many documents were annotated (the rest came from the store)
     */
    public long runToJsonl(Options options, String folder) {
        Prepared p = prepare(options);
        JavaPairRDD<String, byte[]> digests = DistributedInference.digests(p.out().results(), options.partitions());
        DistributedCorpusLevel.Output d = new DistributedCorpusLevel(sc()).run(digests, options.partitions());
        d.events().mapPartitions(EventLines::of).saveAsTextFile(folder);
        return p.stage().annotatedCount();
    }

    private record Prepared(DocStage stage, DocStage.Output out) {
    }

    private Prepared prepare(Options options) {
        List<InputFiles.File> files = InputFiles.list(options.inputs(), spark.sparkContext().hadoopConfiguration());
        DocStage stage = new DocStage(spark);
        return new Prepared(stage, stage.run(files, options.corpus(), options.store(), options.partitions()));
    }

    private JavaSparkContext sc() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String store = null;
        CorpusConfig corpus = CorpusConfig.defaults();
        int partitions = 0;
        boolean distributed = false;
        String jsonl = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o": case "--output": output = value(args, ++i, a); break;
                case "--store": store = value(args, ++i, a); break;
                case "--published": corpus = corpus.withDefaultPublished(LocalDate.parse(value(args, ++i, a))); break;
                case "--max-chars": corpus = corpus.withMaxChars(Integer.parseInt(value(args, ++i, a))); break;
                case "--partitions": partitions = Integer.parseInt(value(args, ++i, a)); break;
                case "--distributed": distributed = true; break;
                case "--events-jsonl": jsonl = value(args, ++i, a); break;
                case "-h": case "--help": System.out.print(USAGE); return;
                default:
                    if (a.startsWith("-")) usage("unknown option '" + a + "'");
                    inputs.add(a);
            }
        }
        if (inputs.isEmpty()) usage("no input paths");
        SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
        try {
            int parts = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
            long t0 = System.nanoTime();
            Options options = new Options(inputs, store, corpus, parts, distributed || jsonl != null);
            if (jsonl != null) {
                long annotated = new SparkParley(spark).runToJsonl(options, jsonl);
                System.err.printf(Locale.ROOT, "parley-spark: events written to %s, %d documents annotated (%.1f s)%n",
                        jsonl, annotated, (System.nanoTime() - t0) / 1e9);
                return;
            }
            Result r = new SparkParley(spark).run(options);
            byte[] json = new ReportWriter().toJson(r.report()).getBytes(StandardCharsets.UTF_8);
            if (output == null) {
                System.out.write(json);
                System.out.flush();
            } else {
                writeOutput(json, output, spark.sparkContext().hadoopConfiguration());
            }
            System.err.printf(Locale.ROOT, "parley-spark: %d documents read, %d skipped, %d annotated, %d events (%.1f s)%n",
                    r.report().documents().size(), r.report().skipped().size(), r.annotated(), r.report().events().size(),
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /**
     * Writes {@code bytes} to {@code output} on whatever Hadoop file system it names, replacing the file. Hadoop's
     * local file system would put a hidden {@code .NAME.crc} checksum file beside it: none is written, and a stale
     * one an older run left is removed, so a local -o leaves what the CLI's -o leaves.
     */
    static void writeOutput(byte[] bytes, String output, Configuration conf) throws IOException {
        Path p = new Path(output);
        // A new instance, not the cached one Spark shares: checksums stay on for Spark's own writes (the store).
        try (FileSystem fs = FileSystem.newInstance(p.toUri(), conf)) {
            fs.setWriteChecksum(false);
            try (OutputStream o = fs.create(p, true)) {
                o.write(bytes);
            }
        }
    }

    private static final String USAGE = String.join("\n",
            "Usage: spark-submit --class dev.parley.spark.SparkParley parley-spark.jar [options] PATH...",
            "  PATH               folder, file or glob of articles (.txt .md .json .jsonl .html), any Hadoop file system",
            "  -o, --output FILE  write the parley-events/1 JSON to FILE (default: stdout)",
            "  --store DIR        Parquet folder of per-document annotations: reused, and extended, across runs",
            "  --published DATE   publication date for articles that state none (YYYY-MM-DD)",
            "  --max-chars N      skip articles longer than N characters",
            "  --partitions N     tasks to read and annotate in (default: 4 x default parallelism)",
            "  --distributed      run entity resolution and the event merge distributed too (same JSON)",
            "  --events-jsonl DIR write the events as JSON Lines part files in DIR, nothing collected on the driver",
            "");

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) usage(option + " needs a value");
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("parley-spark: error: " + problem);
        System.err.print(USAGE);
        System.exit(2);
    }
}
