// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Мероприятия»: the filtered table and the month view, and the event form in a dialog. */
public final class EventsView extends BorderPane implements ScreenActions {

    private final EventsViewModel model;
    private final Messages messages;

    public EventsView(EventsViewModel model, Messages messages, Runnable editTypes) {
        this.model = model;
        this.messages = messages;
        setId("eventsView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("event.title"));
        title.getStyleClass().add("screen-title");
        VBox top = new VBox(10, title, filters(), actions(editTypes));
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        TableView<OutreachEvent> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab list = new Tab(messages.get("event.tab.list"), new VBox(8, table, new PageBar(model.list(), messages, "eventsPage")));
        list.setId("eventsTabList");
        Tab calendar = new Tab(messages.get("event.tab.month"), new MonthCalendar(model, messages, this::edit));
        calendar.setId("eventsTabMonth");
        TabPane tabs = new TabPane(list, calendar);
        tabs.setId("eventsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == calendar) {
                model.loadMonth();
            }
        });
        setCenter(tabs);
        Dialogs.reportSaveFailures(this, messages, model.failureProperty());
        model.loadChoices();
        model.apply();
    }

    private TableView<OutreachEvent> table() {
        TableView<OutreachEvent> table = new TableView<>(model.list().rows());
        table.setId("eventsTable");
        TableColumn<OutreachEvent, String> date = Columns.unsorted(messages.get("event.column.date"), 96, e -> Formats.date(e.heldOn()));
        TableColumn<OutreachEvent, String> type = Columns.unsorted(messages.get("event.column.type"), 220, OutreachEvent::typeName);
        TableColumn<OutreachEvent, String> title = Columns.unsorted(messages.get("event.column.title"), 150, e -> e.title() == null ? "" : e.title());
        TableColumn<OutreachEvent, String> place = Columns.unsorted(messages.get("event.column.place"), 250, e -> SchoolNames.shortLabel(e.placeName()));
        TableColumn<OutreachEvent, String> district = Columns.unsorted(messages.get("event.column.district"), 120, OutreachEvent::districtName);
        TableColumn<OutreachEvent, String> pupils = Columns.unsorted(messages.get("event.column.pupils"), 64, e -> Formats.count(e.pupils()));
        TableColumn<OutreachEvent, String> parents = Columns.unsorted(messages.get("event.column.parents"), 64, e -> Formats.count(e.parents()));
        TableColumn<OutreachEvent, String> partners = Columns.unsorted(messages.get("event.column.partners"), 240, e -> names(e.partners()));
        TableColumn<OutreachEvent, String> officers = Columns.unsorted(messages.get("event.column.officers"), 160, e -> names(e.officers()));
        Tables.width(date, 96, 96);
        Tables.width(type, 160, 220);
        Tables.width(title, 100, 150);
        Tables.width(place, 190, 250);
        Tables.width(district, 130, 130);
        Tables.width(pupils, 66, 66);
        Tables.width(parents, 66, 66);
        Tables.width(partners, 160, 240);
        Tables.width(officers, 130, 160);
        Tables.header(pupils, messages.get("event.column.pupils.short"), messages.get("event.column.pupils"));
        Tables.header(parents, messages.get("event.column.parents.short"), messages.get("event.column.parents"));
        List.of(pupils, parents).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        table.getColumns().setAll(List.of(date, type, title, place, district, pupils, parents, partners, officers));
        // Who organised it matters less in the list than what, where and how many, and most events have no
        // title of their own: both on request.
        Tables.hiddenAtFirst(List.of(title, partners));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(table);
        table.setPlaceholder(new Label(messages.get("event.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.setRowFactory(t -> {
            TableRow<OutreachEvent> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        Tables.openOnEnter(table, this::edit);
        return table;
    }

    private static String names(List<Lookup> items) {
        return String.join(", ", items.stream().map(Lookup::name).toList());
    }

    private FlowPane filters() {
        ComboBox<ReferenceItem> type = new ComboBox<>(model.types());
        type.setId("eventFilterType");
        type.setConverter(Converters.of(t -> t.id() == 0 ? messages.get("event.filter.allTypes") : t.name(), ""));
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setPrefWidth(240);
        ComboBox<Lookup> district = new ComboBox<>(model.districts());
        district.setId("eventFilterDistrict");
        district.setConverter(Converters.of(d -> d.id() == 0 ? messages.get("visit.filter.allDistricts") : d.name(), ""));
        district.valueProperty().bindBidirectional(model.districtProperty());
        SearchableComboBox<EventsViewModel.Place> place = SearchablePickers.over(model.places());
        place.setId("eventFilterPlace");
        place.setConverter(Converters.of(p -> p.schoolId() == null && p.centreId() == null ? messages.get("event.filter.anyPlace") : p.label(), ""));
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.setPrefWidth(260);
        DatePicker from = Formats.datePicker("eventFilterFrom", messages);
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Formats.datePicker("eventFilterTo", messages);
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(model.toProperty());
        InvalidationListener apply = o -> {
            if (model.applyIfChanged()) {
                model.loadMonth();
            }
        };
        model.typeProperty().addListener(apply);
        model.districtProperty().addListener(apply);
        model.placeProperty().addListener(apply);
        model.fromProperty().addListener(o -> model.applyIfChanged());
        model.toProperty().addListener(o -> model.applyIfChanged());
        HBox period = new HBox(4, new Label(messages.get("common.period")), from, new Label("—"), to);
        period.setAlignment(Pos.CENTER_LEFT);
        Button reset = new Button(messages.get("common.filter.reset"), new FontIcon("mdi2f-filter-remove-outline"));
        reset.setId("eventFilterReset");
        reset.setOnAction(e -> model.resetFilters());
        FlowPane bar = new FlowPane(10, 8, type, district, place, period, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actions(Runnable editTypes) {
        EditBar<OutreachEvent> bar = new EditBar<>(messages, model.selectedProperty());
        Button add = bar.add("eventNew", "event.new", "mdi2c-calendar-plus", () -> edit(null));
        Button edit = bar.edit("eventEdit", this::edit);
        Button delete = bar.delete("eventDelete", ev -> {
            if (Dialogs.confirm(this, messages, messages.get("event.delete.confirm", ev.caption(), Formats.date(ev.heldOn())))) {
                model.delete(ev);
            }
        });
        Button types = EditBar.referenceList("eventTypes", messages.get("event.types"), editTypes);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, add, edit, delete, spacer, types);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The event form in a dialog; {@code event} null for a new one. */
    private void edit(OutreachEvent event) {
        EventDialog.show(this, model.form(event, null), messages);
    }


    @Override
    public Node searchField() {
        return lookup("#eventFilterType");
    }

    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "eventNew");
    }

    @Override
    public ButtonBase previousMonthButton() {
        return ScreenActions.button(this, "calendarPrevious");
    }

    @Override
    public ButtonBase nextMonthButton() {
        return ScreenActions.button(this, "calendarNext");
    }

    @Override
    public boolean shiftMonth(int months) {
        // The month is chosen on the calendar tab only.
        TabPane tabs = (TabPane) lookup("#eventsTabs");
        if (tabs == null || tabs.getSelectionModel().getSelectedItem() == null
                || !"eventsTabMonth".equals(tabs.getSelectionModel().getSelectedItem().getId())) {
            return false;
        }
        return ScreenActions.fire(months < 0 ? previousMonthButton() : nextMonthButton());
    }

    @Override
    public boolean refresh() {
        model.list().refresh();
        model.loadMonth();
        return true;
    }
}
