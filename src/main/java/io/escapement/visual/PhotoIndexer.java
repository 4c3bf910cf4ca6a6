package io.escapement.visual;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one thread that describes listing photos for the index, so that indexing takes a bounded
 * share of the machine however many listings change at once (ADR 0030). It runs below normal
 * priority (Java's lowest, and nice 19 on Linux, where Java's priorities alone change nothing),
 * starts working only once the application is ready, so that a start is not slowed by it, and
 * between two listings waits while the shop is serving requests: at most {@code
 * escapement.visual.max-indexing-pause} at a time, so that a shop that is never idle is indexed
 * all the same, slowly.
 */
@Component
class PhotoIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PhotoIndexer.class);
    private static final long STEP_MILLIS = 5;

    private final ShopTraffic traffic;
    private final Duration maxPause;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile ExecutorService worker = newWorker();
    private final AtomicLong described = new AtomicLong();
    private volatile boolean running;

    PhotoIndexer(ShopTraffic traffic, @Value("${escapement.visual.max-indexing-pause:1s}") Duration maxPause) {
        this.traffic = traffic;
        this.maxPause = maxPause;
    }

    /** Runs {@code work} on the indexing thread, after the work handed in before it, and waits for it. */
    void run(Runnable work) {
        try {
            worker.submit(whenReady(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the photo indexer");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Photo indexing failed", e.getCause());
        }
    }

    /** Hands {@code work} to the indexing thread without waiting. */
    void execute(Runnable work) {
        worker.execute(whenReady(work));
    }

    /** How many listings indexing work has started to describe since the application started. */
    long described() {
        return described.get();
    }

    /**
     * Called by indexing work before it describes a listing: returns once no request is being
     * served, or after the longest pause.
     *
     * @throws CancellationException when the application is stopping
     */
    void stepAside() {
        long deadline = System.nanoTime() + maxPause.toNanos();
        try {
            while (traffic.busy() && System.nanoTime() < deadline) {
                Thread.sleep(STEP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The photo indexer is stopping");
        }
        described.incrementAndGet();
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        ready.countDown();
    }

    private Runnable whenReady(Runnable work) {
        return () -> {
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("The photo indexer is stopping");
            }
            work.run();
        };
    }

    /** Starts again after a stop (the test framework stops the contexts it keeps between tests). */
    @Override
    public synchronized void start() {
        if (worker.isShutdown()) {
            worker = newWorker();
        }
        running = true;
    }

    /**
     * Stops before the task executor, so that listeners waiting for the indexer end at once; their
     * publications stay incomplete and are resubmitted on the next start.
     */
    @Override
    public synchronized void stop() {
        running = false;
        for (var waiting : worker.shutdownNow()) {
            if (waiting instanceof Future<?> future) {
                future.cancel(false);
            }
        }
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(() -> belowNormalPriority(task), "photo-indexer");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void belowNormalPriority(Runnable task) {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        try {
            var thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName();
            new ProcessBuilder("renice", "-n", "19", "-p", thread.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Photo indexer runs at normal OS priority: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        task.run();
    }
}
