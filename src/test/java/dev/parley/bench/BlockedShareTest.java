package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.pipeline.Parley;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real recording of a worker kept from a monitor, parked, and then idle in its pool; and a thread that is no worker. */
class BlockedShareTest {
    @TempDir
    Path dir;

    @Test
    void blockedTimeIsTheWorkersMonitorEntriesParksAndWaitsAndTheEmptyQueueIsIdle() throws Exception {
        Object lock = new Object();
        Path file = dir.resolve("r.jfr");
        try (Recording r = new Recording()) {
            for (String type : BlockedShare.BLOCKING) r.enable(type).withThreshold(Duration.ZERO).withStackTrace();
            r.enable("jdk.ThreadStart");
            r.enable("jdk.ThreadEnd");
            r.start();
            ExecutorService pool = Executors.newFixedThreadPool(1, t -> new Thread(t, Parley.WORKER + 1));
            CountDownLatch held = new CountDownLatch(1);
            Thread other = new Thread(() -> LockSupport.parkNanos(200_000_000L), "not-a-worker");
            other.start();
            synchronized (lock) {
                pool.submit(() -> {
                    held.countDown();
                    synchronized (lock) { // contended: main holds the lock for 150 ms more
                        lock.hashCode();
                    }
                    LockSupport.parkNanos(100_000_000L);
                });
                held.await();
                Thread.sleep(150);
            }
            Thread.sleep(250); // the worker finished: it waits in the pool's queue
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            other.join();
            r.stop();
            r.dump(file);
        }
        assertTrue(Files.size(file) > 0);
        List<BlockedShare.Worker> workers = BlockedShare.workers(RecordingFile.readAllEvents(file), n -> n.startsWith(Parley.WORKER));
        assertEquals(List.of("parley-worker-1"), workers.stream().map(BlockedShare.Worker::name).toList());
        BlockedShare.Worker w = workers.get(0);
        assertTrue(w.blocked().containsKey("jdk.JavaMonitorEnter"), w.toString());
        assertTrue(w.blocked().containsKey("jdk.ThreadPark"), w.toString());
        double blocked = w.blockedTotal().toMillis();
        assertTrue(blocked >= 200 && blocked < 400, w.toString()); // about 150 + 100 ms
        assertTrue(w.idleTotal().toMillis() >= 100, w.toString()); // about 250 - 100 ms in getTask
        assertTrue(w.wall().toMillis() >= blocked + w.idleTotal().toMillis(), w.toString());
        double share = BlockedShare.blockedShare(workers);
        assertEquals(w.blockedTotal().toNanos() / (double) w.wall().toNanos(), share, 1e-9);
        assertTrue(BlockedShare.summary(workers).contains("parley-worker-1: "), BlockedShare.summary(workers));
    }
}
