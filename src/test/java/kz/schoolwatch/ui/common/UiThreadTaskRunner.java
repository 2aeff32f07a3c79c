// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Runs work as the window's runner does, for tests across threads without starting JavaFX: the work on worker
 * threads, its follow-ups and {@link #onUiThread} on one thread of its own that stands in for the FX thread. A
 * test reads a view model on that thread ({@link #read}) and waits for what it expects with a deadline
 * ({@link #await}), never a fixed sleep.
 */
public final class UiThreadTaskRunner implements TaskRunner, AutoCloseable {

    /** How often {@link #await} looks again: a tenth of the shortest delay worth measuring. */
    private static final long LOOK_MILLIS = 5;

    private final ExecutorService workers = Executors.newFixedThreadPool(3, daemon("test-worker"));
    private final ExecutorService ui = Executors.newSingleThreadExecutor(daemon("test-ui"));

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        workers.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(value));
        });
    }

    @Override
    public <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        AtomicBoolean cancelled = new AtomicBoolean();
        submit(() -> work.call(new ProgressWork.Progress() {
            @Override
            public void update(double fraction) {
                ui.execute(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        }), onSuccess, error -> onFailure.accept(cancelled.get() ? new CancellationException() : error));
        return new BackgroundJob() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress;
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code action} on the UI thread and waits for it (building a view model, calling a command). */
    public void run(Runnable action) {
        read(() -> {
            action.run();
            return null;
        });
    }

    /** {@code what}, read on the UI thread. */
    public <T> T read(Supplier<T> what) {
        try {
            return ui.submit(what::get).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the UI thread did not answer", e);
        }
    }

    /**
     * Waits until {@code condition}, read on the UI thread, holds; returns how long that took in milliseconds.
     *
     * @throws AssertionError when it still does not hold after {@code deadline}
     */
    public long await(Duration deadline, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (!read(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " within " + deadline.toMillis() + " ms");
            }
            try {
                Thread.sleep(LOOK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        ui.shutdownNow();
    }
}
