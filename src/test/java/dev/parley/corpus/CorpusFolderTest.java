package dev.parley.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folders as users have them: bad files beside good ones, ignore rules, odd names, links. */
class CorpusFolderTest {
    @TempDir Path dir;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static List<String> ids(Corpus c) {
        return c.articles().stream().map(Article::id).toList();
    }

    private static Map<String, String> reasons(Corpus c) {
        Map<String, String> m = new TreeMap<>();
        for (Skipped s : c.skipped()) m.put(s.document(), s.reason());
        return m;
    }

    @Test void badFilesAreSkippedWithReasonsAndGoodOnesRead() throws IOException {
        write(dir.resolve("good.txt"), "Envoys meet\nThe envoys met.\n");
        write(dir.resolve("with space é.txt"), "Ministers talk\nThey talked.\n");
        write(dir.resolve("sub/deep.md"), "Deep\nText.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        write(dir.resolve("blank.txt"), " \n\n\t\n");
        Files.write(dir.resolve("binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(dir.resolve("noise.txt"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b', 14, 15, 16, 17});
        Files.write(dir.resolve("latin.txt"), "Caf\u00e9 talks\n\u201cYes,\u201d he said.\n".getBytes(Charset.forName("windows-1252")));
        write(dir.resolve("bad.json"), "{\"title\": \"x\",\n \"text\": oops}");
        write(dir.resolve("notext.json"), "{\"title\": \"Only a title\", \"url\": \"https://example.org\"}");
        write(dir.resolve("many.json"), "[{\"text\": \"a\"}]");
        write(dir.resolve("lines.jsonl"), "{\"text\": \"Line one.\"}\n{\"text\": \n{\"title\": \"no text\"}\n{\"text\": \"Line four.\"}\n");
        write(dir.resolve("big.txt"), "Big\n" + "x".repeat(2000));
        write(dir.resolve("huge.txt"), "Huge\n" + "y".repeat(5000));
        write(dir.resolve("locked.txt"), "Locked\nText.\n");
        write(dir.resolve("page.html"), "<html><body><nav>Home</nav></body></html>");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));

        FileSource locked = new FileSource() {
            @Override public byte[] read(Path file) throws IOException {
                if (file.getFileName().toString().equals("locked.txt")) throw new AccessDeniedException(file.toString());
                return Files.readAllBytes(file);
            }
        };
        Corpus c = new CorpusReader(CorpusConfig.defaults().withMaxChars(1000), locked, () -> System.in).read(dir);

        assertEquals(List.of("good.txt", "latin.txt", "lines.jsonl#1", "lines.jsonl#4", "sub/deep.md", "with space é.txt"), ids(c));
        Article latin = c.articles().get(1);
        assertEquals("Café talks", latin.title());
        assertTrue(latin.text().contains("\u201cYes,\u201d"));
        assertEquals("windows-1252", latin.metadata().get("encoding"));

        Map<String, String> r = reasons(c);
        assertEquals(List.of("bad.json", "big.txt", "binary.txt", "blank.txt", "dangling.txt", "empty.txt", "huge.txt",
                "lines.jsonl#2", "lines.jsonl#3", "locked.txt", "many.json", "noise.txt", "notext.json", "page.html",
                "sub/loop"), List.copyOf(r.keySet()));
        assertTrue(r.get("bad.json").startsWith("malformed JSON at line 2, column"), r.get("bad.json"));
        assertTrue(r.get("big.txt").startsWith("too large: 2004 characters"), r.get("big.txt"));
        assertTrue(r.get("huge.txt").startsWith("too large: 5005 bytes"), r.get("huge.txt"));
        assertTrue(r.get("binary.txt").startsWith("binary file"));
        assertTrue(r.get("noise.txt").startsWith("binary file"));
        assertTrue(r.get("blank.txt").startsWith("empty file"));
        assertEquals("empty file", r.get("empty.txt"));
        assertTrue(r.get("lines.jsonl#2").startsWith("malformed JSON at line 2"), r.get("lines.jsonl#2"));
        assertTrue(r.get("lines.jsonl#3").startsWith("JSON without article text"));
        assertTrue(r.get("notext.json").startsWith("JSON without article text"));
        assertEquals("cannot read: permission denied", r.get("locked.txt"));
        assertTrue(r.get("sub/loop").startsWith("symbolic link loop"));
        assertTrue(r.get("dangling.txt").startsWith("broken symbolic link"));
        assertEquals("web page without article text", r.get("page.html"));
    }

    @Test void utf8WithAStrayByteStaysUtf8() throws IOException {
        byte[] good = "Caf\u00e9 talks in Z\u00fcrich\nThey met \u2014 briefly.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xE9; // one Latin-1 byte at the end
        Files.write(dir.resolve("mixed.txt"), bytes);
        Article a = new CorpusReader(CorpusConfig.defaults()).read(dir).articles().get(0);
        assertEquals("Café talks in Zürich", a.title());
        assertEquals(TextDecoder.UTF8_REPLACED, a.metadata().get("encoding"));
    }

    @Test void htmlLimitAppliesToTheExtractedText() throws IOException {
        String script = "<script>" + "var x = 1;".repeat(200) + "</script>";
        write(dir.resolve("small.html"), "<html><head>" + script + "</head><body><article><p>Short story.</p></article></body></html>");
        write(dir.resolve("long.html"), "<html><body><article><p>" + "word ".repeat(300) + "</p></article></body></html>");
        Corpus c = new CorpusReader(CorpusConfig.defaults().withMaxChars(1000)).read(dir);
        assertEquals(List.of("small.html"), ids(c));
        assertTrue(reasons(c).get("long.html").startsWith("too large: 1499 characters"), reasons(c).toString());
    }

    @Test void ignoreRulesDefaultsAndHiddenFiles() throws IOException {
        write(dir.resolve("a.txt"), "A\nText.\n");
        write(dir.resolve("README.md"), "About this corpus\n");
        write(dir.resolve("events.json"), "{\"format\": \"parley-events/1\"}");
        write(dir.resolve("out/run1.json"), "{\"format\": \"parley-events/1\", \"events\": []}");
        write(dir.resolve("photo.jpg"), "not an article");
        write(dir.resolve(".hidden.txt"), "Hidden\n");
        write(dir.resolve(".git/HEAD.txt"), "Hidden\n");
        write(dir.resolve(".parleyignore"), "# drafts are not published\ndrafts/\n*.bak.txt\n/notes/*.md\n!keep.bak.txt\n");
        write(dir.resolve("drafts/d.txt"), "Draft\n");
        write(dir.resolve("x/drafts/d2.txt"), "Draft\n");
        write(dir.resolve("old.bak.txt"), "Old\n");
        write(dir.resolve("keep.bak.txt"), "Keep\nText.\n");
        write(dir.resolve("notes/n.md"), "Note\n");
        write(dir.resolve("notes/n.txt"), "Note kept\nText.\n");
        write(dir.resolve("x/notes/n.md"), "Note kept too\nText.\n");
        write(dir.resolve("y/.parleyignore"), "skip-*.txt\n");
        write(dir.resolve("y/skip-me.txt"), "Skipped\n");
        write(dir.resolve("skip-me.txt"), "Read\nText.\n");

        Corpus c = new CorpusReader(CorpusConfig.defaults()).read(dir);
        assertEquals(List.of("a.txt", "keep.bak.txt", "notes/n.txt", "skip-me.txt", "x/notes/n.md"), ids(c));
        assertEquals(List.of(), c.skipped());
        // README.md, events.json, out/run1.json, photo.jpg, old.bak.txt, notes/n.md, y/skip-me.txt
        assertEquals(7, c.ignoredFiles());
    }

    @Test void idsAreSortedRelativePaths() throws IOException {
        for (String name : List.of("b/z.txt", "a b/y.txt", "a/x.txt", "a.txt", "B.txt", "ä.txt")) {
            write(dir.resolve(name), name + "\nText.\n");
        }
        assertEquals(List.of("B.txt", "a b/y.txt", "a.txt", "a/x.txt", "b/z.txt", "ä.txt"),
                ids(new CorpusReader(CorpusConfig.defaults()).read(dir)));
    }

    @Test void singleFileAndMissingPath() throws IOException {
        write(dir.resolve("one/2021-03-18-lavrov.txt"), "Lavrov\nText.\n");
        Corpus c = new CorpusReader(CorpusConfig.defaults()).read(dir.resolve("one/2021-03-18-lavrov.txt"));
        assertEquals(List.of("2021-03-18-lavrov.txt"), ids(c));
        assertEquals("filename", c.articles().get(0).publishedFrom());
        Path missing = dir.resolve("nope");
        ParleyException e = assertThrows(ParleyException.class, () -> new CorpusReader((java.time.LocalDate) null).read(List.of(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
