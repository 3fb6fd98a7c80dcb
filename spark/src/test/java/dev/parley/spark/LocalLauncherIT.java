package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/parley-spark-local as a user runs it, from another folder, in a new JVM: the job in local[*] with Spark from
 * the Maven class path and the pom's --add-opens flags, writing -o with nothing beside it.
 */
class LocalLauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("spark/bin/parley-spark-local");

    @Test
    void runsTheJobLocallyAndWritesOnlyTheOutputFile(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> s = Files.list(ROOT.resolve("corpus/articles"))) {
            Path first = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            Files.copy(first, articles.resolve(first.getFileName()));
        }
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(LAUNCHER.toString(), "articles", "-o", "out/events.json", "--partitions", "2")
                .directory(tmp.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finished");
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertEquals("", Files.readString(stdout), "stdout carries only output, and -o took it");
        assertTrue(err.contains("parley-spark: 1 documents read, 0 skipped, 1 annotated"), err);
        assertTrue(Files.readString(outDir.resolve("events.json")).startsWith("{\n  \"format\": \"parley-events/1\""));
        try (Stream<Path> s = Files.list(outDir)) {
            assertEquals(List.of("events.json"), s.map(f -> f.getFileName().toString()).toList(), "no .crc beside it");
        }
    }
}
