// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.BackupService;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.common.SignatureViewModel;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The administrator sets the days after which a school's security check is overdue: a wrong value is explained
 * next to the field and nothing is saved (not even the other, valid fields); a right one is saved and the
 * Schools screen's overdue flag follows it.
 */
class SettingsViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    private void retype(String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private boolean errorShown(String id, String text) {
        return robot.lookup(id).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText().equals(text)).orElse(false);
    }

    @Test
    void wrongOverdueDaysAreExplainedAtTheFieldAndRightOnesAreSavedAndUsedByTheSchoolsScreen() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = TestDatabases.openWithDemoCity(folder, clock); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            DataChanges changes = new DataChanges();
            SettingsService settings = new SettingsService(new SettingsRepository(db), changes, TestDatabases.admin());
            BackupService backups = new BackupService(db, TestDatabases.key(folder), new SettingsRepository(db),
                    TestDatabases.admin(), clock);
            SchoolsViewModel schools = new SchoolsViewModel(new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db),
                    new ReferenceRepository(db), changes, clock, TestDatabases.head()), settings, tasks, clock);
            // As the app does: a saved setting makes the Schools screen read again.
            changes.subscribe(topic -> Platform.runLater(schools::load));
            Messages messages = Messages.russian();
            stage = SceneFixture.show(() -> {
                schools.load();
                SignatureViewModel signature = new SignatureViewModel(new MonthlySummaryService(new MonthlySummaryRepository(db), settings,
                        clock, "г. Алматы", TestDatabases.admin()), settings, tasks, changes);
                return new SettingsView(signature, new SettingsViewModel(settings, backups, tasks, messages), messages,
                        folder.resolve("backups"), (f, owner) -> Optional.empty(), checked -> { }, list -> { });
            });
            WorkDriver.waitUntil(20, () -> "90".equals(robot.lookup("#settingsOverdueDays").queryTextInputControl().getText())
                    && !schools.shown().isEmpty());
            LocalDate today = LocalDate.now(clock);
            // A school checked between 45 and 90 days ago: on time now, overdue once the limit is 45 days.
            SchoolRow between = schools.shown().stream().filter(r -> r.lastCheck() != null
                    && r.lastCheck().isBefore(today.minusDays(46)) && r.lastCheck().isAfter(today.minusDays(89))).findFirst().orElseThrow();
            assertThat(schools.isOverdue(between)).isFalse();

            retype("#settingsIdleMinutes", "20");
            retype("#settingsOverdueDays", "0");
            robot.clickOn("#settingsSave");
            WorkDriver.waitUntil(10, () -> errorShown("#settingsOverdueDaysError", Texts.of("validation.range", 1, 365)));
            MonthlySummaryUiTest.snapshot(robot.lookup("#settingsView").query(), "settings-overdue-error");
            retype("#settingsOverdueDays", "сорок");
            robot.clickOn("#settingsSave");
            WorkDriver.waitUntil(10, () -> errorShown("#settingsOverdueDaysError", Texts.of("validation.number")));
            assertThat(settings.overdueCheckDays()).isEqualTo(90);
            assertThat(settings.idleMinutes()).isEqualTo(15);

            retype("#settingsOverdueDays", "45");
            robot.clickOn("#settingsSave");
            WorkDriver.waitUntil(10, () -> Texts.of("settings.saved").equals(robot.lookup("#settingsStatus").queryAs(Label.class).getText()));
            assertThat(robot.lookup("#settingsOverdueDaysError").queryAs(Label.class).isVisible()).isFalse();
            assertThat(settings.overdueCheckDays()).isEqualTo(45);
            assertThat(settings.idleMinutes()).isEqualTo(20);
            WorkDriver.waitUntil(20, () -> schools.shown().stream().filter(r -> r.id() == between.id()).anyMatch(schools::isOverdue));
        }
    }
}
