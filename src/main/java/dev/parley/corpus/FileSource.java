package dev.parley.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes; the seam tests use to simulate unreadable files. */
public interface FileSource {
    /** The default: the file system. */
    FileSource FILES = new FileSource() {
        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }

        @Override
        public InputStream open(Path file) throws IOException {
            return Files.newInputStream(file);
        }
    };

    byte[] read(Path file) throws IOException;

    /** The file's bytes as a stream, which the reader stops reading at its limit; by default from {@link #read}. */
    default InputStream open(Path file) throws IOException {
        return new ByteArrayInputStream(read(file));
    }

    /** The file's size in bytes, checked before reading so a huge file is not loaded. */
    default long size(Path file) throws IOException {
        return Files.size(file);
    }
}
