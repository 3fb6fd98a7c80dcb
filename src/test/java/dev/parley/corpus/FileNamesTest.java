package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document ids from non-ASCII file names are the same whatever the locale, LC_ALL=C included. */
class FileNamesTest {
    @TempDir Path dir;

    private void corpus() throws IOException {
        for (String name : List.of("café.txt", "cafè.txt", "Zürich/Ärger 50%.txt", "plain.txt")) {
            Path p = dir.resolve("news").resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "Text of " + name + ".\n", StandardCharsets.UTF_8);
        }
    }

    /** What {@link #main} prints for the corpus when run in a fresh JVM under the given locale. */
    private String idsUnder(String locale) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FileNamesTest.class.getName(), dir.resolve("news").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LC_ALL", locale);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Prints the ids read from args[0], one a line, non-ASCII as \\uXXXX so that no locale can garble them. */
    public static void main(String[] args) {
        Corpus c = new CorpusReader(CorpusConfig.defaults()).read(Path.of(args[0]));
        StringBuilder sb = new StringBuilder();
        for (Article a : c.articles()) {
            for (char ch : a.id().toCharArray()) sb.append(ch < 128 ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
            sb.append('\n');
        }
        System.out.print(sb);
    }

    @Test void idsAreTheSameUnderTheCAndAUtf8Locale() throws Exception {
        corpus();
        String expected = "Z\\u00fcrich/\\u00c4rger 50%.txt\ncaf\\u00e8.txt\ncaf\\u00e9.txt\nplain.txt\n";
        assertEquals(expected, idsUnder("C.UTF-8"));
        assertEquals(expected, idsUnder("C"));
    }

    @Test void namesAreReadFromTheirBytes() throws IOException {
        corpus();
        Path news = dir.resolve("news");
        assertEquals("Zürich/Ärger 50%.txt", FileNames.utf8(news.resolve("Zürich/Ärger 50%.txt"), 2));
        assertEquals("café.txt", FileNames.utf8(news.resolve("café.txt"), 1));
        assertEquals("Zürich", FileNames.utf8(news.resolve("Zürich"), 1), "a folder's URI ends with '/'");
        assertEquals("", FileNames.localeHint("café"), "nothing to say under a UTF-8 locale");
    }
}
