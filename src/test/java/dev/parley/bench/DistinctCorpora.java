package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's two corpora made of distinct texts, each article as written, none twice in a corpus and none in
 * both: a parser that caches more (parley's keeps 100,000 hidden-layer slices, the baseline 5,000) gains on repeated
 * text, which the generated corpora of {@link Bench.Generator} are made of.
 *
 * <p>The general-news corpus is the 46 hand-written non-diplomatic articles of {@code src/test/resources/general-news}
 * with four of the five sample articles ({@code corpus/articles}, 480 to 730 words each) as {@code dip-*.txt}: one
 * article in 12.5, about one word in ten. The diplomatic corpus is everything else: the longest sample (1,460 words)
 * and the hand-written diplomatic articles of {@code src/test/resources/articles} (50 to 280 words each). The engines'
 * JIT warm-up takes {@link #WARM_UP}, in neither corpus.
 */
final class DistinctCorpora {
    private DistinctCorpora() {
    }

    static final Path SAMPLES = Path.of("corpus/articles");
    static final Path HAND_WRITTEN = Path.of("src/test/resources/articles");
    static final Path GENERAL_NEWS = Path.of("src/test/resources/general-news");
    /** Hand-written articles about people who share a name with others: diplomatic news, for warming the JIT up. */
    static final Path WARM_UP = Path.of("src/test/resources/namesakes");
    /** The sample kept for the diplomatic corpus: the other four give the general-news corpus its diplomatic tenth. */
    static final String DIPLOMATIC_SAMPLE = "002_68551ef04a8369f5.txt";

    /** Writes the diplomatic corpus to {@code diplomatic} and the general-news corpus to {@code general}. */
    static void write(Path diplomatic, Path general) throws IOException {
        Set<String> seen = new HashSet<>();
        Files.createDirectories(diplomatic);
        Files.createDirectories(general);
        for (Path sample : texts(SAMPLES)) {
            boolean kept = sample.getFileName().toString().equals(DIPLOMATIC_SAMPLE);
            // first by name (the hand-written ones are 01-... to 46-...): the longest document is not the last one
            // left to a worker when two threads share the corpus
            copy(sample, kept ? diplomatic.resolve("00-sample-" + sample.getFileName())
                    : general.resolve("dip-" + sample.getFileName()), seen);
        }
        for (Path article : texts(HAND_WRITTEN)) copy(article, diplomatic.resolve(article.getFileName()), seen);
        for (Path article : texts(GENERAL_NEWS)) copy(article, general.resolve("news-" + article.getFileName()), seen);
    }

    /** The {@code .txt} articles of a folder, by name: its README, gold list and ignore file are not articles. */
    private static List<Path> texts(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList());
        }
    }

    private static void copy(Path from, Path to, Set<String> seen) throws IOException {
        String text = Files.readString(from, StandardCharsets.UTF_8);
        if (!seen.add(text.strip())) throw new IllegalStateException(from + " repeats an article already in a corpus");
        Files.writeString(to, text, StandardCharsets.UTF_8);
    }
}
