// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.photos.PhotoServices;
import kz.schoolwatch.ui.photos.PhotoStrip;

/**
 * «Предписания» on a school's card: every order of the school, an overdue one in red; «Отметить устранение…»; the
 * chosen order's photos.
 */
final class SchoolOrdersPane extends VBox {

    /** {@code photos} null: the orders carry no photos here. */
    SchoolOrdersPane(ChecksViewModel checks, Messages messages, TaskRunner tasks, PhotoServices photos) {
        SchoolOrdersViewModel model = checks.orders();
        setSpacing(8);
        setPadding(new Insets(16));
        ComplianceTexts texts = new ComplianceTexts(messages);
        LocalDate today = model.today();
        TableView<CorrectionOrder> table = new TableView<>(model.orders());
        table.setId("schoolOrders");
        table.setPlaceholder(new Label(messages.get("order.none")));
        TableColumn<CorrectionOrder, String> item = Columns.of(messages.get("order.col.item"), 200, o -> texts.title(o.item()));
        TableColumn<CorrectionOrder, String> text = Columns.of(messages.get("order.col.description"), 260, CorrectionOrder::description);
        TableColumn<CorrectionOrder, LocalDate> deadline = Columns.styled(messages.get("order.col.deadline"), 95,
                CorrectionOrder::deadline, Formats::date, o -> o.overdue(today) ? "danger" : null);
        TableColumn<CorrectionOrder, String> responsible = Columns.of(messages.get("order.col.responsible"), 160, CorrectionOrder::responsible);
        TableColumn<CorrectionOrder, String> act = Columns.of(messages.get("order.col.act"), 70, CorrectionOrder::actLabel);
        TableColumn<CorrectionOrder, String> state = Columns.styled(messages.get("order.col.state"), 170,
                o -> OrderTexts.state(o, today, messages), s -> s, o -> o.overdue(today) ? "danger" : o.open() ? null : "success");
        table.getColumns().setAll(List.of(item, text, deadline, responsible, act, state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        Button fix = new Button(messages.get("order.fix"));
        fix.setId("orderFix");
        fix.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CorrectionOrder o = table.getSelectionModel().getSelectedItem();
            return o == null || !o.open();
        }, table.getSelectionModel().selectedItemProperty()));
        fix.setOnAction(e -> {
            CorrectionOrder o = table.getSelectionModel().getSelectedItem();
            if (o != null && ActPane.markFixed(this, o, messages, tasks, model)) {
                checks.load(checks.schoolId());
            }
        });
        getChildren().addAll(table, fix);
        if (photos != null) {
            // The chosen order's photos: the fix as the school showed it.
            table.setPrefHeight(260);
            Label photosTitle = new Label(messages.get("order.photos.title"));
            photosTitle.getStyleClass().add("section-title");
            PhotoStrip strip = new PhotoStrip(photos);
            strip.setId("orderPhotos");
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                    strip.show(now == null ? null : PhotoOwner.order(now.id())));
            getChildren().addAll(photosTitle, strip);
        }
    }
}
