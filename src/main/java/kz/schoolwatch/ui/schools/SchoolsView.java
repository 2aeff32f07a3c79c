// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SchoolNames;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Tables;
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
        getChildren().addAll(title, filters(), filterBanner(), buildTable(), statusLine());
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

        ComboBox<SchoolsCompliance.Filter> compliance = new ComboBox<>();
        compliance.setId("schoolsComplianceFilter");
        compliance.getItems().setAll(SchoolsCompliance.Filter.values());
        compliance.setConverter(new EnumConverter<>(messages, "schools.complianceFilter", SchoolsCompliance.Filter.class));
        compliance.valueProperty().bindBidirectional(model.complianceFilterProperty());
        compliance.setVisible(model.judgesCompliance());
        compliance.setManaged(model.judgesCompliance());

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
        HBox.setHgrow(search, Priority.ALWAYS);
        // The search box keeps room for a school's number and a word of its name; the buttons go to the second
        // line so that at 1366×768 nothing on the first one is squeezed.
        search.setMinWidth(220);
        search.setMaxWidth(420);
        HBox first = new HBox(8, search, district, coverage, officer);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(16, compliance, overdue, archived, spacer, open, add);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(add, new Insets(0, 0, 0, -8));
        List.of(district, coverage, compliance, officer, open, add).forEach(n -> n.setMinWidth(Region.USE_PREF_SIZE));
        return new VBox(8, first, second);
    }

    /**
     * «Фильтр: район Алмалинский · без видеонаблюдения — Сбросить» above the list while any filter is on: a filter
     * set by a dashboard bar, or left from earlier, must not hide schools unnoticed.
     */
    private HBox filterBanner() {
        Label text = new Label();
        text.setId("schoolsFilterText");
        text.getStyleClass().add("filter-banner-text");
        text.setMinWidth(0);
        Runnable describe = () -> text.setText(messages.get("schools.filter.banner", String.join(" · ",
                model.activeFilters().stream().map(this::describe).toList())));
        List.of(model.searchProperty(), model.districtProperty(), model.officerProperty(), model.coverageProperty(),
                model.overdueOnlyProperty(), model.showArchivedProperty(), model.complianceFilterProperty()).forEach(p -> p.addListener(o -> describe.run()));
        describe.run();
        Button reset = new Button(messages.get("schools.filter.reset"), new FontIcon("mdi2f-filter-remove-outline"));
        reset.setId("schoolsFilterReset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> model.resetFilters());
        FontIcon icon = new FontIcon("mdi2f-filter-outline");
        icon.getStyleClass().add("filter-banner-icon");
        HBox banner = new HBox(8, icon, text, reset);
        banner.setId("schoolsFilterBanner");
        banner.getStyleClass().add("filter-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.filteredProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** One active filter as the banner names it: «район Алмалинский», «поиск «12»». */
    private String describe(SchoolsViewModel.ActiveFilter f) {
        return switch (f) {
            case SEARCH -> messages.get("schools.filter.banner.search", model.searchProperty().get().trim());
            case DISTRICT -> messages.get("schools.filter.banner.district", model.districtProperty().get().name());
            case COVERAGE -> messages.get(model.coverageProperty().get() == SchoolsViewModel.Coverage.COVERED
                    ? "schools.filter.banner.covered" : "schools.filter.banner.notCovered");
            case COMPLIANCE -> messages.get("schools.filter.banner.compliance",
                    messages.of("schools.complianceFilter", model.complianceFilterProperty().get()));
            case OFFICER -> messages.get("schools.filter.banner.officer", model.officerProperty().get().name());
            case OVERDUE -> messages.get("schools.filter.banner.overdue");
            case ARCHIVED -> messages.get("schools.filter.banner.archived");
        };
    }

    private ComboBox<NamedRef> refCombo(String id, String allKey, ObservableList<NamedRef> items) {
        ComboBox<NamedRef> combo = new ComboBox<>();
        combo.setId(id);
        String all = messages.get(allKey);
        // A null entry first means "no filter".
        ObservableList<NamedRef> withAll = FXCollections.observableArrayList();
        withAll.add(null);
        items.addListener((ListChangeListener<NamedRef>) c -> {
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
        combo.setButtonCell(new ListCell<>() {
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
        TableColumn<SchoolRow, String> name = Columns.styled(messages.get("schools.col.name"), 280, SchoolRow::name,
                SchoolNames::shortName, r -> r.archived() ? "muted" : null);
        TableColumn<SchoolRow, SchoolType> type = Columns.styled(messages.get("schools.col.type"), 150, SchoolRow::type,
                types::toString, r -> null);
        TableColumn<SchoolRow, String> district = Columns.of(messages.get("schools.col.district"), 120, SchoolRow::district);
        TableColumn<SchoolRow, String> officer = Columns.of(messages.get("schools.col.officer"), 135, SchoolRow::officer);
        TableColumn<SchoolRow, Integer> outdoor = Columns.count(messages.get("schools.col.outdoor"), 60, SchoolRow::camerasOutdoor);
        TableColumn<SchoolRow, Integer> indoor = Columns.count(messages.get("schools.col.indoor"), 60, SchoolRow::camerasIndoor);
        TableColumn<SchoolRow, Integer> working = Columns.count(messages.get("schools.col.working"), 60, SchoolRow::camerasWorking);
        TableColumn<SchoolRow, Boolean> panic = Columns.styled(messages.get("schools.col.panic"), 72, SchoolRow::panicButton,
                b -> messages.get(b ? "common.yes" : "common.no"), r -> r.panicButton() ? null : "warning");
        TableColumn<SchoolRow, LocalDate> check = Columns.styled(messages.get("schools.col.lastCheck"), 100,
                SchoolRow::lastCheck, d -> d == null ? messages.get("schools.neverChecked") : Formats.date(d),
                r -> model.isOverdue(r) ? "danger" : null);
        TableColumn<SchoolRow, LocalDate> guard = Columns.styled(messages.get("schools.col.guard"), 100,
                SchoolRow::guardContractEnd, Formats::date, r -> guardTone(r));
        TableColumn<SchoolRow, Boolean> covered = Columns.styled(messages.get("schools.col.covered"), 70, SchoolRow::covered,
                b -> messages.get(b ? "schools.covered.yes" : "schools.covered.no"), r -> r.covered() ? "success" : "danger");
        number.setId("schoolsColNumber");
        name.setId("schoolsColName");
        type.setId("schoolsColType");
        // Widths hold what the columns show: four-digit numbers, dates, a district's and an officer's name.
        Tables.width(number, 58, 60);
        // The compliance column (issue 21) took room at 1366×768: the name gives most (a longer one is in its cell's
        // tooltip, the number in its own column), the district and the officer what their longest values leave.
        Tables.width(name, 140, 280);
        Tables.width(type, 120, 150);
        Tables.width(district, 124, 130);
        Tables.width(officer, 135, 142);
        List.of(outdoor, indoor, working).forEach(c -> Tables.width(c, 68, 68));
        Tables.width(panic, 76, 76);
        Tables.width(check, 98, 100);
        Tables.width(guard, 98, 100);
        Tables.width(covered, 72, 72);
        Tables.header(outdoor, messages.get("schools.col.outdoor.short"), messages.get("schools.col.outdoor.full"));
        Tables.header(indoor, messages.get("schools.col.indoor.short"), messages.get("schools.col.indoor.full"));
        Tables.header(working, messages.get("schools.col.working.short"), messages.get("schools.col.working.full"));
        Tables.header(panic, messages.get("schools.col.panic.short"), messages.get("schools.col.panic.full"));
        Tables.header(guard, messages.get("schools.col.guard.short"), messages.get("schools.col.guard.full"));
        Tables.header(covered, messages.get("schools.col.covered.short"), messages.get("schools.col.covered.full"));
        Tables.header(check, messages.get("schools.col.lastCheck.short"), messages.get("schools.col.lastCheck.full"));
        table.getColumns().setAll(List.of(number, name, type, district, officer, outdoor, indoor, working, panic, check, guard, covered));
        if (model.judgesCompliance()) {
            table.getColumns().add(new SchoolsComplianceColumn(model, messages).column());
            // The marks arrive after the rows: the cells show them, and a sort by them holds.
            model.complianceProperty().addListener(o -> table.refresh());
        }
        // The type is in the name («Гимназия №22»): shown on request from the column chooser.
        Tables.hiddenAtFirst(List.of(type));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        number.setMaxWidth(80);
        List.of(outdoor, indoor, working).forEach(c -> c.setMaxWidth(90));
        Tables.fit(table);

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
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        return table;
    }

    /** Red for a guard contract that has ended, orange for one ending soon. */
    private String guardTone(SchoolRow r) {
        return switch (model.guardContract(r)) {
            case EXPIRED -> "danger";
            case ENDING_SOON -> "warning";
            default -> null;
        };
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
                () -> model.failureProperty().get() == null ? ""
                        : DatabaseErrors.describeLoad(model.failureProperty().get(), messages, "schools.loadFailed"), model.failureProperty()));
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
    public Node searchField() {
        return lookup("#schoolsSearch");
    }

    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "schoolsNew");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
