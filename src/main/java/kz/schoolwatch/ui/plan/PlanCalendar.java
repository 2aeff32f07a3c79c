// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A month of the plan: each day shows the schools whose check is planned on it (overdue ones on today), the urgent
 * ones marked; a click on a day shows that day's schools in the list.
 */
final class PlanCalendar extends BorderPane {

    /** Schools named in a day's cell before «ещё N». */
    private static final int NAMED = 3;

    private final InspectionPlanViewModel model;
    private final Messages messages;
    private final Runnable showList;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    PlanCalendar(InspectionPlanViewModel model, Messages messages, Runnable showList) {
        this.model = model;
        this.messages = messages;
        this.showList = showList;
        setId("planCalendar");
        Button previous = new Button(null, new FontIcon("mdi2c-chevron-left"));
        previous.setId("planMonthPrevious");
        previous.setOnAction(e -> model.monthProperty().set(model.monthProperty().get().minusMonths(1)));
        Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
        next.setId("planMonthNext");
        next.setOnAction(e -> model.monthProperty().set(model.monthProperty().get().plusMonths(1)));
        title.setId("planMonthTitle");
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(8, previous, title, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);
        grid.setHgap(4);
        grid.setVgap(4);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
        }
        setCenter(grid);
        model.monthProperty().addListener((o, was, now) -> paint());
        model.rows().addListener((javafx.collections.ListChangeListener<PlanRow>) c -> paint());
        paint();
    }

    void paint() {
        YearMonth month = model.monthProperty().get();
        title.setText(Formats.monthYear(month));
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        for (DayOfWeek d : DayOfWeek.values()) {
            Label head = new Label(messages.of("plan.calendar.day", d));
            head.getStyleClass().add("text-muted");
            grid.add(head, d.getValue() - 1, 0);
        }
        Map<LocalDate, List<PlanRow>> byDay = model.calendar();
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        int weeks = (offset + month.lengthOfMonth() + 6) / 7;
        for (int w = 0; w < weeks; w++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(64);
            grid.getRowConstraints().add(row);
        }
        grid.getRowConstraints().add(0, new RowConstraints());
        LocalDate today = model.today();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            int cell = offset + d - 1;
            grid.add(dayCell(day, byDay.getOrDefault(day, List.of()), day.equals(today)), cell % 7, 1 + cell / 7);
        }
    }

    private VBox dayCell(LocalDate day, List<PlanRow> planned, boolean today) {
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add(today ? "section-title" : "text-muted");
        VBox cell = new VBox(2, number);
        cell.setId("planDay" + day.getDayOfMonth());
        cell.setPadding(new Insets(4));
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        for (int i = 0; i < Math.min(NAMED, planned.size()); i++) {
            PlanRow r = planned.get(i);
            boolean urgent = r.status() == PlanStatus.OVERDUE || r.status() == PlanStatus.NEVER_CHECKED;
            Label school = new Label(messages.get("plan.calendar.school", r.number()) + (urgent ? " !" : ""));
            if (urgent) {
                school.getStyleClass().add("text-danger");
            }
            cell.getChildren().add(school);
        }
        if (planned.size() > NAMED) {
            cell.getChildren().add(new Label(messages.get("plan.calendar.more", planned.size() - NAMED)));
        }
        if (!planned.isEmpty()) {
            cell.setOnMouseClicked(e -> {
                model.dayProperty().set(day);
                showList.run();
            });
            cell.setStyle(cell.getStyle() + " -fx-cursor: hand;");
        }
        return cell;
    }
}
