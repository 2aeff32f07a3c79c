// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /** A column whose cells show {@code text} of the value and get {@code styleClass} of the row (or none). */
    public static <S, T> TableColumn<S, T> styled(String title, double width, Function<S, T> value, Function<T, String> text,
                                                 Function<S, String> styleClass) {
        TableColumn<S, T> column = of(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                applied = styleClass.apply(getTableRow().getItem());
                if (applied != null) {
                    getStyleClass().add(applied);
                }
            }
        });
        return column;
    }
}
