// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/** Small factory for the common case: compute a value off the FX thread, then hand it to the FX thread. */
public final class Tasks {

    private Tasks() {
    }

    /** A task that calls {@code work} in the background and {@code onSuccess} / {@code onFailure} on the FX thread. */
    public static <T> Task<T> of(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return task;
    }
}
