package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several path arguments: never two documents with one id, and the same file is read once. */
class CorpusInputsTest {
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

    private static List<String> ids(Corpus c) {
        return c.articles().stream().map(Article::id).toList();
    }

    @Test void twoFoldersSharingFileNamesAreRefusedNamingBothFiles() throws IOException {
        write("athens/talks.txt", "Erdogan met Mitsotakis in Athens.\n");
        write("taipei/talks.txt", "Pelosi met Tsai in Taipei.\n");
        write("taipei/other.txt", "Other.\n");
        ParleyException e = assertThrows(ParleyException.class, () -> read(dir.resolve("athens"), dir.resolve("taipei")));
        assertTrue(e.getMessage().contains("'talks.txt'"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + dir.resolve("athens/talks.txt") + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + dir.resolve("taipei/talks.txt") + "'"), e.getMessage());
        // Their parent gives each its own id.
        assertEquals(List.of("athens/talks.txt", "taipei/other.txt", "taipei/talks.txt"), ids(read(dir)));
    }

    @Test void twoFilesOfOneNameGivenDirectlyAreRefused() throws IOException {
        Path a = write("a/x.txt", "A.\n");
        Path b = write("b/x.txt", "B.\n");
        ParleyException e = assertThrows(ParleyException.class, () -> read(a, b));
        assertTrue(e.getMessage().contains("'" + a + "' and '" + b + "'"), e.getMessage());
    }

    @Test void theSameFolderOrFileGivenTwiceIsReadOnce() throws IOException {
        Path x = write("news/x.txt", "X.\n");
        write("news/y.txt", "Y.\n");
        Path news = dir.resolve("news");
        Corpus twice = read(news, news, x, dir.resolve("news/../news"));
        assertEquals(List.of("x.txt", "y.txt"), ids(twice));
        assertEquals(ids(read(news)), ids(twice));
    }

    @Test void anIdDoesNotDependOnTheOtherArguments() throws IOException {
        write("news/2021/lavrov.txt", "Lavrov.\n");
        write("other/wang.txt", "Wang.\n");
        Corpus alone = read(dir.resolve("news"));
        Corpus with = read(dir.resolve("other"), dir.resolve("news"));
        assertEquals(List.of("2021/lavrov.txt"), ids(alone));
        assertEquals(List.of("2021/lavrov.txt", "wang.txt"), ids(with));
    }

    @Test void oneFileReachedUnderTwoIdsIsRefused() throws IOException {
        write("news/2021/lavrov.txt", "Lavrov.\n");
        ParleyException e = assertThrows(ParleyException.class, () -> read(dir.resolve("news"), dir.resolve("news/2021")));
        assertTrue(e.getMessage().contains("'2021/lavrov.txt'") && e.getMessage().contains("'lavrov.txt'"), e.getMessage());
    }
}
