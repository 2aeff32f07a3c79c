// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kz.schoolwatch.domain.GuardContractState;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * State of the Schools screen: every school once from the database, filtered in memory on each keystroke
 * (a city has hundreds of schools, a country thousands: both filter in a few milliseconds).
 */
public final class SchoolsViewModel {

    /** Which schools to show by video surveillance. */
    public enum Coverage { ALL, COVERED, NOT_COVERED }

    /** Guard contracts ending within this many days are flagged. */
    public static final int GUARD_WARNING_DAYS = GuardContractState.WARNING_DAYS;

    private final SchoolService schools;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Clock clock;
    /** Null when the list has no compliance column (a view model built without it). */
    private final ComplianceService compliance;

    // Properties
    private final ObservableList<SchoolRow> all = FXCollections.observableArrayList();
    private final FilteredList<SchoolRow> shown = new FilteredList<>(all, r -> !r.archived());
    private final ObservableList<NamedRef> districts = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> officers = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<NamedRef> district = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>(Coverage.ALL);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty showArchived = new SimpleBooleanProperty();
    private final IntegerProperty overdueDays = new SimpleIntegerProperty(90);
    private final ObjectProperty<SchoolsCompliance> marks = new SimpleObjectProperty<>(SchoolsCompliance.NONE);
    private final ObjectProperty<SchoolsCompliance.Filter> complianceFilter = new SimpleObjectProperty<>(SchoolsCompliance.Filter.ALL);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final IntegerBinding shownCovered;
    private final BooleanBinding filtered;
    /**
     * Each row's number and lower-cased name, made once per load rather than on every keystroke: on 7,500 schools
     * lower-casing every name was most of a keystroke's filtering time.
     */
    private final Map<SchoolRow, SearchKey> searchKeys = new IdentityHashMap<>();
    private boolean loadRequested;
    /** A district asked for before the choices had loaded. */
    private Long pendingDistrict;

    public SchoolsViewModel(SchoolService schools, SettingsService settings, TaskRunner tasks, Clock clock) {
        this(schools, settings, tasks, clock, null);
    }

    /** With {@code compliance}: each school's compliance of today in a column of its own, and a filter by it. */
    public SchoolsViewModel(SchoolService schools, SettingsService settings, TaskRunner tasks, Clock clock,
                            ComplianceService compliance) {
        this.schools = schools;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        this.compliance = compliance;
        all.addListener((ListChangeListener<SchoolRow>) c -> searchKeys.clear());
        search.addListener(o -> applyFilter());
        district.addListener(o -> applyFilter());
        officer.addListener(o -> applyFilter());
        coverage.addListener(o -> applyFilter());
        overdueOnly.addListener(o -> applyFilter());
        showArchived.addListener(o -> applyFilter());
        overdueDays.addListener(o -> applyFilter());
        complianceFilter.addListener(o -> applyFilter());
        marks.addListener(o -> applyFilter());
        shownCovered = Bindings.createIntegerBinding(() -> (int) shown.stream().filter(SchoolRow::covered).count(), shown);
        filtered = Bindings.createBooleanBinding(() -> !activeFilters().isEmpty(),
                search, district, officer, coverage, overdueOnly, showArchived, complianceFilter);
    }

    private record Loaded(List<SchoolRow> rows, List<NamedRef> districts, List<NamedRef> officers, int overdueDays) {
    }

    // Commands

    /** Rows the first page shows: a screen's worth, read first so the table fills at once on a large database. */
    static final int FIRST_PAGE = 60;

    /**
     * Reads the schools, filters' choices and the overdue setting from the database. On first opening, a
     * screenful of schools comes first and the whole list follows; later reloads keep the old rows on screen
     * until the new ones are there.
     */
    public void load() {
        load(tasks);
    }

    /** Reads the list again after every committed change of data but one of the reference lists, which it does not show. */
    public void follow(DataChanges changes) {
        Topic[] shown = EnumSet.complementOf(EnumSet.of(Topic.REFERENCE, Topic.AUDIT)).toArray(Topic[]::new);
        new ChangeFeed(changes, tasks).on(this::load, shown);
    }

