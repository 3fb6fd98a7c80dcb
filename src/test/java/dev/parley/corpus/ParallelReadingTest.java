package dev.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read by several threads make the same corpus as files read in turn, whichever is done first. */
class ParallelReadingTest {
    @TempDir Path dir;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    /** Good files, skipped ones, warnings (two in one file, in file order), JSONL lines, a subfolder. */
    private void folder() throws IOException {
        write(dir.resolve("a-first.txt"), "---\npublished: 2024-05-02\n---\nEnvoys meet\nThe envoys met on Monday.\n");
        write(dir.resolve("b.md"), "---\npublished: 2024-02-30\ndate: soon\n---\nTalks\nThey talked.\n");
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Files.write(dir.resolve("d-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        write(dir.resolve("e.jsonl"), "{\"text\": \"Line one.\"}\n{\"text\": \n{\"text\": \"Line three.\", \"date\": \"x\"}\n");
        write(dir.resolve("sub/f.txt"), "GENEVA, June 15 (Reuters) - Ministers met.\n");
        write(dir.resolve("sub/g.json"), "{\"title\": \"T\", \"text\": \"Leaders spoke.\", \"date_publish\": \"2023-01-09 10:00:00\"}");
        write(dir.resolve("h-big.txt"), "Big\n" + "x".repeat(3000));
        for (int i = 0; i < 12; i++) write(dir.resolve("m/n" + i + ".txt"), "Item " + i + "\nMinister " + i + " visited.\n");
        write(dir.resolve("z-last.txt"), "Last\nThe last one.\n");
    }

    private static CorpusReader reader(FileSource files) {
        return new CorpusReader(CorpusConfig.defaults().withMaxChars(2000), files, InputStream::nullInputStream);
    }

    @Test
    void sameCorpusWhateverTheThreadsAndWhicheverFileIsDoneFirst() throws IOException {
        folder();
        Corpus inTurn = reader(FileSource.FILES).read(dir);
        // The first file in path order is held until the last has been read: only readers working side by side get
        // past it, and they finish the files out of order.
        CountDownLatch lastRead = new CountDownLatch(1);
        FileSource outOfOrder = new FileSource() {
            @Override
            public byte[] read(Path file) throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public InputStream open(Path file) throws IOException {
                if (file.endsWith("a-first.txt")) {
                    try {
                        if (!lastRead.await(30, TimeUnit.SECONDS)) throw new IOException("z-last.txt was never read beside it");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                byte[] bytes = Files.readAllBytes(file);
                if (file.endsWith("z-last.txt")) lastRead.countDown();
                return new java.io.ByteArrayInputStream(bytes);
            }
        };
        Corpus parallel = reader(outOfOrder).withThreads(3).read(dir);
        assertEquals(inTurn, parallel);
        assertEquals(inTurn, reader(FileSource.FILES).withThreads(2).read(List.of(dir)));
        // what the folder holds, so that the comparison is not of two empty corpora
        assertEquals(19, inTurn.articles().size(), inTurn.articles().toString());
        assertEquals(List.of("c-empty.txt", "d-binary.txt", "e.jsonl#2", "h-big.txt"),
                inTurn.skipped().stream().map(Skipped::document).toList());
        assertTrue(inTurn.warnings().size() >= 3, inTurn.warnings().toString());
        assertEquals("b.md", inTurn.warnings().get(0).document());
        assertTrue(inTurn.warnings().get(0).message().contains("published"), inTurn.warnings().toString());
        assertTrue(inTurn.warnings().get(1).message().contains("date: soon"), inTurn.warnings().toString());
    }

    @Test
    void aFileThatCannotBeReadIsNamedWhicheverThreadReadItAndTheOthersAreRead() throws IOException {
        folder();
        FileSource failing = new FileSource() {
            @Override
            public byte[] read(Path file) throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public InputStream open(Path file) throws IOException {
                if (file.endsWith("n7.txt")) throw new java.nio.file.AccessDeniedException(file.toString());
                return Files.newInputStream(file);
            }
        };
        Corpus c = reader(failing).withThreads(4).read(dir);
        assertEquals(18, c.articles().size());
        Skipped s = c.skipped().stream().filter(x -> x.document().equals("m/n7.txt")).findFirst().orElseThrow();
        assertTrue(s.reason().startsWith("cannot read"), s.reason());
    }

    @Test
    void aFailureThatIsNoSkippedFileEndsTheReadAsItIs() throws IOException {
        folder();
        FileSource broken = new FileSource() {
            @Override
            public byte[] read(Path file) throws IOException {
                return Files.readAllBytes(file);
            }

            @Override
            public InputStream open(Path file) throws IOException {
                if (file.endsWith("n3.txt")) throw new IllegalStateException("bug reading " + file.getFileName());
                return Files.newInputStream(file);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader(broken).withThreads(4).read(dir));
        assertEquals("bug reading n3.txt", e.getMessage());
    }
}
