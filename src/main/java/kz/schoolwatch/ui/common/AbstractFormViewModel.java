// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;

/**
 * The saving half every form view model shares: the save runs through the task runner, a refusal becomes the
 * form's errors ({@link FailureMessages}), a commit is counted and followed by {@link #afterSave()}.
 */
public abstract class AbstractFormViewModel implements FormViewModel {

    private final TaskRunner tasks;
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final IntegerProperty saved = new SimpleIntegerProperty();
    private final ObjectProperty<ConflictViewModel<?>> conflict = new SimpleObjectProperty<>();

    protected AbstractFormViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} (read from the form on the UI thread beforehand) in the background. */
    protected final void saveInBackground(Callable<?> work) {
        errors.clear();
        conflict.set(null);
        saving.set(true);
        tasks.submit(work, ok -> {
            saving.set(false);
            saved.set(saved.get() + 1);
            afterSave();
        }, error -> {
            saving.set(false);
            errors.setAll(FailureMessages.of(error));
            if (error instanceof EditConflictException changed) {
                conflict.set(conflictWith(changed));
            }
        });
    }

    /** Shows {@code found} (checked before saving) next to their fields; true when there were any, and then nothing is saved. */
    protected final boolean refuse(List<FieldError> found) {
        if (found.isEmpty()) {
            return false;
        }
        errors.setAll(found);
        return true;
    }

    /**
     * The field-by-field comparison for a save that met someone else's change; null (the default) leaves only the
     * form's message. A form of a versioned record builds it from the record it opened, the one in
     * {@code changed} and the one it tried to save.
     */
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        return null;
    }

    /** What follows a committed save (e.g. the list behind the form reads again); nothing by default. */
    protected void afterSave() {
    }

    protected final TaskRunner tasks() {
        return tasks;
    }

    @Override
    public ObservableList<FieldError> errors() {
        return errors;
    }

    @Override
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    @Override
    public ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty() {
        return conflict;
    }

    @Override
    public ReadOnlyIntegerProperty savedProperty() {
        return saved;
    }
}
