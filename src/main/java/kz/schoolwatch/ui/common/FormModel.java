// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.service.FieldError;

/**
 * A form's view model as a {@link FormDialog} drives it: it checks what is typed, builds the draft and saves it in
 * its own background task; the dialog only shows the errors and closes once a save has counted.
 */
public interface FormModel {

    /** Checks and saves off the FX thread; refusals land in {@link #errors()}, a success in {@link #savedProperty()}. */
    void save();

    /** The errors of the last save, field by field ({@link SaveErrors#FORM} for the whole form). */
    ObservableList<FieldError> errors();

    /** True while a save runs. */
    ReadOnlyBooleanProperty savingProperty();

    /** Counts successful saves. */
    ReadOnlyIntegerProperty savedProperty();
}
