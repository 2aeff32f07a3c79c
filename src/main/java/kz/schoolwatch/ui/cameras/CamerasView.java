// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import java.util.List;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.ScreenActions;

/** The city's cameras by district, and the list of schools still without video surveillance. */
public final class CamerasView extends VBox implements ScreenActions {

    private final CamerasViewModel model;
    private final Messages messages;

    public CamerasView(CamerasViewModel model, Messages messages, LongConsumer openSchool) {
        this.model = model;
        this.messages = messages;
        setId("camerasView");
        getStyleClass().add("screen");
        setSpacing(12);
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("cameras.title"));
        title.getStyleClass().add("screen-title");

        TableView<DistrictCameraTotals> byDistrict = new TableView<>();
        byDistrict.setId("camerasByDistrict");
        byDistrict.getColumns().setAll(List.of(
                Columns.<DistrictCameraTotals, String>of(messages.get("cameras.col.district"), 170,
                        r -> r.district() == null ? messages.get("cameras.city") : r.district()),
                number("cameras.col.schools", DistrictCameraTotals::schools),
                number("cameras.col.covered", DistrictCameraTotals::schoolsCovered),
                number("cameras.col.outdoor", DistrictCameraTotals::outdoor),
                number("cameras.col.indoor", DistrictCameraTotals::indoor),
                number("cameras.col.total", DistrictCameraTotals::total),
                number("cameras.col.working", DistrictCameraTotals::working),
                number("cameras.col.faulty", DistrictCameraTotals::faulty),
                number("cameras.col.cou", DistrictCameraTotals::connectedToCou)));
        byDistrict.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        byDistrict.setFixedCellSize(28);
        byDistrict.setPrefHeight(28 * 10 + 34);
        byDistrict.setMinHeight(28 * 10 + 34);
        // Districts, then the city's line; kept in step with the view model.
        Runnable fill = () -> {
            byDistrict.getItems().setAll(model.districts());
            if (model.cityProperty().get() != null) {
                byDistrict.getItems().add(model.cityProperty().get());
            }
        };
        model.districts().addListener((ListChangeListener<DistrictCameraTotals>) c -> fill.run());
        model.cityProperty().addListener(o -> fill.run());
        byDistrict.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DistrictCameraTotals item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.district() == null) {
                    getStyleClass().add("total-row");
                }
            }
        });

        Label uncoveredTitle = new Label();
        uncoveredTitle.setId("camerasUncoveredTitle");
        uncoveredTitle.getStyleClass().add("section-title");
        uncoveredTitle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("cameras.uncovered", model.uncovered().size()), model.uncovered()));
        TableView<SchoolRow> uncovered = new TableView<>(model.uncovered());
        uncovered.setId("camerasUncovered");
        uncovered.setPlaceholder(new Label(messages.get("cameras.uncovered.none")));
        uncovered.getColumns().setAll(List.of(
                Columns.<SchoolRow, Integer>of(messages.get("schools.col.number"), 60, SchoolRow::number),
                Columns.<SchoolRow, String>of(messages.get("schools.col.name"), 360, SchoolRow::name),
                Columns.<SchoolRow, String>of(messages.get("schools.col.district"), 140, SchoolRow::district),
                Columns.<SchoolRow, String>of(messages.get("schools.col.officer"), 160, SchoolRow::officer),
                Columns.<SchoolRow, Integer>of(messages.get("cameras.col.faultyHere"), 150, SchoolRow::camerasTotal)));
        uncovered.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        uncovered.setRowFactory(t -> {
            TableRow<SchoolRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSchool.accept(row.getItem().id());
                }
            });
            return row;
        });
        VBox.setVgrow(uncovered, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(
                () -> model.failureProperty().get() == null ? "" : messages.get("schools.loadFailed"), model.failureProperty()));
        getChildren().addAll(title, byDistrict, uncoveredTitle, uncovered, error);
    }

    private TableColumn<DistrictCameraTotals, Integer> number(String key, java.util.function.Function<DistrictCameraTotals, Integer> value) {
        TableColumn<DistrictCameraTotals, Integer> c = Columns.of(messages.get(key), 105, value);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
