package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o never replaces what it should not: '-' is stdout, links are followed, special files are written, modes kept. */
class OutputFileTest {
    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path a = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(a.resolve("good.txt"), "Lavrov will visit China next week.\n");
        return a;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void dashIsStdout() throws IOException {
        Path dash = Path.of("-");
        boolean existed = Files.exists(dash, LinkOption.NOFOLLOW_LINKS);
        try {
            CliRun r = CliRun.run("extract", articles().toString(), "-o", "-");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().startsWith("{\n  \"format\": \"parley-events/1\""), r.out());
            assertEquals(existed, Files.exists(dash, LinkOption.NOFOLLOW_LINKS), "no file named '-' is written");
        } finally {
            if (!existed) Files.deleteIfExists(dash);
        }
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplacedInItsOwnFolder() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("target.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("events.json"), Path.of("real/target.json"));
        Path chain = Files.createSymbolicLink(dir.resolve("latest.json"), link);
        CliRun r = CliRun.run("extract", articles().toString(), "-o", chain.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "the links stay links");
        assertTrue(Files.readString(target).startsWith("{\n  \"format\": \"parley-events/1\""));
        assertEquals(List.of("target.json"), names(real), "no temporary file left");
        assertEquals(List.of("articles", "events.json", "latest.json", "real"), names(dir));
    }

    @Test
    void aFifoIsWrittenDirectlyNotReplaced() throws Exception {
        Path fifo = dir.resolve("events.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        CompletableFuture<String> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                read.completeExceptionally(e);
            }
        });
        reader.setDaemon(true); // blocked forever when the FIFO is renamed over instead of written
        reader.start();
        CliRun r = CliRun.run("extract", articles().toString(), "-o", fifo.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        BasicFileAttributes attrs = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertTrue(attrs.isOther(), "still a FIFO");
        assertTrue(read.get(10, TimeUnit.SECONDS).startsWith("{\n  \"format\": \"parley-events/1\""));
        assertEquals(List.of("articles", "events.fifo"), names(dir));
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheUmaskMode() throws IOException {
        Path a = articles();
        Path old = Files.writeString(dir.resolve("old.json"), "old\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(ExitCodes.OK, CliRun.run("extract", a.toString(), "-o", old.toString()).code());
        assertFalse(Files.readString(old).equals("old\n"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));

        Path reference = Files.createFile(dir.resolve("reference")); // the mode the umask gives a new file
        Path fresh = dir.resolve("new.json");
        assertEquals(ExitCodes.OK, CliRun.run("extract", a.toString(), "-o", fresh.toString()).code());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
    }

    /** Runs with an engine that records whether it was built: a refused -o must fail before any work. */
    private CliRun runCountingWork(boolean[] built, Runnable duringRun, String... args) {
        return CliRun.run(() -> {
            built[0] = true;
            duringRun.run();
            return CliRun.NO_SENTENCES;
        }, false, args);
    }

    @Test
    void outputPathsThatNameNoWritableFileAreUsageErrorsBeforeAnyWork() throws IOException {
        Path a = articles();
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path regular = Files.writeString(dir.resolve("notes.txt"), "keep\n");
        for (String[] c : new String[][] {
                {folder.toString(), "it is a folder; name a file"},
                {dir.resolve("missing/events.json").toString(), "folder '" + dir.resolve("missing") + "' does not exist"},
                {regular.resolve("events.json").toString(), "'" + regular + "' is not a folder"}}) {
            boolean[] built = {false};
            CliRun r = runCountingWork(built, () -> { }, "extract", a.toString(), "-o", c[0]);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("parley: error: cannot write '" + c[0] + "': " + c[1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(built[0], "refused before the run: " + c[0]);
        }
        assertEquals("keep\n", Files.readString(regular));
        assertEquals(List.of(), names(folder));
    }

    @Test
    void aWriteThatFailsAfterTheRunIsAnEnvironmentErrorAndLeavesTheOldOutput() throws IOException {
        Path a = articles();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("events.json"), "previous\n");
        Path moved = dir.resolve("moved");
        boolean[] built = {false};
        // During the run the folder is moved away and a regular file takes its place: the write cannot succeed.
        CliRun r = runCountingWork(built, () -> {
            try {
                Files.move(out, moved);
                Files.writeString(out, "not a folder\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "extract", a.toString(), "--no-cache", "-o", out.resolve("events.json").toString());
        assertTrue(built[0]);
        assertEquals(ExitCodes.CANNOT_RUN, r.code(), r.err());
        assertTrue(r.err().startsWith("parley: error: cannot write '" + out.resolve("events.json") + "': "), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("previous\n", Files.readString(moved.resolve("events.json")));
        assertEquals(List.of("events.json"), names(moved));
    }

    @Test
    void temporaryFilesAKilledRunLeftBesideTheOutputAreRemoved() throws IOException {
        Path orphan = Files.writeString(dir.resolve(".events.json.999999999-k1ll3d.tmp"), "{\"format\": \"parley-ev");
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
        Path otherOutput = Files.writeString(dir.resolve(".other.json.999999999-k1ll3d.tmp"), "not for events.json");
        Files.setLastModifiedTime(otherOutput, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
        CliRun r = CliRun.run("extract", articles().toString(), "-o", dir.resolve("events.json").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of(".other.json.999999999-k1ll3d.tmp", "articles", "events.json"), names(dir));
    }
}
