package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.FakeEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The cache seen from the command line: same bytes with or without it and on any thread count; warm runs skip the engine. */
class CacheOptionsTest {
    private static final Path CORPUS = Path.of("corpus/articles");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err, int engineCalls, boolean engineBuilt) {
    }

    private Run run(String... args) {
        return run(Map.of("XDG_CACHE_HOME", tmp.resolve("xdg").toString()), System.getProperty("user.home"), args);
    }

    private Run run(Map<String, String> env, String userHome, String... args) {
        FakeEngine fake = new FakeEngine();
        boolean[] built = {false};
        ExtractCommand cmd = new ExtractCommand();
        cmd.engine = () -> {
            built[0] = true;
            return fake;
        };
        cmd.cache.env = env;
        cmd.cache.userHome = userHome;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString(), fake.calls.get(), built[0]);
    }

    @Test
    void outputIsIdenticalAcrossThreadsAndWithOrWithoutTheCache() {
        String cache = tmp.resolve("c").toString();
        Run plain1 = run("--no-cache", "--threads", "1", CORPUS.toString());
        Run plain2 = run("--no-cache", "--threads", "2", CORPUS.toString());
        Run cold = run("--cache", cache, "--threads", "2", CORPUS.toString());
        Run warm1 = run("--cache", cache, "--threads", "1", CORPUS.toString());
        Run warm2 = run("--cache", cache, "--threads", "2", CORPUS.toString());
        assertEquals(0, plain1.exit(), plain1.err());
        assertTrue(plain1.out().contains("\"events\""), plain1.out());
        for (Run r : List.of(plain2, cold, warm1, warm2)) {
            assertEquals(0, r.exit(), r.err());
            assertEquals(plain1.out(), r.out());
        }
        assertEquals(5, cold.engineCalls());
        assertEquals(0, warm1.engineCalls());
        assertEquals(0, warm2.engineCalls());
    }

    @Test
    void noCacheNeitherReadsNorWrites() {
        Run r = run("--no-cache", CORPUS.toString());
        assertEquals(5, r.engineCalls());
        assertTrue(Files.notExists(tmp.resolve("xdg")));
    }

    @Test
    void theDefaultFolderIsUnderXdgCacheHome() {
        run(CORPUS.toString());
        assertTrue(Files.isDirectory(tmp.resolve("xdg/parley")));
        assertEquals(0, run(CORPUS.toString()).engineCalls());
    }

    @Test
    void badEntriesAreRebuiltAndOnlyVerboseSaysSo() throws Exception {
        String cache = tmp.resolve("c").toString();
        run("--cache", cache, CORPUS.toString());
        Run clean = run("--cache", cache, CORPUS.toString());
        damageAll(Path.of(cache));
        Run quiet = run("--cache", cache, CORPUS.toString());
        assertEquals(5, quiet.engineCalls());
        assertEquals(clean.out(), quiet.out());
        assertFalse(quiet.err().contains("warning"), quiet.err());
        damageAll(Path.of(cache));
        Run verbose = run("--cache", cache, "-v", CORPUS.toString());
        assertEquals(clean.out(), verbose.out());
        assertTrue(verbose.err().contains("parley: warning: ignoring unreadable cache entry"), verbose.err());
        assertTrue(verbose.err().contains("0 from cache, 5 annotated"), verbose.err());
        assertTrue(verbose.err().contains("parley: warning: ignoring unreadable result entry"), verbose.err());
        Run again = run("--cache", cache, "-v", CORPUS.toString());
        assertTrue(again.err().contains("0 from cache, 0 annotated, 5 documents' results reused"), again.err());
    }

    @Test
    void anEmptyCachePathIsRefused() {
        for (String empty : List.of("--cache=", "--cache= ")) {
            Run r = run(empty, CORPUS.toString());
            assertEquals(ExitCodes.USAGE, r.exit(), r.err());
            assertTrue(r.err().contains("--cache needs a folder, got '"), r.err());
            assertFalse(r.engineBuilt());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneWarningLineWithoutVerbose() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = run("--cache", file.resolve("cache").toString(), CORPUS.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("parley: warning:")).toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).startsWith("parley: warning: cannot write the annotation cache in " + file.resolve("cache")),
                warnings.get(0));
        assertEquals("", run("--cache", file.resolve("cache").toString(), "-q", CORPUS.toString()).err());
    }

    @Test
    void withoutAUsableHomeTheCacheGoesUnderHomeNeverUnderTheCurrentFolder() {
        Path home = tmp.resolve("home");
        Run r = run(Map.of("HOME", home.toString()), "?", CORPUS.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isDirectory(home.resolve(".cache/parley")));
        assertFalse(Files.exists(Path.of("?")), "no cache in the current folder");
        Run nowhere = run(Map.of(), "?", CORPUS.toString());
        assertEquals(0, nowhere.exit(), nowhere.err());
        assertEquals(5, nowhere.engineCalls());
        assertTrue(nowhere.err().contains("parley: warning: no folder for the annotation cache"), nowhere.err());
        assertFalse(Files.exists(Path.of("?")), "no cache in the current folder");
    }

    private static void damageAll(Path cache) throws Exception {
        try (var files = Files.walk(cache)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.write(p, new byte[] {1, 2, 3});
        }
    }
}
