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
 * The part every {@link FormViewModel} of a {@link FormDialog} shares: its errors, whether a save runs, the count of
 * saves, and the one way its save goes to the background. A subclass reads its fields and hands over the write.
 */
public abstract class DialogForm implements FormViewModel {

    protected final TaskRunner tasks;
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final IntegerProperty saved = new SimpleIntegerProperty();

    protected DialogForm(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Shows {@code found} (checked before saving); true when there were any, and then nothing is saved. */
    protected boolean refuse(List<FieldError> found) {
        if (found.isEmpty()) {
            return false;
        }
        errors.setAll(found);
        return true;
    }

    /** Runs {@code write} in the background; a refusal lands in {@link #errors()}, a success counts. */
    protected void submit(Callable<?> write) {
        errors.clear();
        saving.set(true);
        tasks.submit(write, ok -> {
            saving.set(false);
            saved.set(saved.get() + 1);
        }, error -> {
            saving.set(false);
            errors.setAll(FailureMessages.of(error));
        });
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
