// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.EditBar;

/**
 * A month on a grid, Monday first: each day lists its events (a few, then «ещё N»). Day cells have the fx:id
 * {@code calendarDay<d>}, event labels the style class {@code calendar-event}.
 */
final class MonthCalendar extends VBox {

    private static final int SHOWN_PER_DAY = 3;
    private static final double WEEK_ROW_HEIGHT = 104;

    private final EventsViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Consumer<OutreachEvent> open;

    MonthCalendar(EventsViewModel model, Messages messages, Consumer<OutreachEvent> open) {
        super(8);
        this.model = model;
        this.messages = messages;
        this.open = open;
        setId("eventsCalendar");
        Button previous = EditBar.iconOnly("calendarPrevious", "mdi2c-chevron-left", messages.get("shortcut.previousMonth"));
        previous.setOnAction(e -> model.shiftMonth(-1));
        Button next = EditBar.iconOnly("calendarNext", "mdi2c-chevron-right", messages.get("shortcut.nextMonth"));
        next.setOnAction(e -> model.shiftMonth(1));
        title.setId("calendarTitle");
        title.getStyleClass().add("section-title");
        HBox head = new HBox(8, previous, next, title);
        head.setAlignment(Pos.CENTER_LEFT);
        grid.getStyleClass().add("calendar");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(cc);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("side-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        model.monthEvents().addListener((ListChangeListener<OutreachEvent>) c -> render());
        model.monthProperty().addListener((o, was, now) -> render());
        render();
    }

    private void render() {
        YearMonth month = model.monthProperty().get();
        String name = LocalFormats.of(messages.language()).monthName(month.getMonth());
        title.setText(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear());
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        for (int d = 0; d < 7; d++) {
            Label day = new Label(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT_STANDALONE, messages.locale()));
            day.getStyleClass().add("calendar-weekday");
            grid.add(day, d, 0);
        }
        Map<LocalDate, List<OutreachEvent>> byDay = new TreeMap<>();
        for (OutreachEvent e : model.monthEvents()) {
            if (YearMonth.from(e.heldOn()).equals(month)) {
                byDay.computeIfAbsent(e.heldOn(), k -> new ArrayList<>()).add(e);
            }
        }
        LocalDate today = model.today();
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        int weeks = (offset + month.lengthOfMonth() + 6) / 7;
        RowConstraints header = new RowConstraints();
        header.setVgrow(Priority.NEVER);
        grid.getRowConstraints().add(header);
        for (int w = 0; w < weeks; w++) {
            // Room for the day number, SHOWN_PER_DAY events and «ещё N»: cells never overlap (the view
            // scrolls instead); taller when the window allows.
            RowConstraints rc = new RowConstraints(WEEK_ROW_HEIGHT, WEEK_ROW_HEIGHT, Double.MAX_VALUE);
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            int cell = offset + d - 1;
            grid.add(dayCell(date, byDay.getOrDefault(date, List.of()), date.equals(today)), cell % 7, 1 + cell / 7);
        }
    }

    private VBox dayCell(LocalDate date, List<OutreachEvent> events, boolean today) {
        Label number = new Label(Integer.toString(date.getDayOfMonth()));
        number.getStyleClass().add("calendar-day-number");
        VBox box = new VBox(2, number);
        box.setId("calendarDay" + date.getDayOfMonth());
        box.getStyleClass().add("calendar-day");
        if (today) {
            // Today's cell is framed in the accent colour and its number sits in a ring.
            box.getStyleClass().add("calendar-today");
            number.getStyleClass().add("calendar-today-number");
            number.setTooltip(new Tooltip(messages.get("event.calendar.today")));
            number.setAccessibleText(messages.get("event.calendar.today") + ", " + date.getDayOfMonth());
        }
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.setMinSize(0, 0);
        // Long titles stay inside their day.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        for (int i = 0; i < Math.min(SHOWN_PER_DAY, events.size()); i++) {
            OutreachEvent e = events.get(i);
            Label label = new Label(e.caption());
            label.getStyleClass().add("calendar-event");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setTooltip(new Tooltip(e.typeName() + "\n" + e.placeName()));
            label.setOnMouseClicked(m -> {
                if (m.getClickCount() == 2) {
                    open.accept(e);
                }
            });
            box.getChildren().add(label);
        }
        if (events.size() > SHOWN_PER_DAY) {
            Label more = new Label(messages.get("event.calendar.more", events.size() - SHOWN_PER_DAY));
            more.getStyleClass().add("calendar-more");
            box.getChildren().add(more);
        }
        return box;
    }
}
