// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.Formats;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** The registry of schools: who protects each one and how. Double-click opens the school's card. */
public final class SchoolsView extends VBox implements ScreenActions {

    private final SchoolsViewModel model;
    private final Messages messages;
    private final LongConsumer openCard;
    private final Runnable newSchool;
    private final TableView<SchoolRow> table = new TableView<>();

    /**
     * @param openCard  opens the card of the school with the given id
     * @param newSchool opens an empty card
     */
    public SchoolsView(SchoolsViewModel model, Messages messages, LongConsumer openCard, Runnable newSchool) {
        this.model = model;
        this.messages = messages;
        this.openCard = openCard;
        this.newSchool = newSchool;
        setId("schoolsView");
        getStyleClass().add("screen");
        setSpacing(12);
        setPadding(new Insets(20, 24, 12, 24));
        Label title = new Label(messages.get("schools.title"));
        title.getStyleClass().add("screen-title");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, filters(), buildTable(), statusLine());
    }

    private VBox filters() {
        TextField search = new TextField();
        search.setId("schoolsSearch");
        search.setPromptText(messages.get("schools.search.prompt"));
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<NamedRef> district = refCombo("schoolsDistrictFilter", "schools.filter.allDistricts", model.districts());
        district.valueProperty().bindBidirectional(model.districtProperty());
        district.setPrefWidth(170);
        ComboBox<NamedRef> officer = refCombo("schoolsOfficerFilter", "schools.filter.allOfficers", model.officers());
        officer.valueProperty().bindBidirectional(model.officerProperty());
        officer.setPrefWidth(230);

        ComboBox<SchoolsViewModel.Coverage> coverage = new ComboBox<>();
        coverage.setId("schoolsCoverageFilter");
        coverage.getItems().setAll(SchoolsViewModel.Coverage.values());
        coverage.setConverter(new EnumConverter<>(messages, "schools.coverage", SchoolsViewModel.Coverage.class));
        coverage.valueProperty().bindBidirectional(model.coverageProperty());
        coverage.setPrefWidth(200);

        CheckBox overdue = new CheckBox(messages.get("schools.filter.overdue"));
        overdue.setId("schoolsOverdueFilter");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        CheckBox archived = new CheckBox(messages.get("schools.filter.archived"));
        archived.setId("schoolsArchivedFilter");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());

        Button add = new Button(messages.get("schools.new"), new FontIcon("mdi2p-plus"));
        add.setId("schoolsNew");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newSchool.run());
        add.setVisible(newSchool != null);
        add.setManaged(newSchool != null);
        Button open = new Button(messages.get("schools.open"), new FontIcon("mdi2c-card-account-details-outline"));
        open.setId("schoolsOpen");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox first = new HBox(8, search, district, coverage, officer, spacer, open, add);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(16, overdue, archived);
        second.setAlignment(Pos.CENTER_LEFT);
        List.of(district, coverage, officer, open, add).forEach(n -> n.setMinWidth(Region.USE_PREF_SIZE));
        return new VBox(8, first, second);
    }

    private ComboBox<NamedRef> refCombo(String id, String allKey, javafx.collections.ObservableList<NamedRef> items) {
        ComboBox<NamedRef> combo = new ComboBox<>();
        combo.setId(id);
        String all = messages.get(allKey);
        // A null entry first means "no filter".
        javafx.collections.ObservableList<NamedRef> withAll = javafx.collections.FXCollections.observableArrayList();
        withAll.add(null);
        items.addListener((javafx.collections.ListChangeListener<NamedRef>) c -> {
            withAll.setAll(items);
            withAll.add(0, null);
        });
        combo.setItems(withAll);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedRef r) {
                return r == null ? all : r.name();
            }

            @Override
            public NamedRef fromString(String s) {
                return null;
            }
        });
        combo.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(NamedRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : item.name());
            }
        });
        combo.setPromptText(all);
        return combo;
    }

    private TableView<SchoolRow> buildTable() {
        table.setId("schoolsTable");
        table.setPlaceholder(new Label(messages.get("schools.empty")));
        table.setFixedCellSize(30);
        EnumConverter<SchoolType> types = new EnumConverter<>(messages, "school.type", SchoolType.class);
        TableColumn<SchoolRow, Integer> number = Columns.of(messages.get("schools.col.number"), 60, SchoolRow::number);
        TableColumn<SchoolRow, String> name = Columns.styled(messages.get("schools.col.name"), 300, SchoolRow::name, s -> s,
                r -> r.archived() ? "muted" : null);
        TableColumn<SchoolRow, SchoolType> type = Columns.styled(messages.get("schools.col.type"), 120, SchoolRow::type,
                types::toString, r -> null);
        TableColumn<SchoolRow, String> district = Columns.of(messages.get("schools.col.district"), 120, SchoolRow::district);
        TableColumn<SchoolRow, String> officer = Columns.of(messages.get("schools.col.officer"), 140, SchoolRow::officer);
        TableColumn<SchoolRow, Integer> outdoor = Columns.of(messages.get("schools.col.outdoor"), 80, SchoolRow::camerasOutdoor);
        TableColumn<SchoolRow, Integer> indoor = Columns.of(messages.get("schools.col.indoor"), 80, SchoolRow::camerasIndoor);
        TableColumn<SchoolRow, Integer> working = Columns.of(messages.get("schools.col.working"), 80, SchoolRow::camerasWorking);
        TableColumn<SchoolRow, Boolean> panic = Columns.styled(messages.get("schools.col.panic"), 90, SchoolRow::panicButton,
                b -> messages.get(b ? "common.yes" : "common.no"), r -> r.panicButton() ? null : "warning");
        TableColumn<SchoolRow, java.time.LocalDate> check = Columns.styled(messages.get("schools.col.lastCheck"), 110,
                SchoolRow::lastCheck, d -> d == null ? messages.get("schools.neverChecked") : Formats.date(d),
                r -> model.isOverdue(r) ? "danger" : null);
        TableColumn<SchoolRow, java.time.LocalDate> guard = Columns.styled(messages.get("schools.col.guard"), 110,
                SchoolRow::guardContractEnd, Formats::date, r -> model.isGuardContractEnding(r) ? "warning" : null);
        TableColumn<SchoolRow, Boolean> covered = Columns.styled(messages.get("schools.col.covered"), 110, SchoolRow::covered,
                b -> messages.get(b ? "schools.covered.yes" : "schools.covered.no"), r -> r.covered() ? "success" : "danger");
        List.of(outdoor, indoor, working).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        table.getColumns().setAll(List.of(number, name, type, district, officer, outdoor, indoor, working, panic, check, guard, covered));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        number.setMaxWidth(70);
        List.of(outdoor, indoor, working).forEach(c -> c.setMaxWidth(90));

        SortedList<SchoolRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<SchoolRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCard.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected();
            }
        });
        return table;
    }

    private void openSelected() {
        SchoolRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            openCard.accept(row.id());
        }
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("schoolsStatus");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("schools.status", model.shownCoveredProperty().get(), model.shown().size()),
                model.shownCoveredProperty(), model.shown()));
        Label overdue = new Label();
        overdue.getStyleClass().add("footnote");
        overdue.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("schools.overdueHint", model.overdueDaysProperty().get()), model.overdueDaysProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(
                () -> model.failureProperty().get() == null ? "" : messages.get("schools.loadFailed"), model.failureProperty()));
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, status, busy, error, spacer, overdue);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public TableView<SchoolRow> table() {
        return table;
    }

    @Override
    public javafx.scene.Node searchField() {
        return lookup("#schoolsSearch");
    }

    @Override
    public javafx.scene.control.ButtonBase newButton() {
        return ScreenActions.button(this, "schoolsNew");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
