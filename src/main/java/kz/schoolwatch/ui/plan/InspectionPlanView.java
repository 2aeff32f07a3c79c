// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.InspectionPlanService.Period;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.ScreenActions;
import kz.schoolwatch.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/** «План проверок»: the list of schools due for a security check, and the month's calendar of them. */
public final class InspectionPlanView extends BorderPane implements ScreenActions {

    private final InspectionPlanViewModel model;
    private final Messages messages;
    private final LongConsumer openSchool;
    private final Label counts = new Label();
    private final TabPane tabs = new TabPane();

    public InspectionPlanView(InspectionPlanViewModel model, Messages messages, LongConsumer openSchool) {
        this.model = model;
        this.messages = messages;
        this.openSchool = openSchool;
        setId("planView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label(messages.get("plan.title"));
        title.getStyleClass().add("screen-title");
        counts.setId("planCounts");
        counts.setWrapText(true);
        VBox top = new VBox(10, title, filters(), actions(), counts);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        Tab list = new Tab(messages.get("plan.tab.list"), table());
        list.setId("planListTab");
        Tab calendar = new Tab(messages.get("plan.tab.calendar"), new PlanCalendar(model, messages, () -> tabs.getSelectionModel().select(0)));
        calendar.setId("planCalendarTab");
        tabs.getTabs().setAll(List.of(list, calendar));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        model.rows().addListener((javafx.collections.ListChangeListener<PlanRow>) c -> showCounts());
        model.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                counts.setText(String.join("; ", FailureMessages.of(now).stream().map(e -> messages.get(e.messageKey(), e.args())).toList()));
            }
        });
        model.load();
    }

    private FlowPane filters() {
        ToggleGroup periods = new ToggleGroup();
        ToggleButton month = new ToggleButton(messages.get("plan.period.month"));
        month.setId("planPeriodMonth");
        ToggleButton quarter = new ToggleButton(messages.get("plan.period.quarter"));
        quarter.setId("planPeriodQuarter");
        month.setToggleGroup(periods);
        quarter.setToggleGroup(periods);
        (model.periodProperty().get() == Period.MONTH ? month : quarter).setSelected(true);
        periods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.periodProperty().set(now == month ? Period.MONTH : Period.QUARTER);
            }
        });
        HBox period = new HBox(0, month, quarter);
        ComboBox<Lookup> district = new ComboBox<>(model.districts());
        district.setId("planDistrict");
        district.setPromptText(messages.get("plan.filter.allDistricts"));
        district.setConverter(Converters.of(Lookup::name, messages.get("plan.filter.allDistricts")));
        district.valueProperty().bindBidirectional(model.districtProperty());
        Button allDistricts = new Button(messages.get("plan.filter.allDistricts"));
        allDistricts.setId("planAllDistricts");
        allDistricts.setOnAction(e -> model.districtProperty().set(null));
        allDistricts.visibleProperty().bind(model.districtProperty().isNotNull());
        allDistricts.managedProperty().bind(allDistricts.visibleProperty());
        CheckBox mine = new CheckBox(messages.get("plan.filter.mine"));
        mine.setId("planOnlyMine");
        mine.selectedProperty().bindBidirectional(model.onlyMineProperty());
        mine.setDisable(model.ownOfficerId() == null);
        CheckBox due = new CheckBox(messages.get("plan.filter.due"));
        due.setId("planOnlyDue");
        due.selectedProperty().bindBidirectional(model.onlyDueProperty());
        Label day = new Label();
        day.setId("planDayFilter");
        Button allDays = new Button(messages.get("plan.filter.allDays"));
        allDays.setId("planAllDays");
        allDays.setOnAction(e -> model.dayProperty().set(null));
        allDays.visibleProperty().bind(model.dayProperty().isNotNull());
        allDays.managedProperty().bind(allDays.visibleProperty());
        model.dayProperty().addListener((o, was, now) -> day.setText(now == null ? "" : messages.get("plan.filter.day", Formats.date(now))));
        FlowPane box = new FlowPane(10, 8, period, mine, due, day, allDays);
        if (model.canChooseDistrict()) {
            box.getChildren().addAll(2, List.of(district, allDistricts));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox actions() {
        EditBar<PlanRow> bar = new EditBar<>(messages, model.selectedProperty());
        Button assign = bar.onSelected("planAssign", "plan.assign", "mdi2a-account-arrow-right-outline", this::assign);
        Button withdraw = bar.onSelected("planWithdraw", "plan.withdraw", "mdi2a-account-remove-outline", this::withdraw);
        Button open = bar.onSelected("planOpenSchool", "plan.openSchool", "mdi2s-school-outline", r -> openSchool.accept(r.schoolId()));
        assign.setVisible(model.canAssign());
        assign.setManaged(model.canAssign());
        withdraw.setVisible(model.canAssign());
        withdraw.setManaged(model.canAssign());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, assign, withdraw, open, spacer);
        if (model.canSetIntervals()) {
            Button intervals = new Button(messages.get("plan.intervals"), new FontIcon("mdi2c-calendar-sync-outline"));
            intervals.setId("planIntervals");
            intervals.setOnAction(e -> editIntervals());
            box.getChildren().add(intervals);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<PlanRow> table() {
        TableView<PlanRow> table = new TableView<>(model.rows());
        table.setId("planTable");
        LocalDate today = model.today();
        TableColumn<PlanRow, String> school = Columns.of(messages.get("plan.col.school"), 260, r -> SchoolNames.label(r.number(), r.name()));
        TableColumn<PlanRow, String> district = Columns.of(messages.get("plan.col.district"), 120, PlanRow::district);
        TableColumn<PlanRow, String> type = Columns.of(messages.get("plan.col.type"), 130, r -> messages.of("school.type", r.type()));
        TableColumn<PlanRow, LocalDate> last = Columns.styled(messages.get("plan.col.lastCheck"), 100, PlanRow::lastCheck,
                d -> d == null ? messages.get("plan.never") : Formats.date(d), r -> null);
        TableColumn<PlanRow, LocalDate> next = Columns.styled(messages.get("plan.col.nextDue"), 100, PlanRow::nextDue,
                d -> d == null ? messages.get("plan.now") : Formats.date(d), r -> r.status() == PlanStatus.OVERDUE ? "danger" : null);
        TableColumn<PlanRow, PlanStatus> status = Columns.styled(messages.get("plan.col.status"), 150, PlanRow::status,
                s -> messages.of("plan.status", s),
                r -> switch (r.status()) {
                    case OVERDUE, NEVER_CHECKED -> "danger";
                    case DUE -> "warning";
                    case NOT_DUE -> "muted";
                });
        TableColumn<PlanRow, String> officer = Columns.styled(messages.get("plan.col.officer"), 200, r -> r.assignment() == null ? "" : r.assignment().officerName()
                        + (r.assignedTo(model.ownOfficerId()) ? " " + messages.get("plan.mine") : ""),
                s -> s, r -> r.assignedTo(model.ownOfficerId()) ? "success" : null);
        TableColumn<PlanRow, String> dueBy = Columns.styled(messages.get("plan.col.dueBy"), 130, r -> r.assignment() == null ? ""
                        : Formats.date(r.assignment().dueBy()) + (r.assignment().overdue(today) ? " — " + messages.get("plan.overdue") : ""),
                s -> s, r -> r.assignment() != null && r.assignment().overdue(today) ? "danger" : null);
        Tables.width(school, 200, 260);
        Tables.width(district, 110, 120);
        Tables.width(type, 110, 130);
        Tables.width(last, 112, 112);
        Tables.width(next, 112, 112);
        Tables.width(status, 130, 150);
        Tables.width(officer, 140, 200);
        Tables.width(dueBy, 110, 130);
        table.getColumns().setAll(List.of(school, district, type, last, next, status, officer, dueBy));
        Tables.hiddenAtFirst(List.of(type));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(table);
        table.setPlaceholder(new Label(messages.get("plan.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        Tables.openOnEnter(table, r -> openSchool.accept(r.schoolId()));
        return table;
    }

    private void showCounts() {
        String text = messages.get("plan.counts", model.count(PlanStatus.OVERDUE), model.count(PlanStatus.NEVER_CHECKED),
                model.count(PlanStatus.DUE));
        if (model.ownOfficerId() != null) {
            text += " " + messages.get("plan.counts.mine", model.mine());
        }
        counts.setText(text);
    }

    private void assign(PlanRow row) {
        AssignCheckFormViewModel form = model.assignForm(row);
        FormErrors errors = new FormErrors(messages);
        ComboBox<Lookup> officer = new ComboBox<>(form.officers());
        officer.setId("planAssignOfficer");
        officer.setConverter(Converters.of(Lookup::name, ""));
        officer.setMaxWidth(Double.MAX_VALUE);
        officer.valueProperty().bindBidirectional(form.officerProperty());
        DatePicker due = new DatePicker(form.dueByProperty().get());
        due.setId("planAssignDueBy");
        due.setConverter(Formats.dateConverter());
        due.valueProperty().bindBidirectional(form.dueByProperty());
        TextField note = new TextField();
        note.setId("planAssignNote");
        note.textProperty().bindBidirectional(form.noteProperty());
        FormGrid.fill(officer, due, note);
        Label what = new Label(SchoolNames.label(row.number(), row.name()));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, what,
                errors.register("officer", new FormField(messages.get("plan.field.officer"), officer)),
                errors.register("dueBy", new FormField(messages.get("plan.field.dueBy"), due)),
                errors.register("note", new FormField(messages.get("plan.field.note"), note)));
        new FormDialog(this, messages, messages.get(form.isNew() ? "plan.form.new" : "plan.form.edit"), "planAssign", box, errors, form)
                .showAndWait();
    }

    private void editIntervals() {
        CheckIntervalsFormViewModel form = model.intervalsForm();
        FormErrors errors = new FormErrors(messages);
        GridPane grid = FormGrid.of(420, 50, 50);
        int i = 0;
        for (SchoolType type : SchoolType.values()) {
            TextField days = new TextField();
            days.setId("planInterval" + type.name());
            days.textProperty().bindBidirectional(form.daysProperty(type));
            FormGrid.fill(days);
            grid.add(errors.register("interval." + type.name(), new FormField(messages.of("school.type", type), days)), i % 2, i / 2);
            i++;
        }
        Label hint = new Label(messages.get("plan.intervals.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        new FormDialog(this, messages, messages.get("plan.intervals.title"), "planIntervals", new VBox(8, hint, grid), errors, form)
                .showAndWait();
    }

    private void withdraw(PlanRow row) {
        if (row.assignment() != null && Dialogs.confirm(this, messages, messages.get("plan.withdraw.confirm",
                row.assignment().officerName(), SchoolNames.label(row.number(), row.name())))) {
            model.withdraw(row);
        }
    }

    @Override
    public ButtonBase newButton() {
        return null;
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
