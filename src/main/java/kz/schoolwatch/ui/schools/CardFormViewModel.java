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
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * What every form on a school's card shares: the outcome of its last save or read, whether a save runs, and
 * the one way a save goes to the background.
 */
abstract class CardFormViewModel {

    protected final TaskRunner tasks;
    private final ObjectProperty<FormOutcome> outcome = new SimpleObjectProperty<>(FormOutcome.NONE);
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<ConflictViewModel<?>> conflict = new SimpleObjectProperty<>();

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
        conflict.set(null);
        saving.set(true);
        tasks.submit(work, value -> {
            saving.set(false);
            outcome.set(onSaved.apply(value));
            done.accept(true);
        }, error -> {
            saving.set(false);
            outcome.set(FormOutcome.failed(error));
            if (error instanceof EditConflictException changed) {
                conflict.set(conflictWith(changed));
            }
            done.accept(false);
        });
    }

    /**
     * The field-by-field comparison for a save that met someone else's change; null (the default) leaves only the
     * form's message.
     */
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        return null;
    }

    /** A save that met someone else's change, for the pane to show in the conflict dialog; null while none. */
    ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty() {
        return conflict;
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
