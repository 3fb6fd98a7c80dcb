package dev.parley.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes; the seam tests use to simulate unreadable files. */
public interface FileSource {
    /** The default: the file system. */
    FileSource FILES = Files::readAllBytes;

    byte[] read(Path file) throws IOException;

    /** The file's size in bytes, checked before reading so a huge file is not loaded. */
    default long size(Path file) throws IOException {
        return Files.size(file);
    }
}
