// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;
import kz.schoolwatch.persistence.ErrorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on a small pool of daemon threads that is shut down with the application. */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);

    private final ExecutorService executor;
    /** Told of every failed task on the FX thread, after the task's own handler (see {@link #watchFailures}). */
    private volatile Consumer<Throwable> failureWatcher;

    public ExecutorTaskRunner(int threads) {
        this("worker", threads);
    }

    /** Threads named {@code schoolwatch-<name>-N}, so that a profile or thread dump shows whose work is whose. */
    public ExecutorTaskRunner(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "schoolwatch-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    /**
     * Tells {@code watcher} of every task that fails from now on, whatever the screen that ran it does with the
     * failure: the program learns here that a read met a damaged database page, wherever the read was.
     */
    public void watchFailures(Consumer<Throwable> watcher) {
        this.failureWatcher = watcher;
    }

    @Override
    public void run(Task<?> task) {
        if (executor.isShutdown()) {
            // The window is closing; a late follow-up (a reload after a save) has nothing left to show.
            task.cancel();
            return;
        }
        task.exceptionProperty().addListener((obs, old, error) -> {
            if (error != null) {
                LOG.warn("Background task failed: {}", ErrorSummary.of(error));
                Consumer<Throwable> watcher = failureWatcher;
                if (watcher != null) {
                    // After the task's own failure handler, which runs once this listener has returned.
                    Platform.runLater(() -> watcher.accept(error));
                }
            }
        });
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
