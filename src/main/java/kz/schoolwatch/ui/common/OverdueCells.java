// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import kz.schoolwatch.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Faults open longer than the limit (issue 21): their rows carry the style class {@code fault-overdue} (red), and
 * their days say «просрочено» beside an alert icon, so the mark does not rest on colour alone.
 */
public final class OverdueCells {

    /** The style class of an overdue fault's row. */
    public static final String OVERDUE = "fault-overdue";

    private OverdueCells() {
    }

    /** Marks the rows of {@code table} whose item is {@code overdue}. */
    public static <S> void markRows(TableView<S> table, Predicate<S> overdue) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(OVERDUE);
                if (!empty && item != null && overdue.test(item)) {
                    getStyleClass().add(OVERDUE);
                }
            }
        });
    }

    /** A column of days, sortable by their number, that says «N — просрочено» with an icon for an overdue item. */
    public static <S> TableColumn<S, Long> days(Messages messages, String title, double width, ToLongFunction<S> days,
                                                Predicate<S> overdue) {
        TableColumn<S, Long> column = Columns.of(title, width, s -> days.applyAsLong(s));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (overdue.test(row)) {
                    setText(messages.get("fault.overdue.days", item));
                    FontIcon icon = new FontIcon("mdi2a-alert");
                    icon.getStyleClass().add("fault-overdue-icon");
                    setGraphic(icon);
                } else {
                    setText(Long.toString(item));
                    setGraphic(null);
                }
            }
        });
        return column;
    }
}
