package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution 'mvn package' lays out (target/parley/: bin/parley, bin/parley.bat, lib/) and target/parley.jar,
 * run as a user runs them: a new JVM through a process, from a folder that is not the checkout.
 */
class DistributionIT {
    private static final Path DIST = Path.of("target/parley").toAbsolutePath();
    private static final Path PARLEY = DIST.resolve("bin/parley");
    private static final String VERSION = System.getProperty("parley.version");

    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    /** Runs a command in {@code dir} with the environment changed by {@code env} (a null value unsets). */
    static Run run(Path dir, Map<String, String> env, String... command) {
        try {
            Path out = Files.createTempFile("parley-out", ".txt");
            Path err = Files.createTempFile("parley-err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().remove("PARLEY_OPTS");
                env.forEach((k, v) -> {
                    if (v == null) pb.environment().remove(k);
                    else pb.environment().put(k, v);
                });
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + List.of(command));
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void assertVersion(Run r) {
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("parley " + VERSION + " (GPL-3.0-or-later), built for Stanford CoreNLP 4.5.10", lines.get(0), r.out());
        assertEquals("Stanford CoreNLP 4.5.10 with its English models", lines.get(1), r.out());
        assertTrue(lines.get(2).startsWith("Java "), r.out());
        assertEquals("", r.err(), "stderr");
    }

    private static long heapMiB(Run r) {
        Matcher m = Pattern.compile("heap up to (\\d+) MiB").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Long.parseLong(m.group(1));
    }

    @Test
    void binParleyPrintsBothVersionsFromAnyFolder() {
        assertTrue(Files.isExecutable(PARLEY), PARLEY + " is laid out by 'mvn package' and executable");
        Run r = run(work, Map.of(), PARLEY.toString(), "--version");
        assertVersion(r);
        assertEquals(3072, heapMiB(r), 100, "the default heap is the README's -Xmx3g");
    }

    @Test
    void parleyOptsReachTheJvmAndItsXmxWins() {
        Run r = run(work, Map.of("PARLEY_OPTS", "-Dunused.property=1 -Xmx700m"), PARLEY.toString(), "--version");
        assertVersion(r);
        assertEquals(700, heapMiB(r), 30);
    }

    @Test
    void runsThroughAChainOfRelativeSymbolicLinks() throws IOException {
        Path bin = Files.createDirectories(work.resolve("home/.local/bin"));
        Path other = Files.createDirectories(work.resolve("tools"));
        Files.createSymbolicLink(other.resolve("parley-real"), PARLEY);
        Files.createSymbolicLink(bin.resolve("parley"), bin.relativize(other.resolve("parley-real")));
        try {
            assertVersion(run(work, Map.of(), bin.resolve("parley").toString(), "--version"));
            // Called through PATH, as an installed command is.
            assertVersion(run(work, Map.of("PATH", bin + ":" + System.getenv("PATH")), "sh", "-c", "parley --version"));
        } finally { // JUnit warns of links out of the temporary folder it deletes
            Files.delete(bin.resolve("parley"));
            Files.delete(other.resolve("parley-real"));
        }
    }

    @Test
    void usesJavaHomeAndSaysWhenItIsWrong() {
        Run ok = run(work, Map.of("JAVA_HOME", System.getProperty("java.home")), PARLEY.toString(), "--version");
        assertVersion(ok);
        Run bad = run(work, Map.of("JAVA_HOME", work.resolve("no-java").toString()), PARLEY.toString(), "--version");
        assertEquals(3, bad.code(), bad.err());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("parley: error: JAVA_HOME is '" + work.resolve("no-java") + "', which has no bin/java"),
                bad.err());
    }

    @Test
    void stdoutCarriesOnlyTheOutput() throws IOException {
        Run r = run(work, Map.of(), PARLEY.toString(), "schema");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("src/main/resources/dev/parley/schema/parley-events-1.schema.json")).strip(),
                r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void messagesNameTheCommandAsItWasTyped() throws IOException {
        Files.createDirectories(work.resolve("news"));
        Run r = run(work, Map.of(), PARLEY.toString(), "news");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("parley: error: 'news' is not a command; to read the articles there, type: "
                + PARLEY + " extract news\n"), r.err());
        Run jar = run(work, Map.of(), javaBin(), "-jar", Path.of("target/parley.jar").toAbsolutePath().toString());
        assertEquals(ExitCodes.USAGE, jar.code(), jar.err());
        assertTrue(jar.err().contains("type 'java -jar " + Path.of("target/parley.jar").toAbsolutePath() + " extract FOLDER'"),
                jar.err());
    }

    @Test
    void aMissingPathIsAUsageErrorNamingIt() {
        Run r = run(work, Map.of(), PARLEY.toString(), "extract", "no-such-folder");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no-such-folder"), r.err());
    }

    @Test
    void libHoldsTheJarAndItsDependenciesUnshaded() throws IOException {
        Path lib = DIST.resolve("lib");
        assertTrue(Files.isRegularFile(lib.resolve("parley.jar")));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(lib)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertTrue(names.contains("stanford-corenlp-4.5.10.jar"), names.toString());
        assertTrue(names.contains("stanford-corenlp-4.5.10-models.jar"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("picocli-")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("junit") || n.startsWith("json-schema-validator")),
                "no test dependencies: " + names);
        byte[] bat = Files.readAllBytes(DIST.resolve("bin/parley.bat"));
        String text = new String(bat, StandardCharsets.US_ASCII);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "parley.bat has CRLF line ends");
        assertTrue(text.contains("dev.parley.cli.Main") && text.contains("%PARLEY_OPTS%")
                && text.contains("lib\\parley.jar"), text);
    }

    @Test
    void theJarCopiedElsewhereWithItsLibFolderRuns() throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("opt/parley"));
        Files.copy(Path.of("target/parley.jar"), elsewhere.resolve("parley.jar"));
        Path lib = Files.createDirectories(elsewhere.resolve("lib"));
        try (Stream<Path> s = Files.list(Path.of("target/lib"))) {
            for (Path jar : s.toList()) {
                // A hard link is a real file in the new place, without copying the 500 MB models jar.
                try {
                    Files.createLink(lib.resolve(jar.getFileName()), jar.toAbsolutePath());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(jar, lib.resolve(jar.getFileName()));
                }
            }
        }
        assertVersion(run(work, Map.of(), javaBin(), "-Xmx3g", "-jar", elsewhere.resolve("parley.jar").toString(), "--version"));
    }

    @Test
    void theJarAloneSaysWhatItMissesInsteadOfAStackTrace() throws IOException {
        Path alone = Files.copy(Path.of("target/parley.jar"), work.resolve("parley.jar"));
        Run r = run(work, Map.of(), javaBin(), "-jar", alone.toString(), "--version");
        assertEquals(ExitCodes.CANNOT_RUN, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("parley: error: cannot load picocli.CommandLine: " + alone
                + " needs the lib/ folder that 'mvn package' puts beside it"), r.err());
        assertTrue(r.err().contains("bin/parley"), r.err());
    }
}
