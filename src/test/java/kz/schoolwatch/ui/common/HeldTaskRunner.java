// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Keeps the work handed to it without running it, so that a test sees a screen in its busy state; {@link #release()}
 * then runs what it holds in step on the calling thread.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final InStepTaskRunner inStep = new InStepTaskRunner();
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> inStep.submit(work, onSuccess, onFailure));
    }

    @Override
    public <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> inStep.submit(work, onSuccess, onFailure));
        return inStep.submit(progress -> null, value -> { }, error -> { });
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** How many pieces of work wait. */
    public int held() {
        return held.size();
    }

    /** Runs what waits, in the order it came. */
    public void release() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
