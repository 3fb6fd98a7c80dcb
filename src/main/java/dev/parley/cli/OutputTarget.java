package dev.parley.cli;

import dev.parley.cache.AtomicFile;
import dev.parley.corpus.CannotRunException;
import dev.parley.corpus.ParleyException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code -o FILE} writes. {@code -} is stdout. A symbolic link is followed and its final target replaced, in
 * the target's own folder. A regular file (or none) is replaced atomically, keeping its permissions; a device, FIFO or
 * other special file is written directly, never renamed over. Problems are a {@link ParleyException} (exit 2: the
 * path names no file parley can write) or a {@link CannotRunException} (exit 3: the system refuses the write), and
 * {@link #check} finds most of them before the run.
 */
final class OutputTarget {
    /** Links followed before giving up, as the kernel does (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /** Whether {@code -o} names standard output. */
    static boolean isStdout(Path output) {
        return output.toString().equals("-");
    }

    /** Fails now, before any work, when {@code output} cannot be written: a folder, a missing or unwritable folder. */
    static void check(Path output) {
        check(output, "events.json");
    }

    /** As {@link #check(Path)}; a folder is refused with {@code example} in it as the file to name instead. */
    static void check(Path output, String example) {
        Path target = resolve(output);
        if (Files.isDirectory(target)) {
            throw new ParleyException("cannot write '" + output + "': it is a folder; name a file, e.g. -o "
                    + output.resolve(example));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) return; // a device or FIFO: opening one may block
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new ParleyException("cannot write '" + output + "': " + (Files.exists(dir)
                    ? "'" + dir + "' is not a folder" : "folder '" + dir + "' does not exist"));
        }
        try {
            AtomicFile.probe(target);
        } catch (IOException e) {
            throw new CannotRunException("cannot write '" + output + "': cannot create a file in folder '" + dir + "': "
                    + describe(e), e);
        }
    }

    /** Writes {@code content} to {@code output} as the class comment says. */
    static void write(Path output, byte[] content) {
        write(output, out -> out.write(content));
    }

    /** Writes what {@code content} writes to {@code output} as the class comment says, without holding it all first. */
    static void write(Path output, AtomicFile.Content content) {
        Path target = resolve(output);
        try {
            if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                return;
            }
            AtomicFile.removeStale(target.getParent(), target.getFileName().toString()); // left by a killed run
            AtomicFile.write(target, content);
        } catch (IOException e) {
            String unchanged = Files.isRegularFile(target) ? "; '" + output + "' is unchanged" : "";
            throw new CannotRunException("cannot write '" + output + "': " + describe(e) + unchanged, e);
        }
    }

    /** The file a write to {@code output} changes: the path itself, or the final target of its symbolic links. */
    static Path resolve(Path output) {
        Path p = output.toAbsolutePath();
        try {
            for (int i = 0; Files.isSymbolicLink(p); i++) {
                if (i == MAX_LINKS) throw new ParleyException("cannot write '" + output + "': too many levels of symbolic links");
                p = p.resolveSibling(Files.readSymbolicLink(p));
            }
        } catch (IOException e) {
            throw new ParleyException("cannot write '" + output + "': cannot follow the link: " + describe(e), e);
        }
        return p;
    }

    /** Java's messages for file-system errors are often just the path; this says what went wrong. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
