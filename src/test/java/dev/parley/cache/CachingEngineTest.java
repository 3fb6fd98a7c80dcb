package dev.parley.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.FakeEngine;
import dev.parley.corpus.Article;
import dev.parley.nlp.AnnotatedDoc;
import dev.parley.nlp.NlpEngine;
import dev.parley.nlp.ParseNeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEngineTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static Article article(String text, LocalDate published) {
        return new Article("a.txt", "A", text, published, published == null ? null : "option", Map.of());
    }

    private static final Article LAVROV = article("Lavrov ( the minister ) visited Beijing in 2021. Wang met him.",
            LocalDate.of(2021, 3, 22));

    private CachingEngine engine(FakeEngine fake) {
        return new CachingEngine(() -> fake, fake.signature(), new AnnotationCache(dir), warnings::add);
    }

    @Test
    void missThenHitGivesTheSameDocWithoutTheEngine() {
        FakeEngine fake = new FakeEngine();
        AnnotatedDoc first = engine(fake).annotate(LAVROV);
        Supplier<NlpEngine> never = () -> {
            throw new AssertionError("engine built on a cache hit");
        };
        CachingEngine warm = new CachingEngine(never, fake.signature(), new AnnotationCache(dir), warnings::add);
        AnnotatedDoc second = warm.annotate(LAVROV);
        assertEquals(first, second);
        assertEquals(1, fake.calls.get());
        assertEquals(1, warm.hits());
        assertEquals(0, warm.misses());
        assertEquals(List.of(), warnings);
    }

    /** Needs of the first sentence only, and of both sentences. */
    private static final ParseNeeds FIRST = doc -> {
        BitSet b = new BitSet();
        b.set(0);
        return b;
    };

    @Test
    void aSentenceALaterRuleSetNeedsIsParsedThenAndAddedToTheEntry() {
        FakeEngine fake = new FakeEngine();
        AnnotatedDoc first = engine(fake).annotate(LAVROV, FIRST);
        assertTrue(first.sentences().get(0).parsed());
        assertFalse(first.sentences().get(1).parsed(), "the sentence no rule needs is only tagged");
        assertEquals(1, fake.calls.get());

        // other rules need both sentences: the entry answers, and only the second sentence is parsed
        CachingEngine later = engine(fake);
        AnnotatedDoc both = later.annotate(LAVROV, ParseNeeds.ALL);
        assertEquals(new FakeEngine().annotate(LAVROV), both, "the same as parsing everything at once");
        assertEquals(1, fake.calls.get(), "no new annotation");
        assertEquals(1, fake.laterParses.get(), "one sentence parsed later");
        assertEquals(1, later.hits());

        // the entry now holds both parses, under the same key: no engine is needed for either rule set
        Supplier<NlpEngine> never = () -> {
            throw new AssertionError("engine built although the entry has every parse");
        };
        CachingEngine warm = new CachingEngine(never, fake.signature(), new AnnotationCache(dir), warnings::add);
        assertEquals(both, warm.annotate(LAVROV, ParseNeeds.ALL));
        assertEquals(both, warm.annotate(LAVROV, FIRST), "an entry with more parses than needed is used as it is");
        assertEquals(List.of(), warnings);
    }

    @Test
    void theArticleIsNotCachedSoNewMetadataApplies() {
        FakeEngine fake = new FakeEngine();
        engine(fake).annotate(LAVROV);
        Article retitled = new Article("b.txt", "B", LAVROV.text(), LAVROV.published(), "frontmatter", Map.of("source", "x"));
        AnnotatedDoc doc = engine(fake).annotate(retitled);
        assertEquals(1, fake.calls.get());
        assertEquals(retitled, doc.article());
    }

    @Test
    void changedTextSignatureOrAnchorDateMisses() {
        FakeEngine fake = new FakeEngine();
        engine(fake).annotate(LAVROV);
        engine(fake).annotate(article(LAVROV.text() + " More.", LAVROV.published()));
        assertEquals(2, fake.calls.get(), "changed text");
        engine(fake).annotate(article(LAVROV.text(), LocalDate.of(2021, 3, 23)));
        assertEquals(3, fake.calls.get(), "changed anchor date");
        engine(fake).annotate(article(LAVROV.text(), null));
        assertEquals(4, fake.calls.get(), "no anchor date");
        FakeEngine other = new FakeEngine("fake-2");
        engine(other).annotate(LAVROV);
        assertEquals(1, other.calls.get(), "changed signature");
        engine(fake).annotate(LAVROV);
        assertEquals(4, fake.calls.get(), "the original is still cached");
    }

    @Test
    void keyCoversFormatSignatureDateAndText() {
        byte[] k = AnnotationCache.key(LAVROV, "s");
        assertEquals(32, k.length);
        assertFalse(java.util.Arrays.equals(k, AnnotationCache.key(LAVROV, "t")));
        // The signature's length is hashed too, so moving text between the signature and the date cannot collide.
        assertFalse(java.util.Arrays.equals(AnnotationCache.key(article("x", null), "s\n-"),
                AnnotationCache.key(article("-\nx", null), "s")));
    }

    @Test
    void corruptTruncatedOrForeignEntriesAreIgnoredAndRebuilt() throws IOException {
        FakeEngine fake = new FakeEngine();
        AnnotatedDoc good = engine(fake).annotate(LAVROV);
        Path entry = new AnnotationCache(dir).path(AnnotationCache.key(LAVROV, fake.signature()));
        byte[] bytes = Files.readAllBytes(entry);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add(java.util.Arrays.copyOf(bytes, bytes.length / 2));
        damaged.add(java.util.Arrays.copyOf(bytes, bytes.length + 1));
        damaged.add("{\"not\": \"ours\"}".getBytes());
        byte[] version = bytes.clone();
        version[11] ^= 7; // the format version after the 8-byte magic
        damaged.add(version);
        for (int i = DocCodec.MAGIC.length; i < bytes.length; i += 3) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x10;
            damaged.add(flipped);
        }
        int calls = fake.calls.get();
        for (byte[] d : damaged) {
            Files.write(entry, d);
            AnnotatedDoc doc = engine(fake).annotate(LAVROV);
            assertEquals(good, doc);
            assertEquals(++calls, fake.calls.get(), "damaged entry was trusted");
            assertEquals(good, engine(fake).annotate(LAVROV));
            assertEquals(calls, fake.calls.get(), "damaged entry was not rebuilt");
        }
        assertEquals(damaged.size(), warnings.size(), "one warning per unreadable entry (the empty file included): " + warnings);
    }

    @Test
    void anEntryMovedToAnotherKeyIsNotTrusted() throws IOException {
        FakeEngine fake = new FakeEngine();
        engine(fake).annotate(LAVROV);
        Article other = article("Macron called Scholz.", LAVROV.published());
        AnnotationCache cache = new AnnotationCache(dir);
        Path from = cache.path(AnnotationCache.key(LAVROV, fake.signature()));
        Path to = cache.path(AnnotationCache.key(other, fake.signature()));
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        assertEquals(fake.annotate(other), engine(fake).annotate(other));
        assertEquals(1, warnings.size());
    }

    @Test
    void anUnwritableCacheWarnsOnceAndStillAnnotates() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        FakeEngine fake = new FakeEngine();
        CachingEngine e = new CachingEngine(() -> fake, "fake-1", new AnnotationCache(file), warnings::add);
        assertEquals(fake.annotate(LAVROV), e.annotate(LAVROV));
        e.annotate(article("Other text.", null));
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void parallelWritersOfOneKeyLeaveAWholeEntry() throws Exception {
        FakeEngine fake = new FakeEngine();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedDoc>> fs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                CachingEngine e = engine(fake);
                fs.add(pool.submit(() -> e.annotate(LAVROV)));
            }
            for (Future<AnnotatedDoc> f : fs) assertEquals(fake.annotate(LAVROV), f.get());
        } finally {
            pool.shutdownNow();
        }
        int calls = fake.calls.get();
        engine(fake).annotate(LAVROV);
        assertEquals(calls, fake.calls.get());
        try (var files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "temporary files left behind");
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void defaultFolderFollowsXdg() {
        assertEquals(Optional.of(Path.of("/x/cache/parley")),
                AnnotationCache.defaultDir(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/parley")), AnnotationCache.defaultDir(Map.of(), "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/parley")),
                AnnotationCache.defaultDir(Map.of("XDG_CACHE_HOME", "rel"), "/home/u"), "the XDG spec says to ignore a relative path");
        assertNotEquals(Optional.empty(), AnnotationCache.defaultDir(System.getenv(), System.getProperty("user.home")));
    }

    @Test
    void withoutAUsableUserHomeTheCacheGoesUnderHomeOrNowhereNeverTheCurrentFolder() {
        // Java sets user.home to "?" for a user without a passwd entry (a container's random uid).
        assertEquals(Optional.of(Path.of("/x/cache/parley")), AnnotationCache.defaultDir(Map.of("XDG_CACHE_HOME", "/x/cache"), "?"));
        assertEquals(Optional.of(Path.of("/h/.cache/parley")), AnnotationCache.defaultDir(Map.of("HOME", "/h"), "?"));
        assertEquals(Optional.of(Path.of("/h/.cache/parley")), AnnotationCache.defaultDir(Map.of("HOME", "/h"), null));
        assertEquals(Optional.empty(), AnnotationCache.defaultDir(Map.of("HOME", "rel"), "?"));
        assertEquals(Optional.empty(), AnnotationCache.defaultDir(Map.of(), "?"));
    }

    @Test
    void oneEntryThatCannotBeWrittenDoesNotStopTheOthers() throws IOException {
        FakeEngine fake = new FakeEngine();
        AnnotationCache cache = new AnnotationCache(dir);
        Path blocked = cache.path(AnnotationCache.key(LAVROV, fake.signature()));
        Files.createDirectories(blocked.resolve("in-the-way")); // a folder where the entry should be
        CachingEngine e = new CachingEngine(() -> fake, fake.signature(), cache, warnings::add, msg -> { });
        e.annotate(LAVROV);
        Article other = article("Macron called Scholz.", null);
        e.annotate(other);
        e.annotate(article("Modi visited Paris.", null));
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("cannot write the annotation cache in " + dir + ": Is a directory (" + blocked
                + "); documents not cached are annotated again next run", warnings.get(0));
        assertEquals(1, e.failedWrites());
        assertTrue(Files.isRegularFile(cache.path(AnnotationCache.key(other, fake.signature()))), "later entries are written");
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNext() throws IOException {
        FakeEngine fake = new FakeEngine();
        engine(fake).annotate(LAVROV);
        Path entry = new AnnotationCache(dir).path(AnnotationCache.key(LAVROV, fake.signature()));
        Path folder = entry.getParent();
        String name = entry.getFileName().toString();
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofMinutes(5)));
        Path orphan = Files.writeString(folder.resolve("." + name + ".999999999-k1ll3d.tmp"), "half"); // no such pid
        Files.setLastModifiedTime(orphan, old);
        Path olderVersion = Files.writeString(folder.resolve("." + name + ".8147758432.tmp"), "half");
        Files.setLastModifiedTime(olderVersion, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path writing = Files.writeString(folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-w.tmp"), "half");
        Files.setLastModifiedTime(writing, old);
        Path fresh = Files.writeString(folder.resolve("." + name + ".999999999-n0w.tmp"), "half");
        Path notOurs = Files.writeString(folder.resolve(".notes.tmp"), "user's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        engine(fake).annotate(LAVROV); // a later run, which only reads
        assertFalse(Files.exists(orphan), "its writer no longer runs");
        assertFalse(Files.exists(olderVersion), "a day old");
        assertTrue(Files.exists(writing), "its writer still runs");
        assertTrue(Files.exists(fresh), "too young to tell");
        assertTrue(Files.exists(notOurs), "not a name parley gives");
    }
}
