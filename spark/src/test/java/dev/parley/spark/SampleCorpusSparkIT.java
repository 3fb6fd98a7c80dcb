package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] on corpus/articles gives the CLI's JSON byte for byte, with and without a store. */
class SampleCorpusSparkIT {
    static final Path ARTICLES = Path.of(System.getProperty("parley.root", ".."), "corpus", "articles").toAbsolutePath().normalize();
    private static String cli;

    @BeforeAll
    static void runCli() {
        // What `parley extract corpus/articles` prints, sharing this JVM's one CoreNLP engine.
        cli = new ReportWriter().toJson(new Parley(PerExecutor::engine, 2)
                .run(new CorpusReader(CorpusConfig.defaults()).read(ARTICLES), Parley.Progress.NONE));
    }

    @Test
    void sparkJsonIsByteIdenticalToTheCli() {
        SparkParley.Result r = new SparkParley(LocalSpark.get())
                .run(new SparkParley.Options(List.of(ARTICLES.toString()), null, CorpusConfig.defaults(), 4, false));
        assertEquals(cli, new ReportWriter().toJson(r.report()));
        assertEquals(5, r.annotated());
        assertTrue(cli.contains("\"events\""));
    }

    @Test
    void distributedCorpusLevelGivesTheSameJsonAndJsonLines(@TempDir Path tmp) throws Exception {
        String store = tmp.resolve("store").toString();
        SparkParley job = new SparkParley(LocalSpark.get());
        SparkParley.Options options = new SparkParley.Options(List.of(ARTICLES.toString()), store, CorpusConfig.defaults(), 4, true);
        assertEquals(cli, new ReportWriter().toJson(job.run(options).report()));

        Path out = tmp.resolve("events");
        assertEquals(0, job.runToJsonl(options, out.toString()), "annotations come from the store");
        List<String> lines = new java.util.ArrayList<>();
        try (var parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> expected = new java.util.ArrayList<>();
        for (var e : mapper.readTree(cli).get("events")) expected.add(mapper.writeValueAsString(e));
        assertEquals(expected, lines);
    }

    @Test
    void secondRunWithTheStoreSkipsAnnotation(@TempDir Path tmp) throws Exception {
        String store = tmp.resolve("store").toString();
        SparkParley job = new SparkParley(LocalSpark.get());
        SparkParley.Options options = new SparkParley.Options(List.of(ARTICLES.toString()), store, CorpusConfig.defaults(), 4, false);
        SparkParley.Result first = job.run(options);
        assertEquals(5, first.annotated());
        assertTrue(Files.list(Path.of(store)).anyMatch(p -> p.toString().endsWith(".parquet")), "store written as Parquet");
        SparkParley.Result second = job.run(options);
        assertEquals(0, second.annotated(), "every document came from the store");
        assertEquals(cli, new ReportWriter().toJson(first.report()));
        assertEquals(cli, new ReportWriter().toJson(second.report()));
    }
}
