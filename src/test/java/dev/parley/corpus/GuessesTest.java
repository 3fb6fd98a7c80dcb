package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What parley had to guess is said (one warning per file, the article still read); what it cannot read is named. */
class GuessesTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Corpus read(Path... paths) {
        return new CorpusReader(CorpusConfig.defaults()).read(List.of(paths));
    }

    private static Map<String, String> warnings(Corpus c) {
        Map<String, String> out = new TreeMap<>();
        for (Warning w : c.warnings()) assertNull(out.put(w.document(), w.message()), "one warning per file: " + w);
        return out;
    }

    private static Map<String, String> skipped(Corpus c) {
        Map<String, String> out = new TreeMap<>();
        for (Skipped s : c.skipped()) out.put(s.document(), s.reason());
        return out;
    }

    @Test
    void impossibleAndUnreadableDatesAndBrokenFrontMatterAreWarnedOfAndTheArticleIsRead() throws IOException {
        write("feb30.txt", "---\npublished: 2023-02-30\n---\nLavrov met Wang in Beijing.\n");
        write("garbage.json", "{\"maintext\": \"Lavrov met Wang.\", \"date_publish\": \"sometime last week\"}");
        write("unclosed.md", "---\npublished: 2023-02-03\ntitle: Talks\n\nLavrov met Wang.\n");
        write("broken.txt", "---\npublished: 2023-02-03\nthis line is no field\n---\nLavrov met Wang.\n");
        write("fine.txt", "---\npublished: 2023-02-03\n---\nLavrov met Wang.\n");
        Corpus c = read(dir);
        assertEquals(5, c.articles().size());
        assertEquals(List.of(), c.skipped());
        Map<String, String> w = warnings(c);
        assertEquals(List.of("broken.txt", "feb30.txt", "garbage.json", "unclosed.md"), List.copyOf(w.keySet()));
        assertEquals("the front matter's 'published: 2023-02-30' is a day that does not exist (Invalid date 'FEBRUARY 30'),"
                + " so it was ignored", w.get("feb30.txt"));
        assertEquals("the metadata's 'date_publish: sometime last week' is not a date parley reads (write it as YYYY-MM-DD),"
                + " so it was ignored", w.get("garbage.json"));
        assertTrue(w.get("broken.txt").startsWith("the front matter is not valid YAML (line 3: "), w.get("broken.txt"));
        assertTrue(w.get("unclosed.md").contains("read as article text"), w.get("unclosed.md"));
        Article feb30 = c.articles().stream().filter(a -> a.id().equals("feb30.txt")).findFirst().orElseThrow();
        assertNull(feb30.published(), "no date was made up");
        assertEquals("Lavrov met Wang in Beijing.", feb30.title());
    }

    @Test
    void filesNamedOnTheCommandLineThatParleyCannotReadAreSkippedByName() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4\n");
        Path csv = write("table.csv", "a,b\n1,2\n");
        Path own = write("out/events.json", "{\"format\": \"parley-events/1\", \"documents\": [], \"events\": []}\n");
        Path text = write("a.txt", "Lavrov met Wang.\n");
        Corpus c = read(pdf, csv, own, text);
        assertEquals(1, c.articles().size());
        Map<String, String> s = skipped(c);
        assertEquals(List.of("events.json", "report.pdf", "table.csv"), List.copyOf(s.keySet()));
        assertTrue(s.get("report.pdf").startsWith("not an article: a .pdf file is no format parley reads (it reads .txt,"),
                s.get("report.pdf"));
        assertTrue(s.get("table.csv").startsWith("not an article: a .csv file"), s.get("table.csv"));
        assertEquals("not an article: it is parley's own output (parley-events JSON or a parley report); give the articles it was made from",
                s.get("events.json"));
        // In a folder they are passed over, as before.
        Corpus folder = read(dir);
        assertEquals(List.of(), folder.skipped());
        assertEquals(3, folder.ignoredFiles());
    }

    @Test
    void malformedJsonReasonsAreWholeAndNameWhereTheUnclosedPartBegan() throws IOException {
        write("array.json", "{\"maintext\": \"x\", \"a\": [1, 2");
        write("lines.jsonl", "{\"maintext\": \"Lavrov met Wang.\"}\n{\"maintext\": \"x\", \"a\": {\"b\": 1\n");
        Map<String, String> s = skipped(read(dir));
        assertEquals("malformed JSON at line 1, column 29: Unexpected end-of-input: expected close marker for Array"
                + " (opened at line 1, column 24)", s.get("array.json"));
        assertTrue(s.get("lines.jsonl#2").endsWith("(opened at line 2, column 24)"), s.get("lines.jsonl#2"));
        for (String reason : s.values()) {
            assertFalse(reason.contains("Source") || reason.endsWith(" at") || reason.endsWith("("), reason);
        }
        // A message cut inside a phrase by an unknown Jackson wording loses the dangling fragment, not just the source.
        assertEquals("Unexpected thing", JsonArticles.plainMessage("Unexpected thing (near the marker at [Source: REDACTED]", 0));
    }

    @Test
    void theSizeLimitIsNamedAsTheOptionIsTyped() throws IOException {
        write("long.txt", "Lavrov met Wang. ".repeat(20));
        Corpus c = new CorpusReader(CorpusConfig.defaults().withMaxChars(100)).read(dir);
        assertTrue(skipped(c).get("long.txt").endsWith("(raise --max-chars to read it)"), skipped(c).get("long.txt"));
    }

    @Test
    void aLinkToItselfIsALoopAndABrokenOneNamesItsTarget() throws IOException {
        write("a.txt", "Lavrov met Wang.\n");
        Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(dir.resolve("ping.txt"), Path.of("pong.txt"));
        Files.createSymbolicLink(dir.resolve("pong.txt"), Path.of("ping.txt"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("gone.txt"));
        Map<String, String> s = skipped(read(dir));
        assertEquals("symbolic link loop: the link points to itself; not followed", s.get("self.txt"));
        assertEquals("symbolic link loop: its links lead back to one another; not followed", s.get("ping.txt"));
        assertEquals("broken symbolic link: its target 'gone.txt' does not exist", s.get("dangling.txt"));
        ParleyException named = assertThrows(ParleyException.class, () -> read(dir.resolve("self.txt")));
        assertEquals("cannot read '" + dir.resolve("self.txt") + "': symbolic link loop: the link points to itself; not followed",
                named.getMessage());
    }

    @Test
    void aWebPageWithoutParagraphsIsReadFromItsOtherText() throws IOException {
        write("divs.html", "<html><head><title>Talks</title></head><body><nav>Home</nav>"
                + "<div>Lavrov met Wang in Beijing on Monday.</div><div>They spoke for two hours.</div></body></html>");
        write("empty.html", "<html><body><nav>Home | World</nav></body></html>");
        Corpus c = read(dir);
        assertEquals("Lavrov met Wang in Beijing on Monday. They spoke for two hours.", c.articles().get(0).text());
        assertEquals(Map.of("empty.html", "web page without article text"), skipped(c));
    }
}
