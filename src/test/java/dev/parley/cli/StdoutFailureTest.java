package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'parley ... > /dev/full': a failed write of the output is an error, never exit 0 with a truncated file. */
class StdoutFailureTest {
    @TempDir
    Path tmp;

    /** Runs parley in a fresh JVM with stdout on /dev/full; returns the exit code and stderr. */
    private Object[] runIntoFullDisk(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run finished");
        return new Object[] {p.exitValue(), Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void extractIntoAFullDiskExitsThreeWithAMessage() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("articles")); // no articles: no models are loaded
        Object[] r = runIntoFullDisk("extract", empty.toString(), "--no-cache", "-q");
        assertEquals(ExitCodes.CANNOT_RUN, r[0], (String) r[1]);
        assertEquals("parley: error: cannot write the output to stdout: No space left on device"
                + " (is the disk full, or did the program reading it stop?)\n", r[1]);
    }

    @Test
    void schemaAndHelpIntoAFullDiskFailToo() throws Exception {
        for (String[] args : new String[][] {{"schema"}, {"extract", "--help"}}) {
            Object[] r = runIntoFullDisk(args);
            assertEquals(ExitCodes.CANNOT_RUN, r[0], (String) r[1]);
            assertTrue(((String) r[1]).contains("No space left on device"), (String) r[1]);
            assertFalse(((String) r[1]).contains("\tat "), (String) r[1]);
        }
    }
}
