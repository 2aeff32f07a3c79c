// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.OverdueCells;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The faults part of a school card's cameras tab (issue 21): «Неисправность…» and «Ремонт…» for the selected camera,
 * its history, and the school's open faults with those open too long in red.
 */
final class CameraFaultsPane extends VBox {

    private final CameraFaultsViewModel model;
    private final TableView<CameraFault> table = new TableView<>();

    CameraFaultsPane(CameraFaultsViewModel model, Messages messages) {
        super(6);
        this.model = model;
        setId("cameraFaultsPane");
        Label title = new Label();
        title.setId("faultHistoryTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.cameraProperty().get() == null
                ? messages.get("fault.history.none") : messages.get("fault.history.title"), model.cameraProperty()));

        Button record = new Button(messages.get("fault.new"), new FontIcon("mdi2a-alert-plus-outline"));
        record.setId("faultNew");
        record.disableProperty().bind(model.cameraProperty().isNull());
        record.setOnAction(e -> FaultDialog.show(this, messages, model.newFault()));
        Button repair = new Button(messages.get("fault.repair"), new FontIcon("mdi2w-wrench-outline"));
        repair.setId("faultRepair");
        repair.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.toRepair(table.getSelectionModel().getSelectedItem()) == null,
                table.getSelectionModel().selectedItemProperty(), model.history()));
        repair.setOnAction(e -> {
            CameraFault fault = model.toRepair(table.getSelectionModel().getSelectedItem());
            if (fault != null) {
                FaultDialog.show(this, messages, model.repair(fault));
            }
        });
        record.setVisible(model.canEdit());
        record.setManaged(model.canEdit());
        repair.setVisible(model.canEdit());
        repair.setManaged(model.canEdit());
        Label open = new Label();
        open.setId("faultSchoolOpen");
        open.textProperty().bind(Bindings.createStringBinding(() -> {
            CameraFaultsViewModel.Open o = model.openProperty().get();
            return o.overdue() > 0 ? messages.get("fault.school.openOverdue", o.open(), o.overdue(), model.limitDaysProperty().get())
                    : messages.get("fault.school.open", o.open());
        }, model.openProperty(), model.limitDaysProperty()));
        model.openProperty().addListener((o, was, now) -> {
            open.getStyleClass().remove("text-danger");
            if (now.overdue() > 0) {
                open.getStyleClass().add("text-danger");
            }
        });
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(
                () -> model.errorProperty().get() == null ? "" : messages.get(model.errorProperty().get()), model.errorProperty()));
        record.setMinWidth(Region.USE_PREF_SIZE);
        repair.setMinWidth(Region.USE_PREF_SIZE);
        open.setWrapText(true);
        HBox.setHgrow(open, Priority.ALWAYS);
        open.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(8, record, repair, open, error);
        head.setAlignment(Pos.CENTER_LEFT);

        table.setId("faultHistory");
        table.setItems(model.history());
        table.setPlaceholder(new Label(messages.get("fault.history.empty")));
        EnumConverter<CameraFaultKind> kind = new EnumConverter<>(messages, "fault.kind", CameraFaultKind.class);
        EnumConverter<RepairOutcome> outcome = new EnumConverter<>(messages, "fault.outcome", RepairOutcome.class);
        TableColumn<CameraFault, LocalDate> found = Columns.of(messages.get("fault.col.found"), 110, CameraFault::foundOn);
        found.setCellFactory(c -> dateCell());
        TableColumn<CameraFault, String> kinds = Columns.of(messages.get("fault.col.kind"), 200, f -> kind.toString(f.kind()));
        TableColumn<CameraFault, LocalDate> repaired = Columns.of(messages.get("fault.col.repaired"), 110, CameraFault::repairedOn);
        repaired.setCellFactory(c -> dateCell());
        TableColumn<CameraFault, String> how = Columns.of(messages.get("fault.col.outcome"), 140,
                f -> f.outcome() == null ? messages.get("fault.open") : outcome.toString(f.outcome()));
        how.setMinWidth(120);
        TableColumn<CameraFault, Long> days = OverdueCells.days(messages, messages.get("fault.col.days"), 170,
                f -> f.days(model.today()), model::overdue);
        days.setId("faultDays");
        TableColumn<CameraFault, String> note = Columns.of(messages.get("fault.col.note"), 120,
                f -> f.repairNote() != null ? f.repairNote() : f.note());
        table.getColumns().setAll(List.of(found, kinds, repaired, how, days, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        OverdueCells.markRows(table, model::overdue);
        table.setPrefHeight(116);
        table.setMinHeight(100);
        getChildren().addAll(title, head, table);
    }

    private javafx.scene.control.TableCell<CameraFault, LocalDate> dateCell() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        };
    }
}
