// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Issue 15, broken 5: two heads share a computer. One presses «Это я» and sets a signature; the other's visit
 * form starts with no officer and the other's summary is signed and prepared in the other's own name.
 */
class PerAccountMeTest {

    @TempDir
    Path folder;

    private static Access access(long id, String name, Role role, Long officer) {
        return new Access(new UserAccount(id, "u" + id, name, role, officer, null, true, false, LocalDateTime.now()), school -> null);
    }

    @Test
    void oneAccountsItIsMeAndSignatureNeverShowInAnothersFormOrSummary() throws Exception {
        FxToolkit.registerPrimaryStage();
        Clock clock = Clock.systemDefaultZone();
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            TestRows rows = new TestRows(db);
            long isin = rows.officer("Исин", "100001", 1);
            rows.school(125, 1);
            Access first = access(41, "Ахметова А. Б.", Role.HEAD, null);
            Access second = access(42, "Бекетов А. С.", Role.HEAD, null);

            VisitFormViewModel firstForm = form(db, first, tasks, clock);
            FxToolkit.setupFixture(firstForm::loadChoices);
            WorkDriver.waitUntil(10, () -> !firstForm.officers().isEmpty());
            FxToolkit.setupFixture(() -> {
                firstForm.officerProperty().set(firstForm.officers().get(0));
                firstForm.rememberOfficerAsMe();
            });
            WorkDriver.waitUntil(10, () -> settings(db, first).currentOfficerId().isPresent());
            settings(db, first).setSignature("майор полиции", "А. Ахметова");

            // The first account's next form starts with its chosen officer; the second's with nobody.
            VisitFormViewModel again = form(db, first, tasks, clock);
            VisitFormViewModel secondForm = form(db, second, tasks, clock);
            FxToolkit.setupFixture(() -> {
                again.loadChoices();
                secondForm.loadChoices();
            });
            WorkDriver.waitUntil(10, () -> !again.officers().isEmpty() && !secondForm.officers().isEmpty()
                    && again.officerProperty().get() != null);
            assertThat(again.officerProperty().get().id()).isEqualTo(isin);
            assertThat(secondForm.officerProperty().get()).isNull();
            assertThat(settings(db, second).currentOfficerId()).isEmpty();

            MonthlySummary mine = summaries(db, first, clock).summarize(YearMonth.now(clock), summaries(db, first, clock).cityScope());
            assertThat(mine.signature()).isEqualTo(new MonthlySummary.Signature("майор полиции", "А. Ахметова"));
            assertThat(mine.preparedBy()).isEqualTo("майор полиции А. Ахметова");
            MonthlySummary theirs = summaries(db, second, clock).summarize(YearMonth.now(clock), summaries(db, second, clock).cityScope());
            assertThat(theirs.signature()).isEqualTo(new MonthlySummary.Signature("", "Бекетов А. С."));
            assertThat(theirs.preparedBy()).isEqualTo("Бекетов А. С.");

            // An officer's account without a signature of its own signs with its officer's rank and its name.
            Access inspector = access(43, "Исин Т.", Role.INSPECTOR, isin);
            assertThat(summaries(db, inspector, clock).signature()).isEqualTo(new MonthlySummary.Signature("капитан полиции", "Исин Т."));
        }
    }

    private static SettingsService settings(Database db, Access access) {
        return new SettingsService(new SettingsRepository(db), new DataChanges(), access);
    }

    private static MonthlySummaryService summaries(Database db, Access access, Clock clock) {
        return new MonthlySummaryService(new MonthlySummaryRepository(db), settings(db, access), clock, "г. Алматы", access);
    }

    private static VisitFormViewModel form(Database db, Access access, ExecutorTaskRunner tasks, Clock clock) {
        DataChanges changes = new DataChanges();
        return new VisitFormViewModel(new VisitService(db, new VisitRepository(db), changes, clock, access),
                new LookupService(db, new LookupRepository(db), changes, access),
                new ReferenceListService(db, new ReferenceListRepository(db), changes, access),
                settings(db, access), tasks, clock);
    }
}
