// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only table columns over records, with a CSS class per cell when wanted. */
public final class Columns {

    private Columns() {
    }

    /** A column showing {@code value} of each row, sortable by it. */
    public static <S, T> TableColumn<S, T> of(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A column of a paged list: the database sorts the whole list, so a click on the header must not reorder the
     * one page on screen.
     */
    public static <S, T> TableColumn<S, T> unsorted(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = of(title, width, value);
        column.setSortable(false);
        return column;
    }

    /**
     * A column whose cells show {@code text} of the value, marked with the CSS pseudo-class {@code tone} of the
     * row (success, danger, warning, muted) or none. Pseudo-classes, not style classes: toggling a pseudo-class
     * does not make JavaFX re-resolve the cell's whole style, which keeps scrolling and filtering smooth.
     */
    public static <S, T> TableColumn<S, T> styled(String title, double width, Function<S, T> value, Function<T, String> text,
                                                 Function<S, String> tone) {
        TableColumn<S, T> column = of(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private PseudoClass applied;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                PseudoClass next = null;
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                } else {
                    setText(text.apply(item));
                    String name = tone.apply(getTableRow().getItem());
                    next = name == null ? null : PseudoClass.getPseudoClass(name);
                }
                if (next != applied) {
                    if (applied != null) {
                        pseudoClassStateChanged(applied, false);
                    }
                    if (next != null) {
                        pseudoClassStateChanged(next, true);
                    }
                    applied = next;
                }
            }
        });
        return column;
    }

    /** A column of counts, written as {@link Formats#count(long)} writes them and aligned right; sortable by value. */
    public static <S> TableColumn<S, Integer> count(String title, double width, Function<S, Integer> value) {
        TableColumn<S, Integer> column = of(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.count(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
