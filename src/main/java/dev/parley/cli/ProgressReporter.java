package dev.parley.cli;

import dev.parley.pipeline.Parley;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: documents done / total, rate and time left. On a terminal one line rewritten in place; elsewhere
 * (--progress always into a log) a line at most every few seconds and at the end.
 */
final class ProgressReporter implements Parley.Progress {
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastLogged;
    private int lastWidth;
    /** When the first document was done, and how many were then: the rate is measured from there. */
    private long firstAt = -1;
    private int firstDone;
    /** Whether a terminal line is on the screen without its newline (Ctrl-C then ends it). */
    private boolean lineOpen;

    ProgressReporter(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLogged = start;
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = nanoClock.getAsLong();
        if (firstAt < 0 && done > 0) {
            firstAt = now;
            firstDone = done;
        }
        // The time before the first document is mostly CoreNLP's model load, which later documents do not pay:
        // counting it would make the first estimates several times too long.
        double rate = done > firstDone && now > firstAt ? (done - firstDone) / ((now - firstAt) / 1e9) : Double.NaN;
        String line = line(done, total, (now - start) / 1e9, rate);
        if (terminal) {
            String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
            lineOpen = done < total;
            err.print("\r" + line + pad + (lineOpen ? "" : "\n"));
            lastWidth = line.length();
            err.flush();
        } else if (done >= total || now - lastLogged >= LOG_INTERVAL_NANOS) {
            err.println(line);
            lastLogged = now;
        }
    }

    /** Ends an open progress line, so that what follows (the shell's prompt after Ctrl-C) starts on a line of its own. */
    synchronized void endLine() {
        if (!lineOpen) return;
        err.print("\n");
        err.flush();
        lineOpen = false;
    }

    /**
     * One progress line. {@code rate} is documents a second measured since the first document was done, NaN before
     * there is a second one to measure with; while documents remain, the time left is estimated from it alone.
     */
    static String line(int done, int total, double seconds, double rate) {
        StringBuilder sb = new StringBuilder("parley: annotated ").append(done).append('/').append(total).append(" documents");
        if (done >= total) {
            if (seconds > 0 && done > 0) {
                sb.append(String.format(Locale.ROOT, ", %.1f/s, ", done / seconds)).append(duration(seconds));
            }
        } else if (Double.isNaN(rate) || rate <= 0) {
            if (done > 0) sb.append(", estimating time left");
        } else {
            sb.append(String.format(Locale.ROOT, ", %.1f/s, ", rate)).append(duration((total - done) / rate)).append(" left");
        }
        return sb.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
