// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.service.FieldError;

/**
 * A form's view model as its dialog sees it: the form validates and saves itself in the background; the dialog
 * shows the errors next to the fields, keeps «Сохранить» off while a save runs, and closes once one committed.
 */
public interface FormViewModel {

    /** Validates and saves off the FX thread; errors land in {@link #errors()}, a commit counts in {@link #savedProperty()}. */
    void save();

    /** What stopped the last save; errors of {@link FailureMessages#FORM} belong to the whole form. */
    ObservableList<FieldError> errors();

    /** True while a save runs in the background. */
    ReadOnlyBooleanProperty savingProperty();

    /** Counts the saves that committed. */
    ReadOnlyIntegerProperty savedProperty();

    /**
     * A save that met someone else's change, for the dialog to show field by field (null while there is none).
     * Forms of records nobody else edits (a password) never set it.
     */
    ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty();
}
