// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.orders;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import kz.schoolwatch.i18n.Messages;

/** The dashboard's figure of correction orders: open, and overdue (in red while there are any); a click opens the list. */
public final class OrdersFigure extends HBox {

    public OrdersFigure(OrdersFigureViewModel model, Messages messages, Runnable openList) {
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 4, 0));
        Label title = new Label(messages.get("dashboard.orders"));
        title.getStyleClass().add("section-title");
        Button open = new Button();
        open.setId("dashboardOrdersOpen");
        Button overdue = new Button();
        overdue.setId("dashboardOrdersOverdue");
        open.textProperty().bind(Bindings.createStringBinding(() -> model.loadedProperty().get()
                ? messages.get("dashboard.orders.open", model.openProperty().get()) : "—", model.openProperty(), model.loadedProperty()));
        overdue.textProperty().bind(Bindings.createStringBinding(() -> model.loadedProperty().get()
                ? messages.get("dashboard.orders.overdue", model.overdueProperty().get()) : "—", model.overdueProperty(), model.loadedProperty()));
        model.overdueProperty().addListener((o, was, now) -> {
            overdue.getStyleClass().remove("text-danger");
            if (now.intValue() > 0) {
                overdue.getStyleClass().add("text-danger");
            }
        });
        open.setOnAction(e -> openList.run());
        overdue.setOnAction(e -> openList.run());
        getChildren().addAll(title, open, overdue);
    }
}
