// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * What every form on a school's card shares: the outcome of its last save or read, whether a save runs, and
 * the one way a save goes to the background.
 */
abstract class CardFormViewModel {

    protected final TaskRunner tasks;
    private final ObjectProperty<FormOutcome> outcome = new SimpleObjectProperty<>(FormOutcome.NONE);
    private final BooleanProperty saving = new SimpleBooleanProperty();

    CardFormViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Shows {@code errors} found before saving; true when there were any (then nothing is saved). */
    protected boolean refuse(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return false;
        }
        outcome.set(FormOutcome.invalid(errors));
        return true;
    }

    /** A read failed: the form says so in its message line. */
    protected void failed(Throwable error) {
        outcome.set(FormOutcome.failed(error));
    }

    /**
     * Runs the save {@code work} in the background; its result becomes the outcome {@code onSaved} makes of it, a
     * failure stays on the form. {@code done} then gets whether it saved.
     */
    protected <T> void write(Callable<T> work, Function<? super T, FormOutcome> onSaved, Consumer<Boolean> done) {
        outcome.set(FormOutcome.NONE);
        saving.set(true);
        tasks.submit(work, value -> {
            saving.set(false);
            outcome.set(onSaved.apply(value));
            done.accept(true);
        }, error -> {
            saving.set(false);
            outcome.set(FormOutcome.failed(error));
            done.accept(false);
        });
    }

    /** Starts a save afresh: the last outcome goes. */
    protected void clearOutcome() {
        outcome.set(FormOutcome.NONE);
    }

    ReadOnlyObjectProperty<FormOutcome> outcomeProperty() {
        return outcome;
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
