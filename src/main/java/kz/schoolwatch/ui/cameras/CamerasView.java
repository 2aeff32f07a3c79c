// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.cameras;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Tables;
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
        TableColumn<DistrictCameraTotals, String> districtName = Columns.of(messages.get("cameras.col.district"), 170,
                r -> r.district() == null ? messages.get("cameras.city") : r.district());
        Tables.width(districtName, 150, 170);
        byDistrict.getColumns().setAll(List.of(
                districtName,
                number("cameras.col.schools", null, DistrictCameraTotals::schools),
                number("cameras.col.covered.short", "cameras.col.covered", DistrictCameraTotals::schoolsCovered),
                number("cameras.col.outdoor", null, DistrictCameraTotals::outdoor),
                number("cameras.col.indoor", null, DistrictCameraTotals::indoor),
                number("cameras.col.total", null, DistrictCameraTotals::total),
                number("cameras.col.working", null, DistrictCameraTotals::working),
                number("cameras.col.faulty.short", "cameras.col.faulty", DistrictCameraTotals::faulty),
                number("cameras.col.cou.short", "cameras.col.cou", DistrictCameraTotals::connectedToCou)));
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
        TableColumn<SchoolRow, Integer> number = Columns.of(messages.get("schools.col.number"), 60, SchoolRow::number);
        TableColumn<SchoolRow, String> name = Columns.of(messages.get("schools.col.name"), 340, SchoolRow::name);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : SchoolNames.shortName(item));
            }
        });
        TableColumn<SchoolRow, String> district = Columns.of(messages.get("schools.col.district"), 140, SchoolRow::district);
        TableColumn<SchoolRow, String> officer = Columns.of(messages.get("schools.col.officer"), 150, SchoolRow::officer);
        TableColumn<SchoolRow, String> why = Columns.of(messages.get("cameras.col.why"), 220, this::whyUncovered);
        why.setId("camerasUncoveredWhy");
        Tables.width(number, 58, 60);
        Tables.width(name, 220, 340);
        Tables.width(district, 130, 140);
        Tables.width(officer, 142, 150);
        Tables.width(why, 170, 220);
        uncovered.getColumns().setAll(List.of(number, name, district, officer, why));
        uncovered.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(uncovered);
        uncovered.setRowFactory(t -> {
            TableRow<SchoolRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSchool.accept(row.getItem().id());
                }
            });
            return row;
        });
        Tables.openOnEnter(uncovered, r -> openSchool.accept(r.id()));
        VBox.setVgrow(uncovered, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(
                () -> model.failureProperty().get() == null ? ""
                        : DatabaseErrors.describeLoad(model.failureProperty().get(), messages, "schools.loadFailed"), model.failureProperty()));
        getChildren().addAll(title, byDistrict, uncoveredTitle, uncovered, error);
    }

    /**
     * Puts the figures above in a tab «По районам» beside «Открытые неисправности» ({@code openFaults}, issue 21).
     */
    public void addOpenFaults(Node openFaults) {
        List<Node> figures = List.copyOf(getChildren().subList(1, getChildren().size()));
        VBox byDistrictTab = new VBox(12);
        byDistrictTab.getChildren().setAll(figures);
        byDistrictTab.setPadding(new Insets(10, 0, 0, 0));
        VBox openFaultsTab = new VBox(openFaults);
        openFaultsTab.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(openFaults, Priority.ALWAYS);
        Tab districts = new Tab(messages.get("cameras.tab.districts"), byDistrictTab);
        districts.setId("camerasTabDistricts");
        Tab faults = new Tab(messages.get("cameras.tab.openFaults"), openFaultsTab);
        faults.setId("camerasTabOpenFaults");
        TabPane tabs = new TabPane(districts, faults);
        tabs.setId("camerasTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(getChildren().get(0), tabs);
    }

    /** A count column; {@code key} is its caption or, with {@code fullKey}, its short caption; {@code fullKey} names the whole caption when the header shows a short one. */
    private TableColumn<DistrictCameraTotals, Integer> number(String key, String fullKey,
                                                              Function<DistrictCameraTotals, Integer> value) {
        TableColumn<DistrictCameraTotals, Integer> c = Columns.count(messages.get(key), 105, value);
        Tables.width(c, 102, 105);
        if (fullKey != null) {
            Tables.header(c, messages.get(key), messages.get(fullKey));
        }
        c.setId("camerasCol" + key.substring(key.indexOf(".col.") + 5).replace(".short", ""));
        return c;
    }

    /**
     * Why a school has no video surveillance: no cameras at all, or cameras of which none works (with how many are
     * out of order).
     */
    private String whyUncovered(SchoolRow r) {
        return r.camerasTotal() == 0 ? messages.get("cameras.why.none") : messages.get("cameras.why.faulty", r.camerasTotal());
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
