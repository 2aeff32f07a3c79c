// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.compliance;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.ui.common.Formats;

/**
 * A table of the quarterly document shown on screen as it prints: its columns by their share of the width,
 * numbers right, the total row marked. The screen and the file cannot then disagree on a figure.
 */
final class DocumentTable extends TableView<List<Object>> {

    DocumentTable(String id, ObservableValue<Table> table) {
        setId(id);
        // Shares of the width by the columns' preferred widths: the text column wide, the counts narrow.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.addListener((o, was, now) -> show(now));
        show(table.getValue());
    }

    private void show(Table t) {
        if (t == null) {
            getItems().clear();
            return;
        }
        List<TableColumn<List<Object>, Object>> columns = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            Column c = t.columns().get(i);
            int index = i;
            TableColumn<List<Object>, Object> column = new TableColumn<>();
            // The header wraps onto two lines rather than cutting «Соответствуют полностью» to «Соотве…».
            Label header = new Label(c.header());
            header.setWrapText(true);
            header.setTextAlignment(TextAlignment.CENTER);
            header.setTooltip(new Tooltip(c.header()));
            column.setGraphic(header);
            column.setId(getId() + "Col" + i);
            column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().get(index)));
            column.setPrefWidth(c.kind() == ColumnKind.TEXT ? 200 : 78);
            column.setMinWidth(c.kind() == ColumnKind.TEXT ? 120 : 56);
            column.setSortable(false);
            column.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item instanceof Integer n ? Formats.count(n) : item.toString());
                    setAlignment(c.kind() == ColumnKind.TEXT ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
                }
            });
            columns.add(column);
        }
        getColumns().setAll(columns);
        int last = t.rows().size() - 1;
        setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(List<Object> item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && t.totalRow() && getIndex() == last) {
                    getStyleClass().add("total-row");
                }
            }
        });
        getItems().setAll(t.rows());
    }
}
