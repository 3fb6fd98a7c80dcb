package dev.parley.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The writer picocli gets for stdout. PrintWriter and PrintStream swallow write errors (a full disk, a closed pipe);
 * this one keeps the first, so that {@link #failure()} can say why {@link #checkError()} is true.
 */
final class StdoutWriter extends PrintWriter {
    private final Recorder recorder;

    StdoutWriter(OutputStream out) {
        this(new Recorder(out));
    }

    private StdoutWriter(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), true);
        this.recorder = recorder;
    }

    /** The first write error's message, or null when none is known. */
    String failure() {
        IOException e = recorder.failure;
        return e == null ? null : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a write to {@code out} failed, in words; for writers other than this one only that it did. */
    static String failure(PrintWriter out) {
        String why = out instanceof StdoutWriter ? ((StdoutWriter) out).failure() : null;
        return why == null ? "write error" : why;
    }

    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        private void record(IOException e) {
            if (failure == null) failure = e;
        }
    }
}
