// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    protected AbstractFormViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} (read from the form on the UI thread beforehand) in the background. */
    protected final void saveInBackground(Callable<?> work) {
        errors.clear();
        saving.set(true);
        tasks.submit(work, ok -> {
            saving.set(false);
            saved.set(saved.get() + 1);
            afterSave();
        }, error -> {
            saving.set(false);
            errors.setAll(FailureMessages.of(error));
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
    public ReadOnlyIntegerProperty savedProperty() {
        return saved;
    }
}
