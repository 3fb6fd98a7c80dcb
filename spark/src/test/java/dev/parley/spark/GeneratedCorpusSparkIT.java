package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import dev.parley.pipeline.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a generated corpus of 200 documents the Spark job's events equal the CLI's. */
class GeneratedCorpusSparkIT {
    @Test
    void twoHundredDocumentsGiveTheCliEvents(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("generated");
        int docs = GeneratedCorpus.write(SampleCorpusSparkIT.ARTICLES, corpus);
        assertTrue(docs >= 200, docs + " documents");

        long t0 = System.nanoTime();
        Report cli = new Parley(PerExecutor::engine, 2)
                .run(new CorpusReader(CorpusConfig.defaults()).read(corpus), Parley.Progress.NONE);
        long t1 = System.nanoTime();
        SparkParley.Result spark = new SparkParley(LocalSpark.get())
                .run(new SparkParley.Options(List.of(corpus.toString()), null, CorpusConfig.defaults(), 8));
        long t2 = System.nanoTime();
        System.err.printf("generated corpus: %d docs, CLI 2 threads %.1f s, Spark local[2] %.1f s%n",
                docs, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        assertEquals(docs, spark.report().documents().size());
        assertEquals(new ReportWriter().toJson(cli), new ReportWriter().toJson(spark.report()));
        int most = cli.events().stream().mapToInt(e -> (int) e.mentions().stream().map(m -> m.document()).distinct().count())
                .max().orElse(0);
        assertTrue(cli.events().size() >= 20, cli.events().size() + " events");
        assertTrue(most >= 10, "some event is reported by many documents: at most " + most);
    }
}
