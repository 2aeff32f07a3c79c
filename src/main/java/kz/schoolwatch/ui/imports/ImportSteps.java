// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.ProgressWork;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The import's background steps (read, preview, write, save), one at a time: a step started cancels the one still
 * running, and only the newest step's result or failure is handed on, so a slow preview of an older mapping never
 * replaces a newer one. Tells what runs and how far it is.
 */
final class ImportSteps {

    private final TaskRunner tasks;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty step = new SimpleStringProperty("");

    private BackgroundJob running;
    /** Counts the steps started: a step's outcome is handed on only while no newer step has started. */
    private int generation;

    ImportSteps(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Runs {@code work} in the background as the step {@code stepKey} names; then {@code done} or {@code failed}. */
    <T> void start(String stepKey, ProgressWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        int mine = ++generation;
        busy.set(true);
        step.set(messages.get(stepKey));
        BackgroundJob job = tasks.submit(work, value -> {
            if (mine == generation) {
                finished();
                done.accept(value);
            }
        }, failure -> {
            if (mine == generation) {
                finished();
                failed.accept(failure);
            }
        });
        if (busy.get() && mine == generation) {
            // Still running: a runner in step has already finished it.
            running = job;
            progress.bind(job.progressProperty());
        }
    }

    /** Says from the background that the running step has moved on (reading done, checking the rows). */
    void now(String stepKey) {
        tasks.onUiThread(() -> {
            if (busy.get()) {
                step.set(messages.get(stepKey));
            }
        });
    }

    /** Stops the step running; its outcome is a cancel. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Forgets the step running without waiting for it: its outcome will not be handed on. */
    void forget() {
        cancel();
        generation++;
        finished();
    }

    private void finished() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        step.set("");
        running = null;
    }

    /** The runner's progress and cancel, as the reader and the service ask for them. */
    static SheetProgress sheetProgress(ProgressWork.Progress work) {
        return new SheetProgress() {
            @Override
            public void progress(long done, long total) {
                work.update(total > 0 ? Math.min(1.0, (double) done / total) : -1);
            }

            @Override
            public boolean cancelled() {
                return work.isCancelled();
            }
        };
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    ReadOnlyStringProperty stepProperty() {
        return step;
    }
}
