// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Issue 15: a new visit's time is «now» when the visit is logged, not the moment the Visits screen was built; a
 * time the user typed is kept; after a save the next visit starts at the new «now». Driven by a clock the test moves.
 */
class VisitDefaultTimeTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @TempDir
    Path folder;

    /** A clock moved by hand. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(LocalDateTime start) {
            now = start.atZone(ALMATY).toInstant();
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ALMATY;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theDefaultMomentFollowsTheClockUntilTheUserChangesItAndRestartsAtNowAfterASave() throws Exception {
        FxToolkit.registerPrimaryStage();
        MovingClock clock = new MovingClock(LocalDateTime.of(2026, 11, 3, 9, 0));
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            TestRows rows = new TestRows(db);
            rows.officer("Исин", "100001", 1);
            rows.school(125, 1);
            Access access = TestDatabases.head();
            DataChanges changes = new DataChanges();
            VisitFormViewModel form = new VisitFormViewModel(new VisitService(db, new VisitRepository(db), changes, clock, access),
                    new LookupService(db, new LookupRepository(db), changes, access),
                    new ReferenceListService(db, new ReferenceListRepository(db), changes, access),
                    new SettingsService(new SettingsRepository(db), changes, access), tasks, clock);
            FxToolkit.setupFixture(form::loadChoices);
            WorkDriver.waitUntil(10, () -> !form.officers().isEmpty() && !form.schools().isEmpty() && "09:00".equals(form.timeProperty().get()));

            // The screen stays open all morning: at 11:20 the untouched form says 11:20.
            clock.advance(Duration.ofMinutes(140));
            FxToolkit.setupFixture(form::refreshDefaultMoment);
            assertThat(form.timeProperty().get()).isEqualTo("11:20");
            assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 3));
            // Past midnight the date follows as well.
            clock.advance(Duration.ofHours(13));
            FxToolkit.setupFixture(form::refreshDefaultMoment);
            assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 4));
            assertThat(form.timeProperty().get()).isEqualTo("00:20");

            // A time the user typed stays, however late it gets.
            FxToolkit.setupFixture(() -> form.timeProperty().set("08:15"));
            clock.advance(Duration.ofHours(9));
            FxToolkit.setupFixture(form::refreshDefaultMoment);
            assertThat(form.timeProperty().get()).isEqualTo("08:15");

            // «Новое» starts again at now (09:20); saved an hour later without touching the time, the visit is at 10:20.
            FxToolkit.setupFixture(form::startNew);
            assertThat(form.timeProperty().get()).isEqualTo("09:20");
            clock.advance(Duration.ofMinutes(60));
            FxToolkit.setupFixture(() -> {
                form.officerProperty().set(form.officers().get(0));
                form.schoolProperty().set(form.schools().get(0));
                form.save();
            });
            WorkDriver.waitUntil(10, () -> form.savedProperty().get() == 1);
            LocalDateTime saved = db.read(dsl -> dsl.select(SCHOOL_VISIT.VISITED_AT).from(SCHOOL_VISIT).fetchOne(SCHOOL_VISIT.VISITED_AT));
            assertThat(saved)
                    .isEqualTo(LocalDateTime.of(2026, 11, 4, 10, 20));
            // After the save the form is ready for the next visit at the new now.
            clock.advance(Duration.ofMinutes(5));
            FxToolkit.setupFixture(form::startNew);
            assertThat(form.timeProperty().get()).isEqualTo("10:25");
        }
    }
}
