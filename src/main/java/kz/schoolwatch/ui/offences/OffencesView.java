// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.offences;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.SearchablePickers;
import org.controlsfx.control.SearchableComboBox;
import kz.schoolwatch.ui.common.ScreenActions;

/** «Правонарушения»: the year's offences at schools, and their counts per school and month. */
public final class OffencesView extends BorderPane implements ScreenActions {

    private final OffencesViewModel model;
    private final Messages messages;

    public OffencesView(OffencesViewModel model, Messages messages, Runnable editKinds) {
        this.model = model;
        this.messages = messages;
        setId("offencesView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("offence.title"));
        title.getStyleClass().add("screen-title");
        setTop(new VBox(10, title, actions(editKinds)));
        BorderPane.setMargin(getTop(), new Insets(0, 0, 10, 0));

        TableView<Offence> table = new TableView<>(model.list().rows());
        table.setId("offencesTable");
        TableColumn<Offence, String> date = Columns.unsorted(messages.get("offence.column.date"), 96, o -> Formats.date(o.occurredOn()));
        TableColumn<Offence, String> school = Columns.unsorted(messages.get("offence.column.school"), 240,
                o -> SchoolNames.label(o.schoolNumber(), o.schoolName()));
        TableColumn<Offence, String> kind = Columns.unsorted(messages.get("offence.column.kind"), 190, Offence::kindName);
        TableColumn<Offence, String> location = Columns.unsorted(messages.get("offence.column.location"), 150,
                o -> messages.of("offence.location", o.location()));
        TableColumn<Offence, String> cameras = Columns.unsorted(messages.get("offence.column.cameras"), 76,
                o -> messages.get(o.camerasHelped() ? "common.yes" : "common.no"));
        TableColumn<Offence, String> description = Columns.unsorted(messages.get("offence.column.description"), 260,
                o -> o.description() == null ? "" : o.description());
        Tables.header(cameras, messages.get("offence.column.cameras.short"), messages.get("offence.column.cameras"));
        Tables.width(date, 96, 96);
        Tables.width(school, 150, 180);
        Tables.width(kind, 160, 200);
        Tables.width(location, 166, 166);
        Tables.width(cameras, 76, 76);
        Tables.width(description, 160, 260);
        table.getColumns().setAll(List.of(date, school, kind, location, cameras, description));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(table);
        table.setPlaceholder(new Label(messages.get("offence.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab list = new Tab(messages.get("offence.tab.list"), new VBox(8, table, new PageBar(model.list(), messages, "offencesPage")));
        list.setId("offencesTabList");
        Tab summary = new Tab(messages.get("offence.tab.summary"), summary());
        summary.setId("offencesTabSummary");
        TabPane tabs = new TabPane(list, summary);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        Dialogs.reportSaveFailures(this, messages, model.failureProperty());
        // A delete refused because someone changed or deleted the offence meanwhile says so, not «save failed».
        model.refusalProperty().addListener((o, was, refused) -> {
            if (refused != null) {
                Dialogs.error(this, messages, messages.get(refused.messageKey(), refused.args().toArray()));
                model.refusalProperty().set(null);
            }
        });
        model.loadChoices();
        model.load();
    }

    private HBox actions(Runnable editKinds) {
        Button previous = EditBar.iconOnly("offenceYearPrevious", "mdi2c-chevron-left", messages.get("shortcut.previousMonth"));
        previous.setOnAction(e -> model.shiftYear(-1));
        Button next = EditBar.iconOnly("offenceYearNext", "mdi2c-chevron-right", messages.get("shortcut.nextMonth"));
        next.setOnAction(e -> model.shiftYear(1));
        Label year = new Label();
        year.setId("offenceYear");
        year.getStyleClass().add("section-title");
        year.textProperty().bind(model.yearProperty().asString());
        EditBar<Offence> bar = new EditBar<>(messages, model.selectedProperty());
        Button add = bar.add("offenceNew", "offence.new", "mdi2a-alert-plus-outline", () -> edit(null));
        Button edit = bar.edit("offenceEdit", this::edit);
        Button delete = bar.delete("offenceDelete", o -> {
            if (Dialogs.confirm(this, messages, messages.get("offence.delete.confirm", Formats.date(o.occurredOn()), "№" + o.schoolNumber()))) {
                model.delete(o);
            }
        });
        Button kinds = EditBar.referenceList("offenceKinds", messages.get("offence.kinds"), editKinds);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, previous, year, next, add, edit, delete, spacer, kinds);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Schools down, months across, a total column and a total row. */
    private TableView<OffenceCounts> summary() {
        TableView<OffenceCounts> pivot = new TableView<>();
        pivot.setId("offencesSummary");
        model.counts().addListener((ListChangeListener<OffenceCounts>) c -> {
            List<OffenceCounts> rows = new ArrayList<>(model.counts());
            if (!rows.isEmpty()) {
                int[] sum = new int[12];
                rows.forEach(r -> {
                    for (int m = 0; m < 12; m++) {
                        sum[m] += r.month(m);
                    }
                });
                rows.add(new OffenceCounts(0, 0, messages.get("offence.summary.total"), sum));
            }
            pivot.getItems().setAll(rows);
        });
        TableColumn<OffenceCounts, String> school = new TableColumn<>(messages.get("offence.column.school"));
        school.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().schoolId() == 0 ? c.getValue().schoolName()
                : SchoolNames.label(c.getValue().schoolNumber(), c.getValue().schoolName())));
        Tables.width(school, 200, 260);
        pivot.getColumns().add(school);
        for (int m = 0; m < 12; m++) {
            int month = m;
            TableColumn<OffenceCounts, String> col = new TableColumn<>(
                    Month.of(m + 1).getDisplayName(TextStyle.SHORT_STANDALONE, messages.locale()));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().month(month) == 0 ? "" : Formats.count(c.getValue().month(month))));
            Tables.width(col, 52, 56);
            col.setStyle("-fx-alignment: CENTER;");
            pivot.getColumns().add(col);
        }
        TableColumn<OffenceCounts, String> total = new TableColumn<>(messages.get("offence.summary.year"));
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.count(c.getValue().total())));
        Tables.width(total, 60, 64);
        total.setStyle("-fx-alignment: CENTER; -fx-font-weight: bold;");
        pivot.getColumns().add(total);
        pivot.setPlaceholder(new Label(messages.get("offence.summary.none")));
        Tables.fit(pivot);
        pivot.setTableMenuButtonVisible(false);
        return pivot;
    }

    private void edit(Offence offence) {
        OffenceFormViewModel form = model.form(offence);
        FormErrors errors = new FormErrors(messages);
        DatePicker date = new DatePicker();
        date.setId("offenceDate");
        date.setConverter(Formats.dateConverter());
        date.valueProperty().bindBidirectional(form.dateProperty());
        SearchableComboBox<SchoolChoice> school = SearchablePickers.over(form.schools());
        school.setId("offenceSchool");
        school.setConverter(Converters.of(SchoolChoice::label, ""));
        school.setMaxWidth(Double.MAX_VALUE);
        school.valueProperty().bindBidirectional(form.schoolProperty());
        ComboBox<ReferenceItem> kind = new ComboBox<>(form.kinds());
        kind.setId("offenceKind");
        kind.setConverter(Converters.of(ReferenceItem::name, ""));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(form.kindProperty());
        ToggleGroup where = new ToggleGroup();
        RadioButton inside = new RadioButton(messages.get("offence.location.inside"));
        inside.setId("offenceInside");
        inside.setToggleGroup(where);
        RadioButton grounds = new RadioButton(messages.get("offence.location.grounds"));
        grounds.setId("offenceGrounds");
        grounds.setToggleGroup(where);
        (form.onGroundsProperty().get() ? grounds : inside).setSelected(true);
        grounds.selectedProperty().addListener((o, was, now) -> form.onGroundsProperty().set(now));
        // The form may change it too: their version kept, or a merge, after a conflict.
        form.onGroundsProperty().addListener((o, was, now) -> (now ? grounds : inside).setSelected(true));
        TextArea description = new TextArea();
        description.setId("offenceDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        CheckBox cameras = new CheckBox(messages.get("offence.field.cameras"));
        cameras.setId("offenceCameras");
        cameras.selectedProperty().bindBidirectional(form.camerasHelpedProperty());
        date.setPrefWidth(180);
        HBox place = new HBox(16, inside, grounds);
        place.setMinHeight(30);
        VBox box = new VBox(2,
                errors.register("occurredOn", new FormField(messages.get("offence.field.date"), date)),
                errors.register("school", new FormField(messages.get("offence.field.school"), school)),
                errors.register("kind", new FormField(messages.get("offence.field.kind"), kind)),
                place,
                errors.register("description", new FormField(messages.get("offence.field.description"), description)),
                cameras);
        box.setPrefWidth(480);
        new FormDialog(this, messages, messages.get(form.isEditing() ? "offence.form.edit" : "offence.form.new"), "offence", box, errors,
                form).showAndWait();
    }


    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "offenceNew");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
