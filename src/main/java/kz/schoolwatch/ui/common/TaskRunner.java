// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which screens run database and file work off the FX thread. Work is handed over as
 * what to do plus what to do with its result or failure; the runner decides where each part runs. In the
 * window ({@link ExecutorTaskRunner}) the work runs on a worker and the follow-ups on the FX thread, so views
 * never block; view-model tests hand in a runner that does all of it on the calling thread, in step.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background, then exactly one of {@code onSuccess} and {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Longer work that reports how far it is and can be cancelled through the returned job. A cancelled job ends
     * in {@code onFailure} with a {@link java.util.concurrent.CancellationException} unless the work had already
     * finished.
     */
    <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread: later on the FX thread in the window, at once in step. */
    void onUiThread(Runnable action);
}
