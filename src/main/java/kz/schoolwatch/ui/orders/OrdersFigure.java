// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.orders;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.ui.common.TaskRunner;

/** The dashboard's figure of correction orders: open and overdue (in red); a click opens the list of orders. */
public final class OrdersFigure extends HBox {

    public OrdersFigure(InspectionService service, TaskRunner tasks, Messages messages, Runnable openList) {
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 4, 0));
        Label title = new Label(messages.get("dashboard.orders"));
        title.getStyleClass().add("section-title");
        Button open = new Button();
        open.setId("dashboardOrdersOpen");
        Button overdue = new Button();
        overdue.setId("dashboardOrdersOverdue");
        overdue.getStyleClass().add("text-danger");
        open.setOnAction(e -> openList.run());
        overdue.setOnAction(e -> openList.run());
        getChildren().addAll(title, open, overdue);
        tasks.submit(() -> service.orders(OrderFilter.allOpen()), (List<CorrectionOrder> orders) -> {
            open.setText(messages.get("dashboard.orders.open", orders.size()));
            overdue.setText(messages.get("dashboard.orders.overdue",
                    orders.stream().filter(o -> o.overdue(service.today())).count()));
        }, error -> { });
    }
}