    /**
     * {@link #load()} on {@code readAhead}, a worker of its own: the list read before anybody opened the screen
     * must not hold up a screen that somebody did open.
     */
    public void prefetch(TaskRunner readAhead) {
        load(readAhead);
    }

    private void load(TaskRunner runner) {
        loadRequested = true;
        loading.set(true);
        if (all.isEmpty()) {
            // The whole list starts only once the first page is on screen, so the two do not compete.
            runner.submit(() -> schools.firstRows(FIRST_PAGE), first -> {
                if (all.isEmpty()) {
                    all.setAll(first);
                }
                loadAll(runner);
            }, error -> loadAll(runner));
        } else {
            loadAll(runner);
        }
    }

    private void loadAll(TaskRunner runner) {
        runner.submit(
                () -> new Loaded(schools.list(), schools.districts(), schools.officers(), settings.overdueCheckDays()),
                loaded -> {
                    NamedRef d = district.get();
                    NamedRef o = officer.get();
                    districts.setAll(loaded.districts());
                    officers.setAll(loaded.officers());
                    overdueDays.set(loaded.overdueDays());
                    Rows.update(all, loaded.rows(), SchoolRow::id);
                    // Choices are rebuilt; keep the user's filters.
                    long wanted = pendingDistrict != null ? pendingDistrict : d == null ? -1 : d.id();
                    pendingDistrict = null;
                    district.set(loaded.districts().stream().filter(x -> x.id() == wanted).findFirst().orElse(null));
                    officer.set(o == null ? null : loaded.officers().stream().filter(x -> x.id() == o.id()).findFirst().orElse(null));
                    failure.set(null);
                    loading.set(false);
                    judge(runner);
                },
                error -> {
                    failure.set(error);
                    loading.set(false);
                });
    }

    /**
     * Judges every open school's compliance of today, in one read for the whole city, after the rows are on screen:
     * the list does not wait for it, and its column and filter fill in when it is there.
     */
    private void judge(TaskRunner runner) {
        if (compliance == null) {
            return;
        }
        // A failed judgement leaves the list as it is, its column with what it had: the schools themselves did load.
        runner.submit(() -> SchoolsCompliance.of(compliance.forCity(compliance.today())), marks::set,
                error -> LoggerFactory.getLogger(SchoolsViewModel.class).warn("Compliance of the schools not judged", error));
    }

    /**
     * Filters to one district (from a dashboard chart), optionally only its schools without video surveillance;
     * other filters are reset so the list shows exactly what the bar counted.
     */
    public void showDistrict(long districtId, boolean withoutCamerasOnly) {
        search.set("");
        officer.set(null);
        overdueOnly.set(false);
        showArchived.set(false);
        complianceFilter.set(SchoolsCompliance.Filter.ALL);
        coverage.set(withoutCamerasOnly ? Coverage.NOT_COVERED : Coverage.ALL);
        if (districts.isEmpty()) {
            // The screen has not loaded its choices yet: apply the district when they arrive.
            pendingDistrict = districtId;
            load();
        } else {
            district.set(districts.stream().filter(d -> d.id() == districtId).findFirst().orElse(null));
        }
    }

    /** Which filters narrow the list now, to say so above it; empty when it shows every open school. */
    public enum ActiveFilter { SEARCH, DISTRICT, COVERAGE, COMPLIANCE, OFFICER, OVERDUE, ARCHIVED }

