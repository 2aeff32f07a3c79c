// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;

/** The columns of a visits table, shared by the visits screen and a school's card. */
final class VisitColumns {

    private VisitColumns() {
    }

    static void install(TableView<Visit> table, Messages messages, boolean withSchool) {
        table.getColumns().add(column(messages.get("visit.column.when"), 140, v -> Formats.dateTime(v.visitedAt())));
        if (withSchool) {
            table.getColumns().add(column(messages.get("visit.column.school"), 260, v -> "№" + v.schoolNumber() + " — " + v.schoolName()));
            table.getColumns().add(column(messages.get("visit.column.district"), 120, Visit::districtName));
        }
        table.getColumns().add(column(messages.get("visit.column.officer"), 140, Visit::officerName));
        table.getColumns().add(column(messages.get("visit.column.purpose"), 190, Visit::purposeName));
        table.getColumns().add(column(messages.get("visit.column.findings"), 220, Visit::findings));
        table.getColumns().add(column(messages.get("visit.column.actions"), 220, Visit::agreedActions));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("visit.none")));
    }

    private static TableColumn<Visit, String> column(String title, double width, Function<Visit, String> value) {
        TableColumn<Visit, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
