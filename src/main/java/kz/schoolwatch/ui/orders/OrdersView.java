// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Formats;

/** «Предписания»: every order with its school, requirement, deadline and days overdue; a double click opens the school. */
public final class OrdersView extends VBox {

    public OrdersView(OrdersViewModel model, Messages messages, LongConsumer openSchool) {
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label(messages.get("orders.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<Lookup> district = choice("ordersDistrict", model.districts(), messages.get("orders.filter.allDistricts"));
        district.valueProperty().bindBidirectional(model.districtProperty());
        ComboBox<Lookup> officer = choice("ordersOfficer", model.officers(), messages.get("orders.filter.allOfficers"));
        officer.valueProperty().bindBidirectional(model.officerProperty());
        CheckBox open = new CheckBox(messages.get("orders.filter.openOnly"));
        open.setId("ordersOpenOnly");
        open.selectedProperty().bindBidirectional(model.openOnlyProperty());
        CheckBox overdue = new CheckBox(messages.get("orders.filter.overdueOnly"));
        overdue.setId("ordersOverdueOnly");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        Label count = new Label();
        count.setId("ordersCount");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("orders.count", model.orders().size()), model.orders()));
        HBox filters = new HBox(12, new Label(messages.get("orders.filter.district")), district,
                new Label(messages.get("orders.filter.officer")), officer, open, overdue, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        ComplianceTexts texts = new ComplianceTexts(messages);
        LocalDate today = model.today();
        TableView<CorrectionOrder> table = new TableView<>(model.orders());
        table.setId("ordersTable");
        table.setPlaceholder(new Label(messages.get("order.none")));
        TableColumn<CorrectionOrder, String> school = Columns.of(messages.get("order.col.school"), 230,
                o -> "№ " + o.schoolNumber() + " " + o.schoolName());
        TableColumn<CorrectionOrder, String> item = Columns.of(messages.get("order.col.item"), 220, o -> texts.title(o.item()));
        TableColumn<CorrectionOrder, LocalDate> deadline = Columns.styled(messages.get("order.col.deadline"), 95,
                CorrectionOrder::deadline, Formats::date, o -> o.overdue(today) ? "danger" : null);
        TableColumn<CorrectionOrder, Long> days = Columns.styled(messages.get("order.col.daysOverdue"), 100,
                o -> o.daysOverdue(today), d -> d == 0 ? "" : Long.toString(d), o -> o.overdue(today) ? "danger" : null);
        TableColumn<CorrectionOrder, String> responsible = Columns.of(messages.get("order.col.responsible"), 170, CorrectionOrder::responsible);
        TableColumn<CorrectionOrder, String> act = Columns.of(messages.get("order.col.act"), 80, CorrectionOrder::actLabel);
        table.getColumns().setAll(List.of(school, item, deadline, days, responsible, act));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<CorrectionOrder> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openSchool.accept(row.getItem().schoolId());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, filters, table);
        model.start();
    }

    private static ComboBox<Lookup> choice(String id, javafx.collections.ObservableList<Lookup> items, String any) {
        ComboBox<Lookup> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(200);
        box.getItems().add(null);
        items.addListener((javafx.collections.ListChangeListener<Lookup>) c -> {
            Lookup chosen = box.getValue();
            box.getItems().setAll(items);
            box.getItems().add(0, null);
            box.setValue(chosen);
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lookup l) {
                return l == null ? any : l.name();
            }

            @Override
            public Lookup fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Lookup l, boolean empty) {
                super.updateItem(l, empty);
                setText(l == null ? any : l.name());
            }
        });
        return box;
    }
}
