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

/** On a generated corpus of 200 documents the Spark job's JSON equals the CLI's, corpus level on the driver or distributed. */
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
        String store = tmp.resolve("store").toString();
        SparkParley job = new SparkParley(LocalSpark.get());
        SparkParley.Result driver = job.run(new SparkParley.Options(List.of(corpus.toString()), store, CorpusConfig.defaults(), 8, false));
        long t2 = System.nanoTime();
        SparkParley.Result distributed = job.run(new SparkParley.Options(List.of(corpus.toString()), store, CorpusConfig.defaults(), 8, true));
        long t3 = System.nanoTime();
        System.err.printf("generated corpus: %d docs, CLI 2 threads %.1f s, Spark local[2] %.1f s, rerun from the store"
                + " with the distributed corpus level %.1f s%n", docs, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);

        String expected = new ReportWriter().toJson(cli);
        assertEquals(docs, driver.report().documents().size());
        assertEquals(docs, driver.annotated());
        assertEquals(expected, new ReportWriter().toJson(driver.report()));
        assertEquals(0, distributed.annotated(), "the second run takes every annotation from the store");
        assertEquals(expected, new ReportWriter().toJson(distributed.report()));
        // Years moved by 11 put the same names' stories far apart: their components are cut at the gap.
        assertTrue(distributed.blocks() > distributed.components(),
                distributed.blocks() + " blocks, " + distributed.components() + " components");
        System.err.printf("generated corpus: %d key-graph components, %d merge blocks%n",
                distributed.components(), distributed.blocks());
        int most = cli.events().stream().mapToInt(e -> (int) e.mentions().stream().map(m -> m.document()).distinct().count())
                .max().orElse(0);
        assertTrue(cli.events().size() >= 20, cli.events().size() + " events");
        assertTrue(most >= 10, "some event is reported by many documents: at most " + most);
    }
}
