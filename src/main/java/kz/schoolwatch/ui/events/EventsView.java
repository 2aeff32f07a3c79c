// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.SaveErrors;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.common.Tasks;
import org.controlsfx.control.CheckListView;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Мероприятия»: the filtered table and the month view, and the event form in a dialog. */
public final class EventsView extends BorderPane implements ScreenActions {

    private final EventsViewModel model;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;

    public EventsView(EventsViewModel model, Messages messages, TaskRunner tasks, Clock clock, Runnable editTypes) {
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        this.clock = clock;
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
        model.failureProperty().addListener((o, was, error) -> {
            if (error != null) {
                Dialogs.error(this, messages, messages.get("common.error.saveFailed"));
                model.failureProperty().set(null);
            }
        });
        model.loadChoices();
        model.apply();
    }

    private TableView<OutreachEvent> table() {
        TableView<OutreachEvent> table = new TableView<>(model.list().rows());
        table.setId("eventsTable");
        table.getColumns().add(column(messages.get("event.column.date"), 90, e -> Formats.date(e.heldOn())));
        table.getColumns().add(column(messages.get("event.column.type"), 220, OutreachEvent::typeName));
        table.getColumns().add(column(messages.get("event.column.title"), 160, e -> e.title() == null ? "" : e.title()));
        table.getColumns().add(column(messages.get("event.column.place"), 240, OutreachEvent::placeName));
        table.getColumns().add(column(messages.get("event.column.district"), 120, OutreachEvent::districtName));
        table.getColumns().add(column(messages.get("event.column.pupils"), 70, e -> Integer.toString(e.pupils())));
        table.getColumns().add(column(messages.get("event.column.parents"), 70, e -> Integer.toString(e.parents())));
        table.getColumns().add(column(messages.get("event.column.partners"), 240, e -> names(e.partners())));
        table.getColumns().add(column(messages.get("event.column.officers"), 160, e -> names(e.officers())));
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
        DatePicker from = Formats.datePicker("eventFilterFrom");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Formats.datePicker("eventFilterTo");
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
        FlowPane bar = new FlowPane(10, 8, type, district, place, period);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actions(Runnable editTypes) {
        Button add = new Button(messages.get("event.new"), new FontIcon("mdi2c-calendar-plus"));
        add.setId("eventNew");
        add.setOnAction(e -> edit(null));
        Button edit = new Button(messages.get("common.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId("eventEdit");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> edit(model.selectedProperty().get()));
        Button delete = new Button(messages.get("common.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("eventDelete");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> {
            OutreachEvent ev = model.selectedProperty().get();
            if (Dialogs.confirm(this, messages, messages.get("event.delete.confirm", ev.caption(), Formats.date(ev.heldOn())))) {
                model.delete(ev);
            }
        });
        Button types = new Button(messages.get("event.types"), new FontIcon("mdi2f-format-list-bulleted"));
        types.setId("eventTypes");
        types.setOnAction(e -> editTypes.run());
        types.setVisible(editTypes != null);
        types.setManaged(editTypes != null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, add, edit, delete, spacer, types);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The event form in a dialog; {@code event} null for a new one. */
    private void edit(OutreachEvent event) {
        FormErrors errors = new FormErrors(messages);
        ComboBox<ReferenceItem> type = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.activeTypes()));
        type.setId("eventType");
        type.setConverter(Converters.of(ReferenceItem::name, ""));
        type.setMaxWidth(Double.MAX_VALUE);
        TextField title = new TextField();
        title.setId("eventTitle");
        title.setPromptText(messages.get("event.field.title.prompt"));
        DatePicker date = new DatePicker(LocalDate.now(clock));
        date.setId("eventDate");
        date.setConverter(Formats.dateConverter());
        ToggleGroup where = new ToggleGroup();
        RadioButton atSchool = new RadioButton(messages.get("event.field.atSchool"));
        atSchool.setId("eventAtSchool");
        atSchool.setToggleGroup(where);
        atSchool.setSelected(true);
        RadioButton atCentre = new RadioButton(messages.get("event.field.atCentre"));
        atCentre.setId("eventAtCentre");
        atCentre.setToggleGroup(where);
        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(model.schools());
        school.setId("eventSchool");
        school.setConverter(Converters.of(SchoolChoice::label, ""));
        school.setMaxWidth(Double.MAX_VALUE);
        school.disableProperty().bind(atCentre.selectedProperty());
        ComboBox<Lookup> centre = new ComboBox<>(model.centres());
        centre.setId("eventCentre");
        centre.setConverter(Converters.of(Lookup::name, ""));
        centre.setMaxWidth(Double.MAX_VALUE);
        centre.disableProperty().bind(atSchool.selectedProperty());
        CheckListView<Lookup> partners = new CheckListView<>(javafx.collections.FXCollections.observableArrayList(model.partners()));
        partners.setId("eventPartners");
        partners.setPrefHeight(130);
        partners.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<>(partners::getItemBooleanProperty,
                Converters.of(Lookup::name, "")));
        TextField newPartner = new TextField();
        newPartner.setId("eventNewPartner");
        newPartner.setPromptText(messages.get("event.field.newPartner"));
        HBox.setHgrow(newPartner, Priority.ALWAYS);
        Button addPartner = new Button(messages.get("event.addPartner"), new FontIcon("mdi2p-plus"));
        addPartner.setId("eventAddPartner");
        Label partnerError = new Label();
        partnerError.setId("eventNewPartnerError");
        partnerError.getStyleClass().add("field-error");
        addPartner.setOnAction(e -> {
            String name = newPartner.getText();
            partnerError.setText("");
            tasks.run(Tasks.of(() -> model.addPartner(name), added -> {
                partners.getItems().add(added);
                partners.getCheckModel().check(added);
                newPartner.clear();
            }, error -> partnerError.setText(SaveErrors.of(error).stream().findFirst()
                    .map(fe -> messages.get(fe.messageKey(), fe.args().toArray())).orElse(""))));
        });
        TextField pupils = new TextField("0");
        pupils.setId("eventPupils");
        TextField parents = new TextField("0");
        parents.setId("eventParents");
        CheckListView<Lookup> officers = new CheckListView<>(javafx.collections.FXCollections.observableArrayList(model.officers()));
        officers.setId("eventOfficers");
        officers.setPrefHeight(130);
        officers.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<>(officers::getItemBooleanProperty,
                Converters.of(Lookup::name, "")));
        TextArea notes = new TextArea();
        notes.setId("eventNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);

        if (event != null) {
            type.setValue(type.getItems().stream().filter(t -> t.id() == event.typeId()).findFirst().orElseGet(() -> {
                ReferenceItem retired = new ReferenceItem(event.typeId(), event.typeName(), 0, false);
                type.getItems().add(retired);
                return retired;
            }));
            title.setText(event.title());
            date.setValue(event.heldOn());
            if (event.schoolId() != null) {
                school.setValue(model.schools().stream().filter(s -> s.id() == event.schoolId()).findFirst().orElse(null));
            } else {
                atCentre.setSelected(true);
                centre.setValue(model.centres().stream().filter(c -> c.id() == event.centreId()).findFirst().orElse(null));
            }
            checkAll(partners, event.partners());
            checkAll(officers, event.officers());
            pupils.setText(Integer.toString(event.pupils()));
            parents.setText(Integer.toString(event.parents()));
            notes.setText(event.notes());
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.add(errors.register("type", new FormField(messages.get("event.field.type"), type)), 0, 0);
        grid.add(errors.register("heldOn", new FormField(messages.get("event.field.date"), date)), 1, 0);
        grid.add(errors.register("title", new FormField(messages.get("event.field.title"), title)), 0, 1, 2, 1);
        HBox placeKind = new HBox(16, atSchool, atCentre);
        grid.add(new VBox(4, placeKind), 0, 2, 2, 1);
        FormField placeField = errors.register("place", new FormField(messages.get("event.field.place"), school));
        grid.add(placeField, 0, 3);
        grid.add(new FormField(messages.get("event.field.centre"), centre), 1, 3);
        grid.add(errors.register("partners", new FormField(messages.get("event.field.partners"), partners)), 0, 4);
        grid.add(errors.register("officers", new FormField(messages.get("event.field.officers"), officers)), 1, 4);
        grid.add(new VBox(2, new HBox(6, newPartner, addPartner), partnerError), 0, 5);
        grid.add(errors.register("pupils", new FormField(messages.get("event.field.pupils"), pupils)), 0, 6);
        grid.add(errors.register("parents", new FormField(messages.get("event.field.parents"), parents)), 1, 6);
        grid.add(errors.register("notes", new FormField(messages.get("event.field.notes"), notes)), 0, 7, 2, 1);
        grid.setPrefWidth(720);

        Long id = event == null ? null : event.id();
        FormDialog dialog = new FormDialog(this, messages, messages.get(event == null ? "event.form.new" : "event.form.edit"), "event",
                grid, errors, tasks, () -> {
                    Integer p = Formats.parseCount(pupils.getText());
                    Integer r = Formats.parseCount(parents.getText());
                    List<FieldError> local = new ArrayList<>();
                    if (p == null) {
                        local.add(FieldError.of("pupils", "validation.number"));
                    }
                    if (r == null) {
                        local.add(FieldError.of("parents", "validation.number"));
                    }
                    if (!local.isEmpty()) {
                        throw new ValidationException(local);
                    }
                    EventDraft draft = new EventDraft(type.getValue() == null ? null : type.getValue().id(), title.getText(), date.getValue(),
                            atSchool.isSelected() && school.getValue() != null ? school.getValue().id() : null,
                            atCentre.isSelected() && centre.getValue() != null ? centre.getValue().id() : null,
                            p, r, notes.getText(),
                            partners.getCheckModel().getCheckedItems().stream().map(Lookup::id).toList(),
                            officers.getCheckModel().getCheckedItems().stream().map(Lookup::id).toList());
                    return () -> {
                        model.save(id, draft);
                        return null;
                    };
                });
        dialog.getDialogPane().setPrefWidth(760);
        dialog.showAndWait();
    }

    private static void checkAll(CheckListView<Lookup> list, List<Lookup> chosen) {
        for (Lookup c : chosen) {
            Lookup item = list.getItems().stream().filter(i -> i.id() == c.id()).findFirst().orElseGet(() -> {
                list.getItems().add(c);
                return c;
            });
            list.getCheckModel().check(item);
        }
    }

    private static TableColumn<OutreachEvent, String> column(String title, double width, Function<OutreachEvent, String> value) {
        TableColumn<OutreachEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    @Override
    public javafx.scene.Node searchField() {
        return lookup("#eventFilterType");
    }

    @Override
    public javafx.scene.control.ButtonBase newButton() {
        return ScreenActions.button(this, "eventNew");
    }

    @Override
    public javafx.scene.control.ButtonBase previousMonthButton() {
        return ScreenActions.button(this, "calendarPrevious");
    }

    @Override
    public javafx.scene.control.ButtonBase nextMonthButton() {
        return ScreenActions.button(this, "calendarNext");
    }

    @Override
    public boolean shiftMonth(int months) {
        // The month is chosen on the calendar tab only.
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) lookup("#eventsTabs");
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
