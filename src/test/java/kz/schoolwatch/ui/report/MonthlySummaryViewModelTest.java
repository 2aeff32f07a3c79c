// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.AuditService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The summary screen opens on the last full month and follows saves made on other screens. */
class MonthlySummaryViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Three days into December: the summary wanted is November's. */
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 3).atTime(9, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    @Test
    void opensOnTheLastFullMonthAndReadsAgainWhenACameraIsAddedElsewhere() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            long school = new TestRows(db).school(125, 1);
            Access head = TestDatabases.head();
            DataChanges changes = new DataChanges();
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, head);
            MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, CLOCK, "г. Алматы", head);
            ReportExportService exports = new ReportExportService(Messages.russian(), new ReportFonts(),
                    new AuditService(new AuditRepository(db), head));
            MonthlySummaryViewModel[] model = new MonthlySummaryViewModel[1];
            FxToolkit.setupFixture(() -> {
                model[0] = new MonthlySummaryViewModel(summaries, exports, settings, tasks, Messages.russian(), changes);
                model[0].load();
            });
            MonthlySummaryViewModel m = model[0];
            assertThat(m.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(m.months()).first().isEqualTo(YearMonth.of(2026, 12));
            WorkDriver.waitUntil(20, () -> m.summaryProperty().get() != null);
            assertThat(m.summaryProperty().get().month()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(m.summaryProperty().get().figures().cameras().total()).isZero();

            new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes, CLOCK, head)
                    .addMany(school, 1, 0, CameraStatus.WORKING, LocalDate.of(2026, 11, 20), true);
            WorkDriver.waitUntil(20, () -> m.summaryProperty().get().figures().cameras().total() == 1);
            assertThat(m.documentProperty().get()).isNotNull();

            // Off screen, a save only marks the preview stale; it is read when the screen is shown again.
            FxToolkit.setupFixture(() -> m.setShowing(false));
            new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes, CLOCK, head)
                    .addMany(school, 0, 2, CameraStatus.WORKING, LocalDate.of(2026, 11, 21), true);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(500); // time for a read that should not have started
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(m.summaryProperty().get().figures().cameras().total()).isEqualTo(1);
            FxToolkit.setupFixture(() -> m.setShowing(true));
            WorkDriver.waitUntil(20, () -> m.summaryProperty().get().figures().cameras().total() == 3);
        }
    }

    /** The save dialog opens where this account saved last, also after signing in again; another account's is its own. */
    @Test
    void theFolderOfTheLastSaveIsRememberedForTheAccount(@TempDir Path reports) throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            new TestRows(db).school(125, 1);
            Access head = TestDatabases.head();
            MonthlySummaryViewModel first = loaded(db, head, tasks);
            assertThat(first.export().lastFolderProperty().get()).isNull();
            Path target = reports.resolve("svodka.pdf");
            FxToolkit.setupFixture(() -> first.export().export(ReportFormat.PDF, target));
            WorkDriver.waitUntil(30, () -> first.export().savedFileProperty().get() != null);
            assertThat(first.export().savedFileProperty().get()).isEqualTo(target.toAbsolutePath());
            assertThat(first.export().lastFolderProperty().get()).isEqualTo(reports.toAbsolutePath());

            MonthlySummaryViewModel again = loaded(db, head, tasks);
            assertThat(again.export().lastFolderProperty().get()).isEqualTo(reports.toAbsolutePath());
            Access other = new Access(new UserAccount(99, "other", "Другой", Role.HEAD,
                    null, null, true, false, LocalDateTime.now()), id -> null);
            assertThat(loaded(db, other, tasks).export().lastFolderProperty().get()).isNull();
        }
    }

    private static MonthlySummaryViewModel loaded(Database db, Access access, ExecutorTaskRunner tasks) throws Exception {
        DataChanges changes = new DataChanges();
        SettingsService settings = new SettingsService(new SettingsRepository(db), changes, access);
        MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, CLOCK, "г. Алматы", access);
        ReportExportService exports = new ReportExportService(Messages.russian(), new ReportFonts(), new AuditService(new AuditRepository(db), access));
        MonthlySummaryViewModel[] model = new MonthlySummaryViewModel[1];
        FxToolkit.setupFixture(() -> {
            model[0] = new MonthlySummaryViewModel(summaries, exports, settings, tasks, Messages.russian(), changes);
            model[0].load();
        });
        WorkDriver.waitUntil(20, () -> model[0].summaryProperty().get() != null);
        return model[0];
    }
}
