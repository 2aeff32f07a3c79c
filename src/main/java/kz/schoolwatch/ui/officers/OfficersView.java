// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Сотрудники»: the registry, the chosen officer's schools with history, and the handover of all of them. */
public final class OfficersView extends BorderPane implements ScreenActions {

    private final OfficersViewModel model;
    private final Messages messages;

    public OfficersView(OfficersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("officersView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label(messages.get("officer.title"));
        title.getStyleClass().add("screen-title");
        VBox top = new VBox(10, title, actions());
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        TableView<OfficerSummary> table = new TableView<>(model.rows());
        table.setId("officersTable");
        TableColumn<OfficerSummary, String> rank = Columns.of(messages.get("officer.column.rank"), 190, s -> s.officer().rankName());
        TableColumn<OfficerSummary, String> name = Columns.of(messages.get("officer.column.name"), 250,
                s -> s.officer().lastName() + " " + s.officer().firstName() + (s.officer().middleName() == null ? "" : " " + s.officer().middleName()));
        TableColumn<OfficerSummary, String> badge = Columns.of(messages.get("officer.column.badge"), 80, s -> s.officer().badgeNumber());
        TableColumn<OfficerSummary, String> district = Columns.of(messages.get("officer.column.district"), 120, s -> s.officer().districtName());
        TableColumn<OfficerSummary, String> phone = Columns.of(messages.get("officer.column.phone"), 140, s -> s.officer().phone());
        TableColumn<OfficerSummary, String> active = Columns.of(messages.get("officer.column.active"), 84,
                s -> messages.get(s.officer().active() ? "common.yes" : "common.no"));
        TableColumn<OfficerSummary, String> count = Columns.of(messages.get("officer.column.schools"), 60, s -> Formats.count(s.currentSchools()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        Tables.width(rank, 196, 196);
        Tables.width(name, 200, 250);
        Tables.width(badge, 76, 80);
        Tables.width(district, 130, 130);
        Tables.width(phone, 130, 140);
        Tables.width(active, 84, 84);
        Tables.width(count, 76, 76);
        table.getColumns().setAll(List.of(rank, name, badge, district, phone, active, count));
        // The phone and whether the officer still works are in the form; the list shows them on request.
        Tables.hiddenAtFirst(List.of(phone, active));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(table);
        table.setPlaceholder(new Label(messages.get("officer.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        setCenter(table);

        TableView<Assignment> schools = new TableView<>(model.assignments());
        schools.setId("officerAssignments");
        TableColumn<Assignment, String> school = assignmentColumn(messages.get("officer.assignment.school"), 200,
                a -> SchoolNames.label(a.schoolNumber(), a.schoolName()));
        TableColumn<Assignment, String> from = assignmentColumn(messages.get("officer.assignment.from"), 96, a -> Formats.date(a.from()));
        TableColumn<Assignment, String> to = assignmentColumn(messages.get("officer.assignment.to"), 96,
                a -> a.current() ? messages.get("officer.assignment.now") : Formats.date(a.to()));
        Tables.width(school, 150, 200);
        Tables.width(from, 96, 96);
        Tables.width(to, 96, 96);
        schools.getColumns().setAll(List.of(school, from, to));
        schools.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(schools);
        schools.setTableMenuButtonVisible(false);
        schools.setPlaceholder(new Label(messages.get("officer.assignment.none")));
        Label schoolsTitle = new Label(messages.get("officer.assignment.title"));
        schoolsTitle.getStyleClass().add("section-title");
        VBox.setVgrow(schools, Priority.ALWAYS);
        VBox side = new VBox(8, schoolsTitle, schools);
        side.setPrefWidth(360);
        side.setMinWidth(340);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 16));
        setRight(side);
        model.load();
    }

    private HBox actions() {
        EditBar<OfficerSummary> bar = new EditBar<>(messages, model.selectedProperty());
        Button add = bar.add("officerNew", "officer.new", "mdi2a-account-plus-outline", () -> edit(null));
        Button edit = bar.edit("officerEdit", row -> edit(row.officer()));
        Button handover = bar.onSelected("officerHandover", "handover.button", "mdi2s-swap-horizontal", this::handOver);
        CheckBox inactive = new CheckBox(messages.get("officer.showInactive"));
        inactive.setId("officersShowInactive");
        inactive.selectedProperty().bindBidirectional(model.showInactiveProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, add, edit, handover, spacer, inactive);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The officer form in a dialog; {@code officer} null for a new one. */
    private void edit(Officer officer) {
        OfficerFormViewModel form = model.form(officer);
        FormErrors errors = new FormErrors(messages);
        ComboBox<Lookup> rank = new ComboBox<>(form.ranks());
        rank.setId("officerRank");
        rank.setConverter(Converters.of(Lookup::name, ""));
        rank.setMaxWidth(Double.MAX_VALUE);
        rank.valueProperty().bindBidirectional(form.rankProperty());
        TextField last = text("officerLastName", form.lastNameProperty());
        TextField first = text("officerFirstName", form.firstNameProperty());
        TextField middle = text("officerMiddleName", form.middleNameProperty());
        TextField badge = text("officerBadge", form.badgeProperty());
        ComboBox<Lookup> district = new ComboBox<>(form.districts());
        district.setId("officerDistrict");
        district.setConverter(Converters.of(Lookup::name, ""));
        district.setMaxWidth(Double.MAX_VALUE);
        district.valueProperty().bindBidirectional(form.districtProperty());
        TextField phone = text("officerPhone", form.phoneProperty());
        phone.setPromptText("+7 701 123 45 67");
        CheckBox active = new CheckBox(messages.get("officer.field.active"));
        active.setId("officerActive");
        active.selectedProperty().bindBidirectional(form.activeProperty());
        FormGrid.fill(rank, last, first, middle, badge, district, phone);
        GridPane grid = FormGrid.of(480, 50, 50);
        grid.add(errors.register("rank", new FormField(messages.get("officer.field.rank"), rank)), 0, 0, 2, 1);
        grid.add(errors.register("lastName", new FormField(messages.get("officer.field.lastName"), last)), 0, 1);
        grid.add(errors.register("firstName", new FormField(messages.get("officer.field.firstName"), first)), 1, 1);
        grid.add(errors.register("middleName", new FormField(messages.get("officer.field.middleName"), middle)), 0, 2);
        grid.add(errors.register("badgeNumber", new FormField(messages.get("officer.field.badge"), badge)), 1, 2);
        grid.add(errors.register("district", new FormField(messages.get("officer.field.district"), district)), 0, 3);
        grid.add(errors.register("phone", new FormField(messages.get("officer.field.phone"), phone)), 1, 3);
        grid.add(active, 0, 4, 2, 1);
        new FormDialog(this, messages, messages.get(form.isNew() ? "officer.form.new" : "officer.form.edit"),
                "officer", grid, errors, form).showAndWait();
    }

    /** Hands all the officer's schools to another officer from a chosen day. */
    private void handOver(OfficerSummary from) {
        HandoverFormViewModel form = model.handover(from);
        FormErrors errors = new FormErrors(messages);
        ComboBox<Lookup> to = new ComboBox<>(form.targets());
        to.setId("handoverTo");
        to.setConverter(Converters.of(Lookup::name, ""));
        to.setMaxWidth(Double.MAX_VALUE);
        to.valueProperty().bindBidirectional(form.toProperty());
        DatePicker day = new DatePicker(form.dayProperty().get());
        day.setId("handoverDate");
        day.setConverter(Formats.dateConverter());
        day.valueProperty().bindBidirectional(form.dayProperty());
        Label what = new Label(messages.get("handover.summary", from.officer().shortName(), from.currentSchools()));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, what,
                errors.register("toOfficer", new FormField(messages.get("handover.field.to"), to)),
                errors.register("handoverDate", new FormField(messages.get("handover.field.date"), day)));
        new FormDialog(this, messages, messages.get("handover.title"), "handover", box, errors, form).showAndWait();
    }

    private static TextField text(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }


    private static TableColumn<Assignment, String> assignmentColumn(String title, double width, Function<Assignment, String> value) {
        TableColumn<Assignment, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "officerNew");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
