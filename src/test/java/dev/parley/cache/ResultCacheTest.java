package dev.parley.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.corpus.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result entries: found under their key only, never trusted when damaged or made for another key. */
class ResultCacheTest {
    private static final Article ARTICLE = RecordCodecTest.ARTICLE;
    private static final byte[] ANNOTATION = AnnotationCache.key(ARTICLE, "engine-1");

    @TempDir
    Path dir;

    @Test
    void aStoredRecordIsReadBack() throws IOException {
        ResultCache cache = new ResultCache(dir, "rules-1");
        byte[] key = cache.key(ANNOTATION, ARTICLE);
        assertEquals(Optional.empty(), cache.load(key, Article.class));
        cache.store(key, ARTICLE);
        assertEquals(Optional.of(ARTICLE), cache.load(key, Article.class));
        assertThrows(IOException.class, () -> cache.load(key, List.class), "not what was stored");
    }

    @Test
    void theKeyNamesTheFingerprintTheAnnotationAndEveryArticleField() {
        byte[] key = new ResultCache(dir, "rules-1").key(ANNOTATION, ARTICLE);
        assertArrayEquals(key, new ResultCache(dir, "rules-1").key(ANNOTATION, ARTICLE));
        List<byte[]> others = List.of(
                new ResultCache(dir, "rules-2").key(ANNOTATION, ARTICLE),
                new ResultCache(dir, "rules-1").key(AnnotationCache.key(ARTICLE, "engine-2"), ARTICLE),
                new ResultCache(dir, "rules-1").key(ANNOTATION, new Article("a/2.txt", ARTICLE.title(), ARTICLE.text(),
                        ARTICLE.published(), ARTICLE.publishedFrom(), ARTICLE.metadata())),
                new ResultCache(dir, "rules-1").key(ANNOTATION, new Article(ARTICLE.id(), "Other", ARTICLE.text(),
                        ARTICLE.published(), ARTICLE.publishedFrom(), ARTICLE.metadata())),
                new ResultCache(dir, "rules-1").key(ANNOTATION, ARTICLE.withPublished(LocalDate.of(2021, 3, 23), "inferred")),
                new ResultCache(dir, "rules-1").key(ANNOTATION, ARTICLE.withPublished(ARTICLE.published(), "text")),
                new ResultCache(dir, "rules-1").key(ANNOTATION, new Article(ARTICLE.id(), ARTICLE.title(), ARTICLE.text(),
                        ARTICLE.published(), ARTICLE.publishedFrom(), Map.of("source", "y.org"))));
        for (byte[] other : others) assertFalse(java.util.Arrays.equals(key, other));
    }

    @Test
    void damagedOrForeignEntriesThrow() throws IOException {
        ResultCache cache = new ResultCache(dir, "rules-1");
        byte[] key = cache.key(ANNOTATION, ARTICLE);
        cache.store(key, ARTICLE);
        Path entry;
        try (var files = Files.walk(dir)) {
            entry = files.filter(p -> p.toString().endsWith(".res")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(entry);
        for (int i = 0; i < good.length; i += 7) {
            byte[] bad = good.clone();
            bad[i] ^= 0x10;
            Files.write(entry, bad);
            IOException e = assertThrows(IOException.class, () -> cache.load(key, Article.class), "byte " + i);
            assertTrue(e.getMessage() != null, "byte " + i);
        }
        Files.write(entry, java.util.Arrays.copyOf(good, good.length - 1));
        assertThrows(IOException.class, () -> cache.load(key, Article.class));
        byte[] other = cache.key(ANNOTATION, ARTICLE.withPublished(LocalDate.of(2021, 3, 23), "inferred"));
        Files.write(entry, good);
        Path moved = cache.path(other);
        Files.createDirectories(moved.getParent());
        Files.copy(entry, moved);
        assertThrows(IOException.class, () -> cache.load(other, Article.class), "an entry under another key's name");
    }
}
