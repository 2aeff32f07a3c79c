// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import kz.schoolwatch.ui.common.Formats;

/** Binds a card form's date picker to its model: the date, and whether the text typed in it is no date. */
final class DateFields {

    private DateFields() {
    }

    static void bind(DatePicker picker, ObjectProperty<LocalDate> value, BooleanProperty unreadable) {
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().textProperty().addListener((o, was, now) -> unreadable.set(Formats.hasUnreadableDate(picker)));
    }
}
