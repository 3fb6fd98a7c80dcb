package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.nlp.NlpConfig;
import dev.parley.nlp.corenlp.CoreNlpEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output does not depend on the JVM's locale: under Turkish ("I" lower-cases to a dotless "ı") a fresh
 * process, annotating without the cache, still gives the committed corpus/events.json byte for byte.
 */
class LocaleIT {
    @Test
    void turkishLocaleGivesTheCommittedSampleOutput(@TempDir Path tmp) throws Exception {
        Path err = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx3g", "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", "corpus/articles", "--no-cache", "--progress", "never", "--check", "corpus/events.json"))
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the run finished");
        assertEquals(ExitCodes.OK, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLocaleIsPartOfTheEngineSignature() {
        assertTrue(CoreNlpEngine.signature(NlpConfig.defaults()).contains("parley.locale=und"),
                CoreNlpEngine.signature(NlpConfig.defaults()));
    }
}
