package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.CorpusConfig;
import dev.parley.corpus.CorpusReader;
import dev.parley.output.ReportWriter;
import dev.parley.pipeline.Parley;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus with undated articles: the sample articles and the hand-written test articles, seven of them with the
 * publication date taken out of their front matter, and one hand-written article with only a year-less dateline
 * (spark/src/test/resources/undated). The CLI's corpus level infers five of those dates from the other articles
 * (the dateline one first, then the others with its help) and re-reads those articles with them; the Spark job must
 * give the same bytes, with the corpus level distributed or on the driver, annotating each document exactly once
 * without a store.
 */
class UndatedCorpusSparkIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    /** Articles whose date line is removed: a report of Lavrov's visit, the 2023 one, Iwaya's trip, calls, a range. */
    private static final List<String> UNDATED = List.of("002_68551ef04a8369f5.txt", "004_5f2e6780d2df67cc.txt",
            "02-iwaya-brazil-schedule.txt", "03-iwaya-brazil-arrives.txt", "06-lamola-baerbock-johannesburg.txt",
            "09-wong-manalo-video-call.txt", "11-ruto-indonesia-range.txt");
    /** How many of the undated articles get a date from the others, the dateline article among them. */
    private static final int INFERRED = 5;
    /** How many articles the corpus holds: the sample articles, the hand-written ones and the dateline article. */
    private static int documents;

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static String cli;

    @BeforeAll
    static void writeCorpusAndRunCli() throws IOException {
        corpus = tmp.resolve("undated");
        Files.createDirectories(corpus);
        List<Path> sources = List.of(SampleCorpusSparkIT.ARTICLES, ROOT.resolve("src/test/resources/articles"),
                ROOT.resolve("spark/src/test/resources/undated"));
        int stripped = 0;
        for (Path folder : sources) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString();
                if (UNDATED.contains(name)) {
                    String undated = text.replaceFirst("(?m)^published: \\d{4}-\\d\\d-\\d\\d\\R", "");
                    assertTrue(!undated.equals(text), name + " had a published: line");
                    text = undated;
                    stripped++;
                }
                Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
                documents++;
            }
        }
        assertEquals(UNDATED.size(), stripped);
        // What `parley extract` prints for that folder, sharing this JVM's one CoreNLP engine.
        cli = new ReportWriter().toJson(new Parley(PerExecutor::engine, 2)
                .run(new CorpusReader(CorpusConfig.defaults()).read(corpus), Parley.Progress.NONE));
        // The corpus exercises the inference: the CLI dates the undated articles from the others (the hand-written
        // folder has undated articles of its own, which are not counted here).
        assertEquals(INFERRED, inferredOfTheUndated(cli), cli);
    }

    @Test
    void distributedRunGivesTheCliBytesAnnotatingEachDocumentOnce() {
        SparkParley.Result r = new SparkParley(LocalSpark.get())
                .run(new SparkParley.Options(List.of(corpus.toString()), null, CorpusConfig.defaults(), 4, true));
        assertEquals(cli, new ReportWriter().toJson(r.report()));
        // The accumulator counts every CoreNLP call made in a task, recomputations included.
        assertEquals(documents, r.annotated(), "each document annotated once");
    }

    @Test
    void driverRunGivesTheCliBytesAnnotatingEachDocumentOnce() {
        SparkParley.Result r = new SparkParley(LocalSpark.get())
                .run(new SparkParley.Options(List.of(corpus.toString()), null, CorpusConfig.defaults(), 4, false));
        assertEquals(cli, new ReportWriter().toJson(r.report()));
        assertEquals(documents, r.annotated(), "each document annotated once");
    }

    /** How many of the articles whose date was taken out, and the dateline article, the output says were inferred. */
    private static int inferredOfTheUndated(String json) {
        try {
            int n = 0;
            for (com.fasterxml.jackson.databind.JsonNode d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("documents")) {
                String id = d.get("id").asText();
                boolean ours = UNDATED.contains(id) || id.equals("iwaya-vieira-brasilia.txt");
                if (ours && "inferred".equals(d.path("publishedFrom").asText())) n++;
            }
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
