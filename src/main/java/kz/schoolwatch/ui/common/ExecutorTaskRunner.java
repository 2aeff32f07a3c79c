// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import kz.schoolwatch.logging.ErrorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a small pool of daemon threads that is shut down with the application, as JavaFX {@link Task}s:
 * the follow-ups and progress reach the FX thread through the task, the one place where that hop is made.
 */
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
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        start(new Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        }, onSuccess, onFailure);
    }

    @Override
    public <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new ProgressWork.Progress() {
                    @Override
                    public void update(double fraction) {
                        updateProgress(fraction, 1.0);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnCancelled(e -> onFailure.accept(new CancellationException()));
        start(task, onSuccess, onFailure);
        return new BackgroundJob() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public void cancel() {
                task.cancel(false);
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private <T> void start(Task<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The window is closing; a late follow-up (a reload after a save) has nothing left to show.
            return;
        }
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("Background task failed: {}", ErrorSummary.of(error));
            onFailure.accept(error);
            Consumer<Throwable> watcher = failureWatcher;
            if (watcher != null) {
                // After the screen's own handler has said what went wrong.
                watcher.accept(error);
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
