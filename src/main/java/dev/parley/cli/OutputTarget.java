package dev.parley.cli;

import dev.parley.cache.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code -o FILE} writes. {@code -} is stdout. A symbolic link is followed and its final target replaced, in
 * the target's own folder. A regular file (or none) is replaced atomically, keeping its permissions; a device, FIFO or
 * other special file is written directly, never renamed over.
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

    /** The file a write to {@code output} changes: the path itself, or the final target of its symbolic links. */
    static Path resolve(Path output) throws IOException {
        Path p = output.toAbsolutePath();
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) throw new FileSystemException(output.toString(), null, "too many levels of symbolic links");
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    /** Writes {@code content} to {@code output} as the class comment says. */
    static void write(Path output, byte[] content) throws IOException {
        Path target = resolve(output);
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            return;
        }
        AtomicFile.write(target, out -> out.write(content));
    }
}
