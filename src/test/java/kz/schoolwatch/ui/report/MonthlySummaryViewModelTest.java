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
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.store.Database;
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
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary screen opens on the last full month and follows saves made on other screens; its work runs in step. */
class MonthlySummaryViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Three days into December: the summary wanted is November's. */
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 3).atTime(9, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    Path folder;

    @Test
    void opensOnTheLastFullMonthAndReadsAgainWhenACameraIsAddedElsewhere() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            long school = new TestRows(db).school(125, 1);
            Access head = TestDatabases.head();
            DataChanges changes = new DataChanges();
            MonthlySummaryViewModel m = loaded(db, head, changes);
            assertThat(m.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(m.months()).first().isEqualTo(YearMonth.of(2026, 12));
            assertThat(m.summaryProperty().get().month()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(m.summaryProperty().get().figures().cameras().total()).isZero();

            cameras(db, changes, head).addMany(school, 1, 0, CameraStatus.WORKING, LocalDate.of(2026, 11, 20), true);
            assertThat(m.summaryProperty().get().figures().cameras().total()).isEqualTo(1);
            assertThat(m.documentProperty().get()).isNotNull();

            // Off screen, a save only marks the preview stale; it is read when the screen is shown again.
            m.setShowing(false);
            cameras(db, changes, head).addMany(school, 0, 2, CameraStatus.WORKING, LocalDate.of(2026, 11, 21), true);
            assertThat(m.summaryProperty().get().figures().cameras().total()).isEqualTo(1);
            m.setShowing(true);
            assertThat(m.summaryProperty().get().figures().cameras().total()).isEqualTo(3);
        }
    }

    /** The save dialog opens where this account saved last, also after signing in again; another account's is its own. */
    @Test
    void theFolderOfTheLastSaveIsRememberedForTheAccount(@TempDir Path reports) throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            new TestRows(db).school(125, 1);
            Access head = TestDatabases.head();
            MonthlySummaryViewModel first = loaded(db, head, new DataChanges());
            assertThat(first.export().lastFolderProperty().get()).isNull();
            Path target = reports.resolve("svodka.pdf");
            first.export().export(ReportFormat.PDF, target);
            assertThat(first.export().savedFileProperty().get()).isEqualTo(target.toAbsolutePath());
            assertThat(first.export().statusProperty().get()).isEqualTo(Messages.russian().get("report.screen.saved", target.getFileName()));
            assertThat(first.export().lastFolderProperty().get()).isEqualTo(reports.toAbsolutePath());

            MonthlySummaryViewModel again = loaded(db, head, new DataChanges());
            assertThat(again.export().lastFolderProperty().get()).isEqualTo(reports.toAbsolutePath());
            Access other = new Access(new UserAccount(99, "other", "Другой", Role.HEAD,
                    null, null, true, false, LocalDateTime.now()), id -> null);
            assertThat(loaded(db, other, new DataChanges()).export().lastFolderProperty().get()).isNull();
        }
    }

    /**
     * The program switches language: the screen is built again and reads its preview anew (as {@code load} on show
     * does), and the document — title, month, headers, counts — is in the new language.
     */
    @Test
    void thePreviewReadAfterASwitchIsInTheNewLanguage() throws Exception {
        try (Database db = TestDatabases.open(folder)) {
            new TestRows(db).school(125, 1);
            Access head = TestDatabases.head();
            Messages program = Messages.russian();
            SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), head);
            MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, CLOCK,
                    () -> program.get("report.city"), head);
            ReportExportService exports = new ReportExportService(program, new ReportFonts(), new AuditService(new AuditRepository(db), head));
            MonthlySummaryViewModel model = new MonthlySummaryViewModel(summaries, exports, settings, new InStepTaskRunner(), program,
                    new DataChanges());
            model.load();
            assertThat(model.documentProperty().get().period()).isEqualTo(program.get("report.period", "ноябрь 2026"));

            program.switchTo(Language.KAZAKH);
            model.load();
            Messages kazakh = Messages.of(Language.KAZAKH);
            var doc = model.documentProperty().get();
            assertThat(doc.title()).isEqualTo(kazakh.get("report.title"));
            assertThat(doc.period()).isEqualTo(kazakh.get("report.period", "қараша 2026"));
            assertThat(doc.scopeLine()).isEqualTo(kazakh.get("report.scope.city", kazakh.get("report.city")));
            assertThat(doc.signatureDateLine()).isEqualTo(kazakh.get("report.signature.date"));

            program.switchTo(Language.ENGLISH);
            model.load();
            assertThat(model.documentProperty().get().period()).isEqualTo(Messages.of(Language.ENGLISH).get("report.period", "November 2026"));
        }
    }

    /** A model whose background work runs in step, loaded: its preview is there on the next line. */
    private static MonthlySummaryViewModel loaded(Database db, Access access, DataChanges changes) {
        SettingsService settings = new SettingsService(new SettingsRepository(db), changes, access);
        MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, CLOCK, "г. Алматы", access);
        ReportExportService exports = new ReportExportService(Messages.russian(), new ReportFonts(), new AuditService(new AuditRepository(db), access));
        MonthlySummaryViewModel model = new MonthlySummaryViewModel(summaries, exports, settings, new InStepTaskRunner(), Messages.russian(),
                changes);
        model.load();
        assertThat(model.summaryProperty().get()).isNotNull();
        return model;
    }

    private static CameraService cameras(Database db, DataChanges changes, Access access) {
        return new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes, CLOCK, access);
    }
}
