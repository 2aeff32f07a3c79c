// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.UnsavedInput;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Посещения»: the filtered visits table on the left, the visit form on the right. */
public final class VisitsView extends BorderPane implements UnsavedInput, ScreenActions {

    private final VisitListViewModel list;
    private final VisitFormViewModel form;
    private final Messages messages;
    private final Clock clock;
    private final TableView<Visit> table = new TableView<>();

    public VisitsView(VisitListViewModel list, VisitFormViewModel form, Messages messages, Clock clock, Runnable editPurposes) {
        this.list = list;
        this.form = form;
        this.messages = messages;
        this.clock = clock;
        setId("visitsView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label(messages.get("visit.title"));
        title.getStyleClass().add("screen-title");
        VBox top = new VBox(10, title, filters());
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        table.setId("visitsTable");
        table.setItems(list.list().rows());
        VisitColumns.install(table, messages, true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> list.selectedProperty().set(now));
        table.setRowFactory(t -> {
            TableRow<Visit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    form.edit(row.getItem());
                }
            });
            return row;
        });
        Tables.openOnEnter(table, form::edit);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox centre = new VBox(8, actions(), table, new PageBar(list.list(), messages, "visitsPage"));
        setCenter(centre);

        ScrollPane side = new ScrollPane(new VisitFormView(form, messages, editPurposes));
        side.setFitToWidth(true);
        side.setPrefWidth(390);
        side.getStyleClass().add("side-scroll");
        BorderPane.setMargin(side, new Insets(0, 0, 0, 16));
        setRight(side);

        Dialogs.reportSaveFailures(this, messages, list.failureProperty());
        // The page first: the filters it was read with are then known, so choices read after it (at once when the
        // work runs in step) pass their combo boxes through no choice and back without reading it again.
        list.apply();
        list.loadChoices();
        form.loadChoices();
    }

    private FlowPane filters() {
        ComboBox<Lookup> officer = new ComboBox<>(list.officers());
        officer.setId("filterOfficer");
        officer.setConverter(Converters.of(o -> o.id() == 0 ? messages.get("visit.filter.allOfficers") : o.name(), ""));
        officer.valueProperty().bindBidirectional(list.officerProperty());
        officer.setPrefWidth(180);

        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(list.schools());
        school.setId("filterSchool");
        school.setConverter(Converters.of(s -> s.id() == 0 ? messages.get("visit.filter.allSchools") : s.label(), ""));
        school.valueProperty().bindBidirectional(list.schoolProperty());
        school.setPrefWidth(260);

        ComboBox<Lookup> district = new ComboBox<>(list.districts());
        district.setId("filterDistrict");
        district.setConverter(Converters.of(d -> d.id() == 0 ? messages.get("visit.filter.allDistricts") : d.name(), ""));
        district.valueProperty().bindBidirectional(list.districtProperty());
        district.setPrefWidth(170);

        DatePicker from = Formats.datePicker("filterFrom", messages);
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(list.fromProperty());
        DatePicker to = Formats.datePicker("filterTo", messages);
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(list.toProperty());
        Button previous = EditBar.iconOnly("filterMonthPrevious", "mdi2c-chevron-left", messages.get("shortcut.previousMonth"));
        previous.setOnAction(e -> list.shiftMonth(-1));
        Button next = EditBar.iconOnly("filterMonthNext", "mdi2c-chevron-right", messages.get("shortcut.nextMonth"));
        next.setOnAction(e -> list.shiftMonth(1));
        Button reset = new Button(messages.get("common.filter.reset"), new FontIcon("mdi2f-filter-remove-outline"));
        reset.setId("filterReset");
        reset.setOnAction(e -> list.reset(LocalDate.now(clock)));

        // Any change of a filter shows its first page at once.
        InvalidationListener apply = o -> list.applyIfChanged();
        list.officerProperty().addListener(apply);
        list.schoolProperty().addListener(apply);
        list.districtProperty().addListener(apply);
        list.fromProperty().addListener(apply);
        list.toProperty().addListener(apply);

        HBox period = new HBox(4, new Label(messages.get("common.period")), from, new Label("—"), to, previous, next);
        period.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(10, 8, officer, school, district, period, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actions() {
        Button edit = new Button(messages.get("common.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId("visitEdit");
        edit.disableProperty().bind(list.selectedProperty().isNull());
        edit.setOnAction(e -> form.edit(list.selectedProperty().get()));
        Button delete = new Button(messages.get("common.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("visitDelete");
        delete.disableProperty().bind(list.selectedProperty().isNull());
        delete.setOnAction(e -> {
            Visit v = list.selectedProperty().get();
            if (Dialogs.confirm(this, messages, messages.get("visit.delete.confirm", Formats.dateTime(v.visitedAt()),
                    "№" + v.schoolNumber(), v.officerName()))) {
                list.delete(v, () -> {
                    if (v.id() == (form.editingProperty().get() == null ? -1 : form.editingProperty().get())) {
                        form.startNew();
                    }
                });
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, edit, delete, spacer);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    @Override
    public boolean hasUnsavedInput() {
        return form.hasUnsavedInput();
    }

    @Override
    public void saveUnsavedInput(Consumer<Boolean> done) {
        form.saveThen(done);
    }

    @Override
    public Node searchField() {
        return lookup("#filterSchool");
    }

    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "visitNew");
    }

    @Override
    public ButtonBase saveButton() {
        return ScreenActions.button(this, "visitSave");
    }

    @Override
    public ButtonBase previousMonthButton() {
        return ScreenActions.button(this, "filterMonthPrevious");
    }

    @Override
    public ButtonBase nextMonthButton() {
        return ScreenActions.button(this, "filterMonthNext");
    }

    @Override
    public boolean refresh() {
        list.list().refresh();
        return true;
    }
}
