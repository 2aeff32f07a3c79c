// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.Observable;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The visits list's filter choices read again (after any save elsewhere) keep the user's filters without
 * touching them: the screen re-reads the table whenever a filter changes, and it used to read the first page
 * twice on every open because the reloaded, equal choices looked like new ones. The reads run in step.
 */
class VisitListViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final DataChanges changes = new DataChanges();
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private VisitListViewModel model;
    private VisitService visits;
    private LookupService lookups;
    private long officer;
    private final AtomicInteger filterChanges = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        officer = rows.officer("Исин", "100001", 1);
        rows.school(125, 2);
        for (int n = 1000; n < 1200; n++) {
            rows.school(n, 1 + n % 8);
        }
        visits = new VisitService(db, new VisitRepository(db), changes, CLOCK, TestDatabases.head());
        lookups = new LookupService(db, new LookupRepository(db), changes, TestDatabases.head());
        model = new VisitListViewModel(visits, lookups, tasks, CLOCK);
        // What the screen does: any filter change reads the table again.
        for (Observable filter : new Observable[] {model.officerProperty(), model.schoolProperty(), model.districtProperty()}) {
            filter.addListener(o -> filterChanges.incrementAndGet());
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private VisitFormViewModel form() {
        return new VisitFormViewModel(visits, lookups,
                new ReferenceListService(db, new ReferenceListRepository(db), changes, TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), changes, TestDatabases.head()), tasks, CLOCK);
    }

    @Test
    void equalChoicesReadAgainDoNotCountAsAChangedFilter() {
        model.loadChoices();
        assertThat(model.officers()).hasSize(2);
        assertThat(model.schools()).hasSize(202);
        assertThat(filterChanges).hasValue(0);

        Lookup district = model.districts().get(2);
        Lookup chosen = model.officers().get(1);
        model.districtProperty().set(district);
        model.officerProperty().set(chosen);
        assertThat(filterChanges).hasValue(2);

        model.loadChoices();
        assertThat(filterChanges).as("filter notifications after reading the same choices again").hasValue(2);
        assertThat(model.districtProperty().get()).isEqualTo(district);
        assertThat(model.officerProperty().get()).isEqualTo(chosen);
        assertThat(model.schoolProperty().get()).isEqualTo(VisitListViewModel.ALL_SCHOOLS);
    }

    @Test
    void resetClearsOfficerSchoolAndDistrictAndShowsTodaysMonth() {
        // A filter left on from an earlier search hides visits unnoticed; «Сбросить фильтры» shows them all again.
        model.loadChoices();
        model.officerProperty().set(model.officers().get(1));
        model.schoolProperty().set(model.schools().get(5));
        model.districtProperty().set(model.districts().get(2));
        model.shiftMonth(-2);
        assertThat(model.filter()).isNotEqualTo(VisitFilter.month(TODAY));

        model.reset(TODAY);
        assertThat(model.filter()).isEqualTo(VisitFilter.month(TODAY));
        assertThat(model.officerProperty().get()).isEqualTo(VisitListViewModel.ALL);
        assertThat(model.schoolProperty().get()).isEqualTo(VisitListViewModel.ALL_SCHOOLS);
        assertThat(model.districtProperty().get()).isEqualTo(VisitListViewModel.ALL);
    }

    @Test
    void theScreenReadsTheMonthsFirstPageOnceWhenItOpens() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicInteger reads = new AtomicInteger();
        model.list().loadingProperty().addListener((o, was, now) -> {
            if (now) {
                reads.incrementAndGet();
            }
        });
        VisitFormViewModel form = form();
        // The view is built on the FX thread, and the reads it asks for run there in step.
        FxToolkit.setupSceneRoot(() -> new VisitsView(model, form, Messages.russian(), CLOCK, null));
        FxToolkit.showStage();
        FxRobot robot = new FxRobot();
        SearchableComboBox<?> schoolFilter = robot.lookup("#filterSchool").queryAs(SearchableComboBox.class);
        assertThat(schoolFilter.getItems()).hasSize(202);
        FxToolkit.setupFixture(model::loadChoices);
        // The period reads as Russian dates, whatever the machine's locale.
        assertThat(robot.lookup("#filterFromText").queryTextInputControl().getText())
                .isEqualTo(model.fromProperty().get().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        // The combo boxes pass through no choice and back while their lists are replaced (filterChanges counts
        // those notifications), yet the page is read once.
        assertThat(reads).as("reads of the first page").hasValue(1);

        // A school added elsewhere: both lists of schools are read again while the screen shows them.
        rows.school(126, 2);
        FxToolkit.setupFixture(() -> {
            form.loadChoices();
            model.loadChoices();
        });
        assertThat(schoolFilter.getItems()).hasSize(203);
        assertThat(form.schools()).hasSize(202);
        assertThat(reads).hasValue(1);

        // A filter the user changes does read it again.
        FxToolkit.setupFixture(() -> model.districtProperty().set(model.districts().get(1)));
        assertThat(reads).hasValue(2);

        // A month back moves both ends of the period, and reset moves five filters: one read each (two tasks: the
        // page's rows, then the total), not one per filter (the first end alone would read a two-month span).
        int before = tasks.ran();
        FxToolkit.setupFixture(() -> model.shiftMonth(-1));
        assertThat(tasks.ran() - before).as("tasks for a month back").isEqualTo(2);
        assertThat(model.filter().from()).isEqualTo(TODAY.withDayOfMonth(1).minusMonths(1));
        before = tasks.ran();
        FxToolkit.setupFixture(() -> model.reset(TODAY));
        assertThat(tasks.ran() - before).as("tasks for a reset").isEqualTo(2);
        assertThat(model.filter()).isEqualTo(VisitFilter.month(TODAY));
        assertThat(tasks.failed()).isZero();
    }

    @Test
    void followsVisitsSavedAndOfficersAddedElsewhere() {
        VisitFormViewModel form = form();
        ChangeFeed feed = new ChangeFeed(changes, tasks);
        model.follow(feed);
        form.follow(feed);
        model.loadChoices();
        form.loadChoices();
        model.apply();
        assertThat(model.list().rows()).isEmpty();

        // Saved through the form: the list follows the change, and the caller of saveThen hears that it was saved.
        form.schoolProperty().set(form.schools().get(0));
        form.officerProperty().set(form.officers().get(0));
        form.findingsProperty().set("проверка пропускного режима");
        AtomicReference<Boolean> saved = new AtomicReference<>();
        form.saveThen(saved::set);
        assertThat(saved.get()).isTrue();
        assertThat(rows.count("school_visit")).isEqualTo(1);
        assertThat(model.list().rows()).extracting(Visit::findings).containsExactly("проверка пропускного режима");

        // Saved elsewhere.
        visits.create(new VisitDraft(officer, form.schools().get(1).id(), LocalDateTime.of(2026, 3, 2, 10, 0),
                rows.firstPurposeId(), "второй", null, 0));
        assertThat(model.list().rows()).hasSize(2);

        // A new officer: both the filter's and the form's lists read again.
        rows.officer("Ахметов", "100002", 1);
        changes.publish(DataChanges.Topic.OFFICERS);
        assertThat(model.officers()).extracting(Lookup::name).anyMatch(n -> n.startsWith("Ахметов"));
        assertThat(form.officers()).extracting(Lookup::name).anyMatch(n -> n.startsWith("Ахметов"));
        assertThat(tasks.failed()).isZero();
    }
}
