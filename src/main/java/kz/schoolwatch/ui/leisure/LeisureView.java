// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.ConflictDialog;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/**
 * «Центры досуга»: the registry with clubs, and for a month the attending teenagers registered with the police
 * and children from troubled families, per centre: counts only, no names anywhere.
 */
public final class LeisureView extends BorderPane implements ScreenActions {

    private final LeisureViewModel model;
    private final Messages messages;
    private final TableView<LeisureAttendance> attendance;

    public LeisureView(LeisureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("leisureView");
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(messages.get("leisure.title"));
        title.getStyleClass().add("screen-title");
        setTop(new VBox(10, title));

        TableView<LeisureCentre> centres = new TableView<>(model.centres());
        centres.setId("leisureCentres");
        TableColumn<LeisureCentre, String> name = Columns.of(messages.get("leisure.column.name"), 240, LeisureCentre::name);
        TableColumn<LeisureCentre, String> district = Columns.of(messages.get("leisure.column.district"), 120, LeisureCentre::districtName);
        TableColumn<LeisureCentre, String> address = Columns.of(messages.get("leisure.column.address"), 160, c -> c.address() == null ? "" : c.address());
        TableColumn<LeisureCentre, String> clubs = Columns.of(messages.get("leisure.column.clubs"), 220, c -> String.join(", ", c.clubs()));
        Tables.width(name, 200, 240);
        Tables.width(district, 130, 130);
        Tables.width(address, 150, 160);
        Tables.width(clubs, 150, 220);
        centres.getColumns().setAll(List.of(name, district, address, clubs));
        // The clubs are in the centre's form; the list shows them on request.
        Tables.hiddenAtFirst(List.of(clubs));
        centres.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(centres);
        centres.setPlaceholder(new Label(messages.get("leisure.none")));
        EditBar<LeisureCentre> bar = new EditBar<>(messages, centres.getSelectionModel().selectedItemProperty());
        Button add = bar.add("leisureNew", "leisure.new", "mdi2h-home-plus-outline", () -> edit(null));
        Button edit = bar.edit("leisureEdit", this::edit);
        VBox.setVgrow(centres, Priority.ALWAYS);
        VBox left = new VBox(8, new HBox(8, add, edit), centres);
        setCenter(left);

        attendance = new TableView<>(model.attendance());
        attendance.setId("leisureAttendance");
        TableColumn<LeisureAttendance, String> centre = attendanceColumn(messages.get("leisure.column.name"), 220, LeisureAttendance::centreName);
        TableColumn<LeisureAttendance, String> teenagers = attendanceColumn(messages.get("leisure.column.teenagers"), 90,
                a -> Formats.count(a.registeredTeenagers()));
        TableColumn<LeisureAttendance, String> children = attendanceColumn(messages.get("leisure.column.children"), 90,
                a -> Formats.count(a.troubledFamilyChildren()));
        Tables.header(teenagers, messages.get("leisure.column.teenagers.short"), messages.get("leisure.column.teenagers.full"));
        Tables.header(children, messages.get("leisure.column.children.short"), messages.get("leisure.column.children.full"));
        List.of(teenagers, children).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        Tables.width(centre, 200, 260);
        Tables.width(teenagers, 84, 90);
        Tables.width(children, 84, 90);
        attendance.getColumns().setAll(List.of(centre, teenagers, children));
        attendance.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fit(attendance);
        attendance.setTableMenuButtonVisible(false);
        VBox.setVgrow(attendance, Priority.ALWAYS);
        VBox right = new VBox(8, monthBar(), attendance, totals(), countsForm());
        right.setPrefWidth(470);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 16));
        setRight(right);
        model.load();
    }

    private HBox monthBar() {
        Button previous = EditBar.iconOnly("leisureMonthPrevious", "mdi2c-chevron-left", messages.get("shortcut.previousMonth"));
        previous.setOnAction(e -> model.shiftMonth(-1));
        Button next = EditBar.iconOnly("leisureMonthNext", "mdi2c-chevron-right", messages.get("shortcut.nextMonth"));
        next.setOnAction(e -> model.shiftMonth(1));
        Label month = new Label();
        month.setId("leisureMonth");
        month.getStyleClass().add("section-title");
        month.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = LocalFormats.of(messages.language()).monthName(model.monthProperty().get().getMonth());
            return messages.get("leisure.attendance.title", name, model.monthProperty().get().getYear());
        }, model.monthProperty()));
        HBox bar = new HBox(8, previous, next, month);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label totals() {
        Label totals = new Label();
        totals.setId("leisureTotals");
        totals.setWrapText(true);
        totals.textProperty().bind(Bindings.createStringBinding(() -> messages.get("leisure.totals", model.attendance().size(),
                model.totalTeenagersProperty().get(), model.totalChildrenProperty().get()),
                model.attendance(), model.totalTeenagersProperty(), model.totalChildrenProperty()));
        return totals;
    }

    /** Counts of the selected centre for the shown month. */
    private VBox countsForm() {
        AttendanceCountsViewModel counts = model.counts();
        FormErrors errors = new FormErrors(messages);
        TextField teenagers = new TextField();
        teenagers.setId("leisureTeenagers");
        teenagers.textProperty().bindBidirectional(counts.teenagersProperty());
        TextField children = new TextField();
        children.setId("leisureChildren");
        children.textProperty().bindBidirectional(counts.childrenProperty());
        Label formError = new Label();
        formError.setId("leisureCountsError");
        formError.getStyleClass().add("error-text");
        Button save = new Button(messages.get("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("leisureSaveCounts");
        save.disableProperty().bind(attendance.getSelectionModel().selectedItemProperty().isNull());
        attendance.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> counts.centreProperty().set(now));
        FormField t = errors.register("teenagers", new FormField(messages.get("leisure.field.teenagers"), teenagers));
        FormField c = errors.register("children", new FormField(messages.get("leisure.field.children"), children));
        counts.errors().addListener((ListChangeListener<FieldError>) change -> {
            List<FieldError> rest = errors.show(counts.errors());
            formError.setText(rest.isEmpty() ? "" : errors.text(rest.get(0)));
        });
        save.setOnAction(e -> counts.save());
        // Not a FormDialog: the counts form opens the conflict dialog itself.
        counts.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(this, messages, conflict);
            }
        });
        HBox fields = new HBox(8, t, c);
        Label hint = new Label(messages.get("leisure.countsOnly"));
        hint.getStyleClass().add("footnote");
        hint.setWrapText(true);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox.setHgrow(c, Priority.ALWAYS);
        return new VBox(6, fields, new HBox(8, save), formError, hint);
    }

    private void edit(LeisureCentre centre) {
        LeisureCentreFormViewModel form = model.centreForm(centre);
        FormErrors errors = new FormErrors(messages);
        TextField name = new TextField();
        name.setId("leisureName");
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<Lookup> district = new ComboBox<>(form.districts());
        district.setId("leisureDistrict");
        district.setConverter(Converters.of(Lookup::name, ""));
        district.setMaxWidth(Double.MAX_VALUE);
        district.valueProperty().bindBidirectional(form.districtProperty());
        TextField address = new TextField();
        address.setId("leisureAddress");
        address.textProperty().bindBidirectional(form.addressProperty());
        TextArea clubs = new TextArea();
        clubs.setId("leisureClubs");
        clubs.setPrefRowCount(4);
        clubs.setPromptText(messages.get("leisure.field.clubs.prompt"));
        clubs.textProperty().bindBidirectional(form.clubsProperty());
        VBox box = new VBox(2,
                errors.register("name", new FormField(messages.get("leisure.field.name"), name)),
                errors.register("district", new FormField(messages.get("leisure.field.district"), district)),
                errors.register("address", new FormField(messages.get("leisure.field.address"), address)),
                errors.register("clubs", new FormField(messages.get("leisure.field.clubs"), clubs)));
        box.setPrefWidth(440);
        new FormDialog(this, messages, messages.get(form.isNew() ? "leisure.form.new" : "leisure.form.edit"), "leisure", box, errors,
                form).showAndWait();
    }


    private static TableColumn<LeisureAttendance, String> attendanceColumn(String title, double width, Function<LeisureAttendance, String> value) {
        TableColumn<LeisureAttendance, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "leisureNew");
    }

    @Override
    public ButtonBase saveButton() {
        return ScreenActions.button(this, "leisureSaveCounts");
    }

    @Override
    public ButtonBase previousMonthButton() {
        return ScreenActions.button(this, "leisureMonthPrevious");
    }

    @Override
    public ButtonBase nextMonthButton() {
        return ScreenActions.button(this, "leisureMonthNext");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
