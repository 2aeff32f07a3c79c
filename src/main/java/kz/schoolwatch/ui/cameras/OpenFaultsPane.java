// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.FaultRow;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.OverdueCells;
import kz.schoolwatch.ui.common.Tables;

/**
 * «Открытые неисправности» on the Cameras screen (issue 21): every open fault of the city's cameras with its days
 * open, sortable, filtered by district and to the overdue ones; the median days to repair at the foot.
 */
public final class OpenFaultsPane extends VBox {

    public OpenFaultsPane(OpenFaultsViewModel model, Messages messages, LongConsumer openSchool) {
        super(8);
        setId("openFaultsPane");
        ComboBox<String> district = new ComboBox<>();
        district.setId("openFaultsDistrict");
        district.setItems(model.districts());
        district.setPromptText(messages.get("fault.list.allCity"));
        district.setConverter(new StringConverter<>() {
            @Override
            public String toString(String d) {
                return d == null ? messages.get("fault.list.allCity") : d;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        district.valueProperty().bindBidirectional(model.districtProperty());
        district.setPrefWidth(220);
        Button all = new Button(messages.get("fault.list.allCity"));
        all.setId("openFaultsAllCity");
        all.setOnAction(e -> district.setValue(null));
        CheckBox overdue = new CheckBox(messages.get("fault.list.onlyOverdue"));
        overdue.setId("openFaultsOnlyOverdue");
        overdue.selectedProperty().bindBidirectional(model.onlyOverdueProperty());
        Label limit = new Label();
        limit.textProperty().bind(Bindings.createStringBinding(() -> messages.get("fault.list.limit", model.limitDaysProperty().get()),
                model.limitDaysProperty()));
        HBox filters = new HBox(10, new Label(messages.get("fault.list.district")), district, all, overdue, limit);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<FaultRow> table = new TableView<>();
        table.setId("openFaults");
        SortedList<FaultRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("fault.list.none")));
        EnumConverter<CameraFaultKind> kind = new EnumConverter<>(messages, "fault.kind", CameraFaultKind.class);
        EnumConverter<CameraPlacement> placement = new EnumConverter<>(messages, "camera.placement", CameraPlacement.class);
        TableColumn<FaultRow, String> districtCol = Columns.of(messages.get("schools.col.district"), 140, FaultRow::district);
        TableColumn<FaultRow, Integer> number = Columns.of(messages.get("schools.col.number"), 60, FaultRow::schoolNumber);
        TableColumn<FaultRow, String> name = Columns.of(messages.get("schools.col.name"), 260, r -> SchoolNames.shortName(r.schoolName()));
        TableColumn<FaultRow, String> camera = Columns.of(messages.get("camera.col.placement"), 110, r -> placement.toString(r.placement()));
        TableColumn<FaultRow, LocalDate> found = Columns.of(messages.get("fault.col.found"), 100, r -> r.fault().foundOn());
        found.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        });
        TableColumn<FaultRow, String> kinds = Columns.of(messages.get("fault.col.kind"), 220, r -> kind.toString(r.fault().kind()));
        TableColumn<FaultRow, Long> days = OverdueCells.days(messages, messages.get("fault.col.daysOpen"), 150, model::daysOpen,
                model::overdue);
        days.setId("openFaultsDays");
        Tables.width(number, 50, 56);
        Tables.width(districtCol, 120, 140);
        Tables.width(name, 160, 240);
        Tables.width(camera, 100, 110);
        Tables.width(found, 100, 100);
        Tables.width(kinds, 160, 220);
        Tables.width(days, 170, 170);
        table.getColumns().setAll(List.of(districtCol, number, name, camera, found, kinds, days));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        OverdueCells.markRows(table, model::overdue);
        openOnDoubleClick(table, r -> openSchool.accept(r.schoolId()));
        Tables.openOnEnter(table, r -> openSchool.accept(r.schoolId()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label foot = new Label();
        foot.setId("openFaultsMedian");
        foot.textProperty().bind(Bindings.createStringBinding(() -> {
            Double median = model.medianDaysProperty().get();
            String count = messages.get("fault.list.count", model.rows().size());
            return median == null ? count + " · " + messages.get("fault.list.noMedian")
                    : count + " · " + messages.get("fault.list.median", median);
        }, model.medianDaysProperty(), model.rows()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : DatabaseErrors.describeLoad(model.failureProperty().get(), messages, "fault.loadFailed"), model.failureProperty()));
        getChildren().addAll(filters, table, foot, error);
    }

    /** A double click on a row opens it, over the rows the table's factory already makes. */
    private static <S> void openOnDoubleClick(TableView<S> table, Consumer<S> open) {
        var rows = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<S> row = rows.call(t);
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }
}
