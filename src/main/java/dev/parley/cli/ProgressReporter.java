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

    ProgressReporter(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLogged = start;
    }

    @Override
    public void update(int done, int total) {
        long now = nanoClock.getAsLong();
        String line = line(done, total, (now - start) / 1e9);
        if (terminal) {
            String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
            err.print("\r" + line + pad + (done >= total ? "\n" : ""));
            lastWidth = line.length();
            err.flush();
        } else if (done >= total || now - lastLogged >= LOG_INTERVAL_NANOS) {
            err.println(line);
            lastLogged = now;
        }
    }

    static String line(int done, int total, double seconds) {
        StringBuilder sb = new StringBuilder("parley: annotated ").append(done).append('/').append(total).append(" documents");
        if (seconds > 0 && done > 0) {
            double rate = done / seconds;
            sb.append(String.format(Locale.ROOT, ", %.1f/s", rate));
            if (done < total) sb.append(", ").append(duration((total - done) / rate)).append(" left");
            else sb.append(", ").append(duration(seconds));
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
