package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-chars bounds what is held while reading, not only what is kept after reading a whole file. */
class BoundedReadingTest {
    private static final CorpusConfig SMALL = CorpusConfig.defaults().withMaxChars(1000);

    @TempDir Path dir;

    private static List<String> ids(Corpus c) {
        return c.articles().stream().map(Article::id).toList();
    }

    @Test void aJsonlFileLargerThanAnyArrayIsReadALineAtATime() throws IOException {
        Path big = dir.resolve("big.jsonl");
        byte[] first = "{\"text\": \"Lavrov met Wang Yi.\"}\n".getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(first);
            f.write("x".repeat(9000).getBytes(StandardCharsets.UTF_8));
            f.setLength((1L << 31) + 16); // sparse: no disk used; one line of over 2 GiB
        }
        Corpus c = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> new CorpusReader(SMALL).read(dir));
        assertEquals(List.of("big.jsonl#1"), ids(c));
        assertEquals(1, c.skipped().size());
        assertEquals("big.jsonl#2", c.skipped().get(0).document());
        assertTrue(c.skipped().get(0).reason().startsWith("too large: " + ((1L << 31) + 16 - first.length) + " bytes, over the limit of 1000"),
                c.skipped().get(0).reason());
    }

    @Test void aFileLongerThanItsSizeSaysIsReadOnlyUpToTheLimit() throws IOException {
        Files.writeString(dir.resolve("grows.txt"), "placeholder");
        FileSource endless = new FileSource() {
            @Override public byte[] read(Path file) {
                throw new AssertionError("the whole file is read");
            }

            @Override public InputStream open(Path file) {
                return new InputStream() { // like a file that keeps growing, or /proc, whose size is 0
                    @Override public int read() {
                        return 'y';
                    }
                };
            }

            @Override public long size(Path file) {
                return 0;
            }
        };
        Corpus c = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new CorpusReader(SMALL, endless, () -> System.in).read(dir));
        assertEquals(List.of(), ids(c));
        assertTrue(c.skipped().get(0).reason().startsWith("too large: over 4000 bytes, over the limit of 1000 characters"),
                c.skipped().toString());
    }

    @Test void stdinLinesAreBoundedToo() {
        InputStream huge = new InputStream() {
            private long left = 50_000_000; // one line of 50 MB, never held
            @Override public int read() {
                return left-- > 0 ? 'z' : -1;
            }
        };
        InputStream in = new SequenceInputStream(huge,
                new ByteArrayInputStream("\n{\"text\": \"Second line.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Corpus c = new CorpusReader(SMALL, FileSource.FILES, () -> in).read(Path.of("-"));
        assertEquals(List.of("stdin#2"), ids(c));
        assertEquals("stdin#1", c.skipped().get(0).document());
        assertTrue(c.skipped().get(0).reason().startsWith("too large: 50000000 bytes"), c.skipped().toString());
    }

    @Test void aFifoOrDeviceGivenDirectlyIsRefusedAndIgnoredInAFolder() throws Exception {
        Path fifo = dir.resolve("feed.jsonl");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("good.txt"), "Good.\n");
        for (Path p : List.of(fifo, zero)) {
            ParleyException e = assertThrows(p);
            assertTrue(e.getMessage().startsWith("cannot read '" + p + "': not a regular file"), e.getMessage());
        }
        Corpus c = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new CorpusReader(SMALL).read(dir));
        assertEquals(List.of("good.txt"), ids(c));
        assertEquals(2, c.ignoredFiles());
    }

    private static ParleyException assertThrows(Path p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> org.junit.jupiter.api.Assertions.assertThrows(ParleyException.class,
                        () -> new CorpusReader(SMALL).read(List.of(p))));
    }
}
