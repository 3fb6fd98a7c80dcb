package dev.parley.bench;

import dev.parley.pipeline.Parley;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * How much of the worker threads' time a JFR recording shows blocked (issue 17, item 4): the durations of their
 * monitor entries ({@code jdk.JavaMonitorEnter}), parks ({@code jdk.ThreadPark}) and monitor waits
 * ({@code jdk.JavaMonitorWait}) against their wall time, from each worker's start to its end (its first and last
 * event when the recording missed either). A park or wait inside the pool's {@code getTask} is a worker with no
 * document left to take, not one kept from its work, so it is counted apart as idle. Events shorter than the
 * recording's thresholds (10 ms in JFR's {@code profile} settings) are not in it: {@code bench.sh --jfr} records
 * them all. Usage: {@code BlockedShare RECORDING.jfr [THREAD_PREFIX]} (default {@link Parley#WORKER}).
 */
public final class BlockedShare {
    static final Set<String> BLOCKING = Set.of("jdk.JavaMonitorEnter", "jdk.ThreadPark", "jdk.JavaMonitorWait");

    /** One worker: its wall time, and its time blocked and idle, each per event type. */
    record Worker(String name, Duration wall, Map<String, Duration> blocked, Map<String, Duration> idle) {
        Duration blockedTotal() {
            return blocked.values().stream().reduce(Duration.ZERO, Duration::plus);
        }

        Duration idleTotal() {
            return idle.values().stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    private BlockedShare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BlockedShare RECORDING.jfr [THREAD_PREFIX]");
            System.exit(2);
        }
        String prefix = args.length > 1 ? args[1] : Parley.WORKER;
        List<Worker> workers = workers(RecordingFile.readAllEvents(Path.of(args[0])), name -> name.startsWith(prefix));
        if (workers.isEmpty()) {
            System.err.println("BlockedShare: no thread named " + prefix + "* in " + args[0]);
            System.exit(1);
        }
        System.out.println(summary(workers));
    }

    /** The workers the recording names, in name order, with what it shows of their time. */
    static List<Worker> workers(List<RecordedEvent> events, Predicate<String> isWorker) {
        Map<String, Instant[]> span = new TreeMap<>();
        Map<String, Instant> started = new TreeMap<>();
        Map<String, Instant> ended = new TreeMap<>();
        Map<String, Map<String, Duration>> blocked = new TreeMap<>();
        Map<String, Map<String, Duration>> idle = new TreeMap<>();
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            RecordedThread t = type.equals("jdk.ThreadStart") || type.equals("jdk.ThreadEnd")
                    ? e.getThread("thread") : e.getThread();
            if (t == null || t.getJavaName() == null || !isWorker.test(t.getJavaName())) continue;
            String name = t.getJavaName();
            Instant[] s = span.computeIfAbsent(name, k -> new Instant[] {e.getStartTime(), e.getEndTime()});
            if (e.getStartTime().isBefore(s[0])) s[0] = e.getStartTime();
            if (e.getEndTime().isAfter(s[1])) s[1] = e.getEndTime();
            if (type.equals("jdk.ThreadStart")) started.put(name, e.getStartTime());
            if (type.equals("jdk.ThreadEnd")) ended.put(name, e.getStartTime());
            if (BLOCKING.contains(type)) {
                Map<String, Map<String, Duration>> into = waitingForWork(e.getStackTrace()) ? idle : blocked;
                into.computeIfAbsent(name, k -> new TreeMap<>()).merge(type, e.getDuration(), Duration::plus);
            }
        }
        return span.entrySet().stream().map(en -> {
            String name = en.getKey();
            Instant from = started.getOrDefault(name, en.getValue()[0]);
            Instant to = ended.getOrDefault(name, en.getValue()[1]);
            return new Worker(name, Duration.between(from, to), blocked.getOrDefault(name, Map.of()),
                    idle.getOrDefault(name, Map.of()));
        }).toList();
    }

    /** Whether the event happened while a pool thread was waiting for its next task. */
    static boolean waitingForWork(RecordedStackTrace stack) {
        if (stack == null) return false;
        for (RecordedFrame f : stack.getFrames()) {
            if (f.getMethod() != null && f.getMethod().getName().equals("getTask")
                    && f.getMethod().getType().getName().equals("java.util.concurrent.ThreadPoolExecutor")) {
                return true;
            }
        }
        return false;
    }

    /** The share of all workers' wall time blocked: the sum over workers of blocked time against that of wall time. */
    static double blockedShare(List<Worker> workers) {
        return share(workers.stream().map(Worker::blockedTotal).reduce(Duration.ZERO, Duration::plus), workers);
    }

    static double idleShare(List<Worker> workers) {
        return share(workers.stream().map(Worker::idleTotal).reduce(Duration.ZERO, Duration::plus), workers);
    }

    private static double share(Duration part, List<Worker> workers) {
        long wall = workers.stream().mapToLong(w -> w.wall().toNanos()).sum();
        return wall == 0 ? 0 : (double) part.toNanos() / wall;
    }

    /** One line per worker and a total line, in seconds and percent. */
    static String summary(List<Worker> workers) {
        StringBuilder out = new StringBuilder();
        for (Worker w : workers) {
            out.append(String.format(Locale.ROOT, "%s: %.2f s wall, blocked %.3f s %s, idle %.3f s%n", w.name(),
                    seconds(w.wall()), seconds(w.blockedTotal()), seconds(w.blocked()), seconds(w.idleTotal())));
        }
        out.append(String.format(Locale.ROOT, "workers: %d, %.2f s wall in all; blocked %.2f %% of it (monitor enter, park,"
                        + " wait); idle waiting for a document %.2f %%", workers.size(),
                workers.stream().mapToDouble(w -> seconds(w.wall())).sum(), 100 * blockedShare(workers),
                100 * idleShare(workers)));
        return out.toString();
    }

    private static String seconds(Map<String, Duration> byType) {
        if (byType.isEmpty()) return "(none)";
        StringBuilder b = new StringBuilder("(");
        byType.forEach((type, d) -> b.append(b.length() > 1 ? ", " : "").append(type.substring(4))
                .append(String.format(Locale.ROOT, " %.3f", seconds(d))));
        return b.append(")").toString();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
