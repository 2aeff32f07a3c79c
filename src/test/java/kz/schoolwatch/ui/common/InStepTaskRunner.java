// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Runs background work and its follow-ups at once on the calling thread, so that a view-model test reads the
 * result on the next line instead of waiting for it. Counts what it ran; a job may be marked for cancellation
 * before it starts ({@link #cancelNext()}) to walk the cancelled path.
 */
public final class InStepTaskRunner implements TaskRunner {

    private int ran;
    private int failed;
    private boolean cancelNext;

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        ran++;
        T value;
        try {
            value = work.call();
        } catch (Exception | Error e) {
            failed++;
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        boolean cancelled = cancelNext;
        cancelNext = false;
        submit(() -> {
            if (cancelled) {
                throw new CancellationException();
            }
            return work.call(new ProgressWork.Progress() {
                @Override
                public void update(double fraction) {
                    progress.set(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }, onSuccess, onFailure);
        return new BackgroundJob() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress;
            }

            @Override
            public void cancel() {
                // Already finished: the work ran in step.
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** The next job with progress is cancelled before it starts. */
    public void cancelNext() {
        cancelNext = true;
    }

    /** How many pieces of work ran. */
    public int ran() {
        return ran;
    }

    /** How many of them failed. */
    public int failed() {
        return failed;
    }
}
