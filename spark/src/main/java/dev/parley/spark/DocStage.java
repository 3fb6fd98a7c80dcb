package dev.parley.spark;

import dev.parley.cache.RecordCodec;
import dev.parley.corpus.Article;
import dev.parley.corpus.Corpus;
import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.corpus.Skipped;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.Sentence;
import dev.parley.pipeline.DocResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The per-document stage as distributed maps: read each file on an executor with the CLI's reader, key each
 * article by content, annotate only the keys the store lacks (CoreNLP once per executor JVM), then run the pure
 * per-document stages (mentions, local entities, candidates) where the annotation is.
 */
final class DocStage {
    /** One thing a file yielded: an article (id, key, encoded Article), a skipped document, or an ignored file. */
    record Item(String id, String key, byte[] article, String skipReason, int ignored) implements Serializable {
    }

    /** The per-document results (encoded {@link DocResult}, keyed by document id; persisted) and what was not read. */
    record Output(JavaPairRDD<String, byte[]> results, List<Skipped> skipped, int ignored) {
    }

    private final SparkSession spark;
    private final JavaSparkContext sc;
    private final LongAccumulator annotated;

    DocStage(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.annotated = spark.sparkContext().longAccumulator("parley.annotated");
    }

    /** How many documents this stage has annotated with CoreNLP so far (the rest came from the store). */
    long annotatedCount() {
        return annotated.value();
    }

    /** @param store Parquet folder of earlier annotations, or null to annotate everything and keep nothing */
    Output run(List<InputFiles.File> files, CorpusConfig config, String store, int partitions) {
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        LocalDate published = config.defaultPublished();
        int maxChars = config.maxChars();
        String signature = PerExecutor.signature();
        JavaRDD<Item> items = sc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
                .flatMap(f -> read(f, hadoop.value().value(), new CorpusConfig(published, maxChars), signature).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Skipped> skipped = new ArrayList<>();
        int ignored = 0;
        for (Item i : items.filter(i -> i.article() == null).collect()) {
            if (i.skipReason() != null) skipped.add(new Skipped(i.id(), i.skipReason()));
            ignored += i.ignored();
        }
        JavaRDD<Item> articles = items.filter(i -> i.article() != null);
        LongAccumulator counter = annotated;
        JavaPairRDD<String, byte[]> results;
        if (store == null) {
            // map, not mapPartitions: the engine lives in a per-JVM holder, so there is no per-partition setup
            results = articles.mapToPair(i -> {
                AnnotatedDoc doc = PerExecutor.engine().annotate(RecordCodec.decode(i.article(), Article.class));
                counter.add(1);
                return new Tuple2<>(i.id(), RecordCodec.encode(PerExecutor.parley().process(doc)));
            });
        } else {
            DocStore docs = new DocStore(spark, store);
            JavaPairRDD<String, byte[]> byKey = articles.mapToPair(i -> new Tuple2<>(i.key(), i.article()));
            JavaPairRDD<String, byte[]> missing = byKey.subtractByKey(docs.keys()).reduceByKey((a, b) -> a);
            docs.append(missing.mapValues(article -> {
                AnnotatedDoc doc = PerExecutor.engine().annotate(RecordCodec.decode(article, Article.class));
                counter.add(1);
                return RecordCodec.encode(doc.sentences());
            }));
            results = byKey.join(docs.read()).mapToPair(t -> {
                Article a = RecordCodec.decode(t._2()._1(), Article.class);
                @SuppressWarnings("unchecked")
                List<Sentence> sentences = RecordCodec.decode(t._2()._2(), List.class);
                DocResult r = PerExecutor.parley().process(new AnnotatedDoc(a, sentences));
                return new Tuple2<>(a.id(), RecordCodec.encode(r));
            });
        }
        // Kept once computed: without a store every later use (the corpus level's passes, the documents' metadata)
        // would otherwise run the annotation again.
        return new Output(results.persist(StorageLevel.MEMORY_AND_DISK()), skipped, ignored);
    }

    /** Reads one file on an executor exactly as the CLI reads it. */
    private static List<Item> read(InputFiles.File f, org.apache.hadoop.conf.Configuration conf, CorpusConfig config,
                                   String signature) {
        byte[] bytes;
        try {
            Path path = new Path(f.uri());
            FileSystem fs = path.getFileSystem(conf);
            try (InputStream in = fs.open(path)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            return List.of(new Item(f.id(), null, null, "cannot read: " + e.getMessage(), 0));
        }
        Corpus c = new CorpusReader(config).readFile(f.id(), bytes);
        List<Item> out = new ArrayList<>();
        for (Article a : c.articles()) out.add(new Item(a.id(), ContentKey.of(a, signature), RecordCodec.encode(a), null, 0));
        for (Skipped s : c.skipped()) out.add(new Item(s.document(), null, null, s.reason(), 0));
        if (c.ignoredFiles() > 0) out.add(new Item(f.id(), null, null, null, c.ignoredFiles()));
        return out;
    }
}
