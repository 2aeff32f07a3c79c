// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.SearchableComboBox;

/** Searchable pickers (a school by number or name) over a list of choices that a view model reads again. */
public final class SearchablePickers {

    private SearchablePickers() {
    }

    /**
     * A {@link SearchableComboBox} showing {@code choices}, handed a fresh copy of the list whenever the choices
     * change. Not the list itself: ControlsFX's skin filters a {@code FilteredList} over the items, which hears of
     * an in-place change ({@code setAll}) only after the combo box's own selection model has acted on it and
     * moved the value; the inner combo box then looks the value up in the stale filtered list and throws
     * {@code IndexOutOfBoundsException} (seen when a school was added or archived with a visits screen built).
     * A replaced list is read consistently by both.
     */
    public static <T> SearchableComboBox<T> over(ObservableList<T> choices) {
        SearchableComboBox<T> box = new SearchableComboBox<>(FXCollections.observableArrayList(choices));
        choices.addListener((ListChangeListener<T>) change -> box.setItems(FXCollections.observableArrayList(choices)));
        return box;
    }
}