    /** The filters set now, in the order the banner names them. */
    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> on = new ArrayList<>();
        if (search.get() != null && !search.get().isBlank()) {
            on.add(ActiveFilter.SEARCH);
        }
        if (district.get() != null) {
            on.add(ActiveFilter.DISTRICT);
        }
        if (coverage.get() != null && coverage.get() != Coverage.ALL) {
            on.add(ActiveFilter.COVERAGE);
        }
        if (complianceFilter.get() != null && complianceFilter.get() != SchoolsCompliance.Filter.ALL) {
            on.add(ActiveFilter.COMPLIANCE);
        }
        if (officer.get() != null) {
            on.add(ActiveFilter.OFFICER);
        }
        if (overdueOnly.get()) {
            on.add(ActiveFilter.OVERDUE);
        }
        if (showArchived.get()) {
            on.add(ActiveFilter.ARCHIVED);
        }
        return on;
    }

    /** Clears every filter: the list shows all open schools again. */
    public void resetFilters() {
        pendingDistrict = null;
        search.set("");
        district.set(null);
        officer.set(null);
        coverage.set(Coverage.ALL);
        overdueOnly.set(false);
        showArchived.set(false);
        complianceFilter.set(SchoolsCompliance.Filter.ALL);
    }

    private void applyFilter() {
        shown.setPredicate(filter());
    }

    /** The current filters as one predicate. */
    Predicate<SchoolRow> filter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        NamedRef d = district.get();
        NamedRef o = officer.get();
        Coverage c = coverage.get();
        boolean overdue = overdueOnly.get();
        boolean archived = showArchived.get();
        LocalDate today = LocalDate.now(clock);
        int days = overdueDays.get();
        SchoolsCompliance judged = marks.get();
        SchoolsCompliance.Filter byCompliance = complianceFilter.get();
        return r -> (archived || !r.archived())
                && (d == null || r.districtId() == d.id())
                && (o == null || (r.officerId() != null && r.officerId() == o.id()))
                && (c == null || c == Coverage.ALL || (c == Coverage.COVERED) == r.covered())
                && (!overdue || r.checkOverdue(today, days))
                && judged.matches(r.id(), byCompliance)
                && (text.isEmpty() || searchKeys.computeIfAbsent(r, SearchKey::of).matches(text));
    }

    /** What the search box is matched against: the number from its start, the name anywhere, any case. */
    private record SearchKey(String number, String name) {
        static SearchKey of(SchoolRow r) {
            return new SearchKey(Integer.toString(r.number()), r.name().toLowerCase(Locale.ROOT));
        }

        boolean matches(String lowerCaseText) {
            return number.startsWith(lowerCaseText) || name.contains(lowerCaseText);
        }
    }

    public boolean isOverdue(SchoolRow r) {
        return r.checkOverdue(LocalDate.now(clock), overdueDays.get());
    }

    public boolean isGuardContractEnding(SchoolRow r) {
        return r.guardContractEnding(LocalDate.now(clock), GUARD_WARNING_DAYS);
    }

    /** Where the school's guard contract stands today: expired and ending soon are shown differently. */
    public GuardContractState guardContract(SchoolRow r) {
        return r.guardContract(LocalDate.now(clock), GUARD_WARNING_DAYS);
    }

    /** Whether a load has been asked for (it may still be running): a prefetch need not ask again. */
    public boolean hasLoaded() {
        return loadRequested;
    }

    public ObservableList<SchoolRow> shown() {
        return shown;
    }

    public ObservableList<NamedRef> districts() {
        return districts;
    }

    public ObservableList<NamedRef> officers() {
        return officers;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<NamedRef> districtProperty() {
        return district;
    }

    public ObjectProperty<NamedRef> officerProperty() {
        return officer;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public ObjectProperty<SchoolsCompliance.Filter> complianceFilterProperty() {
        return complianceFilter;
    }

    /** Each school's compliance of today; none until it has been judged, and always none without the column. */
    public ReadOnlyObjectProperty<SchoolsCompliance> complianceProperty() {
        return marks;
    }

    /** Whether the list judges compliance (and so shows its column and filter). */
    public boolean judgesCompliance() {
        return compliance != null;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public IntegerProperty overdueDaysProperty() {
        return overdueDays;
    }

    /** True while any filter narrows the list. */
    public BooleanBinding filteredProperty() {
        return filtered;
    }

    public IntegerBinding shownCoveredProperty() {
        return shownCovered;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
