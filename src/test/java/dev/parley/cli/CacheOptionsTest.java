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
        FakeEngine fake = new FakeEngine();
        boolean[] built = {false};
        ExtractCommand cmd = new ExtractCommand();
        cmd.engine = () -> {
            built[0] = true;
            return fake;
        };
        cmd.cache.env = Map.of("XDG_CACHE_HOME", tmp.resolve("xdg").toString());
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
        Run again = run("--cache", cache, "-v", CORPUS.toString());
        assertTrue(again.err().contains("5 from cache, 0 annotated"), again.err());
    }

    private static void damageAll(Path cache) throws Exception {
        try (var files = Files.walk(cache)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.write(p, new byte[] {1, 2, 3});
        }
    }
}
