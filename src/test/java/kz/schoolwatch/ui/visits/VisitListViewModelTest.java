// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.Observable;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.ProgressWork;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.SearchableComboBox;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The visits list's filter choices read again (after any save elsewhere) keep the user's filters without
 * touching them: the screen re-reads the table whenever a filter changes, and it used to read the first page
 * twice on every open because the reloaded, equal choices looked like new ones.
 */
class VisitListViewModelTest {

    @TempDir
    Path folder;

    private Database db;
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(1);
    private VisitListViewModel model;
    private VisitService visits;
    private LookupService lookups;
    private final AtomicInteger filterChanges = new AtomicInteger();
    /** Background reads the model asked for (a superseded read still costs the database its query). */
    private final AtomicInteger submitted = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        FxToolkit.registerPrimaryStage();
        TestRows rows = new TestRows(db);
        rows.officer("Исин", "100001", 1);
        rows.school(125, 2);
        for (int n = 1000; n < 1200; n++) {
            rows.school(n, 1 + n % 8);
        }
        visits = new VisitService(db, new VisitRepository(db), new DataChanges(), Clock.systemDefaultZone(),
                TestDatabases.head());
        lookups = new LookupService(db, new LookupRepository(db), new DataChanges(), TestDatabases.head());
        FxToolkit.setupFixture(() -> {
            model = new VisitListViewModel(visits, lookups, new TaskRunner() {
                @Override
                public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                    submitted.incrementAndGet();
                    tasks.submit(work, onSuccess, onFailure);
                }

                @Override
                public <T> BackgroundJob submit(ProgressWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                    submitted.incrementAndGet();
                    return tasks.submit(work, onSuccess, onFailure);
                }

                @Override
                public void onUiThread(Runnable action) {
                    tasks.onUiThread(action);
                }
            }, Clock.systemDefaultZone());
            // What the screen does: any filter change reads the table again.
            for (Observable filter : new Observable[] {model.officerProperty(), model.schoolProperty(), model.districtProperty()}) {
                filter.addListener(o -> filterChanges.incrementAndGet());
            }
        });
    }

    @AfterEach
    void close() {
        tasks.close();
        db.close();
    }

    private void loadChoices(int round) throws Exception {
        FxToolkit.setupFixture(() -> model.loadChoices());
        // One worker: a marker task queued after the load runs once the load is done.
        AtomicInteger done = new AtomicInteger();
        tasks.submit(() -> round, r -> done.set(r), e -> { });
        WorkDriver.waitUntil(10, () -> done.get() == round);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void equalChoicesReadAgainDoNotCountAsAChangedFilter() throws Exception {
        loadChoices(1);
        assertThat(model.officers()).hasSize(2);
        assertThat(model.schools()).hasSize(202);
        assertThat(filterChanges).hasValue(0);

        Lookup district = model.districts().get(2);
        Lookup officer = model.officers().get(1);
        FxToolkit.setupFixture(() -> {
            model.districtProperty().set(district);
            model.officerProperty().set(officer);
        });
        assertThat(filterChanges).hasValue(2);

        loadChoices(2);
        assertThat(filterChanges).as("filter notifications after reading the same choices again").hasValue(2);
        assertThat(model.districtProperty().get()).isEqualTo(district);
        assertThat(model.officerProperty().get()).isEqualTo(officer);
        assertThat(model.schoolProperty().get()).isEqualTo(VisitListViewModel.ALL_SCHOOLS);
    }

    @Test
    void theScreenReadsTheMonthsFirstPageOnceWhenItOpens() throws Throwable {
        AtomicInteger reads = new AtomicInteger();
        model.list().loadingProperty().addListener((o, was, now) -> {
            if (now) {
                reads.incrementAndGet();
            }
        });
        VisitFormViewModel form = new VisitFormViewModel(visits, lookups,
                new ReferenceListService(db, new ReferenceListRepository(db), new DataChanges(), TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head()), tasks,
                Clock.systemDefaultZone());
        FxToolkit.setupSceneRoot(() -> new VisitsView(model, form, Messages.russian(), Clock.systemDefaultZone(), null));
        FxToolkit.showStage();
        FxRobot robot = new FxRobot();
        // Both choice lists are in the combo boxes and the month's page has been read.
        WorkDriver.waitUntil(10, () -> robot.lookup("#filterSchool").queryAs(SearchableComboBox.class).getItems().size() == 202
                && !model.list().loadingProperty().get());
        loadChoices(1);
        // The period reads as Russian dates, whatever the machine's locale.
        assertThat(robot.lookup("#filterFromText").queryTextInputControl().getText())
                .isEqualTo(model.fromProperty().get().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        // The combo boxes pass through no choice and back while their lists are replaced (filterChanges counts
        // those notifications), yet the page is read once.
        assertThat(reads).as("reads of the first page").hasValue(1);

        // A school added elsewhere: both lists of schools are read again while the screen shows them.
        new TestRows(db).school(126, 2);
        FxToolkit.setupFixture(form::loadChoices);
        loadChoices(2);
        WorkDriver.waitUntil(10, () -> robot.lookup("#filterSchool").queryAs(SearchableComboBox.class).getItems().size() == 203);
        WaitForAsyncUtils.checkException();
        assertThat(reads).hasValue(1);

        // A filter the user changes does read it again.
        FxToolkit.setupFixture(() -> model.districtProperty().set(model.districts().get(1)));
        WorkDriver.waitUntil(10, () -> !model.list().loadingProperty().get());
        assertThat(reads).hasValue(2);

        // A month back moves both ends of the period, and reset moves five filters: one read each (two tasks: the
        // page's rows, then the total), not one per filter (the first end alone would read a two-month span).
        int before = submitted.get();
        FxToolkit.setupFixture(() -> model.shiftMonth(-1));
        assertThat(submitted.get() - before).as("tasks for a month back").isEqualTo(2);
        assertThat(model.filter().from()).isEqualTo(LocalDate.now().withDayOfMonth(1).minusMonths(1));
        before = submitted.get();
        FxToolkit.setupFixture(() -> model.reset(LocalDate.now()));
        assertThat(submitted.get() - before).as("tasks for a reset").isEqualTo(2);
        assertThat(model.filter()).isEqualTo(VisitFilter.month(LocalDate.now()));
        WorkDriver.waitUntil(10, () -> !model.list().loadingProperty().get());
    }
}
