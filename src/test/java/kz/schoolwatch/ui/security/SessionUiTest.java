// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.sql.Connection;
import java.util.function.Predicate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Sessions as a user meets them: the screen lock that keeps a half-filled form, what each role sees in the
 * navigation, and the administrator's accounts, audit and settings screens.
 */
class SessionUiTest {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted();
    private FxRobot robot;

    private void start(String login, boolean demo) throws Exception {
        robot = driver.withDemoCity(demo).startAs(login);
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void lockingKeepsTheHalfFilledFormAndOnlyTheRightPasswordUnlocks() throws Exception {
        start(TestSessions.HEAD, true);
        robot.clickOn("#navVisits");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#visitFindings").queryAll().isEmpty());
        robot.clickOn("#visitFindings").write("Охранник спал на посту, ворота открыты");

        robot.clickOn("#userLock");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#lockScreen").queryAll().isEmpty());
        assertThat(robot.lookup("#visitFindings").queryAll()).isEmpty();

        robot.clickOn("#unlockPassword").write("Ne-tot-parol-1");
        robot.clickOn("#unlockSubmit");
        WorkDriver.waitUntil(20, () -> !label("#unlockMessage").isEmpty());
        assertThat(label("#unlockMessage")).isEqualTo(Texts.of("signin.error.wrongLeft", 4));
        assertThat(robot.lookup("#lockScreen").queryAll()).isNotEmpty();

        robot.clickOn("#unlockPassword").write(TestSessions.PASSWORD);
        robot.clickOn("#unlockSubmit");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#visitFindings").queryAll().isEmpty());
        assertThat(robot.lookup("#visitFindings").queryTextInputControl().getText()).isEqualTo("Охранник спал на посту, ворота открыты");
        try (Connection c = TestDatabases.connect(driver.folder())) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'nachalnik' AND action = 'LOCK'")).isOne();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'nachalnik' AND action = 'UNLOCK_FAILED'")).isOne();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'nachalnik' AND action = 'UNLOCK'")).isOne();
        }
    }

    @Test
    void eachRoleSeesItsOwnScreens() throws Exception {
        start(TestSessions.INSPECTOR, true);
        assertThat(robot.lookup("#navVisits").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#navEvents").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#navSchools").queryAll()).isNotEmpty();
        for (String hidden : new String[] {"#navOfficers", "#navOffences", "#navLeisure", "#navMonthlySummary", "#navImport", "#navAccounts",
                "#navAudit"}) {
            assertThat(robot.lookup(hidden).queryAll()).as(hidden).isEmpty();
        }
        robot.clickOn("#navSchools");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#schoolsTable").queryAll().isEmpty());
        assertThat(robot.lookup("#schoolsNew").query().isVisible()).isFalse();
        // The visit form is the inspector's own: the reference list's editor is not offered.
        robot.clickOn("#navVisits");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#visitPurposes").queryAll().isEmpty());
        assertThat(robot.lookup("#visitPurposes").query().isVisible()).isFalse();
    }

    @Test
    void theAdministratorCreatesAnAccountChecksTheTrailAndSetsTheLockTime() throws Exception {
        start(TestSessions.ADMIN, true);
        assertThat(robot.lookup("#navVisits").queryAll()).isEmpty();
        robot.clickOn("#navAccounts");
        WorkDriver.waitUntil(20, () -> robot.lookup("#accountsTable").queryTableView().getItems().size() == 3);
        robot.clickOn("#accountNew");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#accountLogin").queryAll().isEmpty());
        robot.clickOn("#accountLogin").write("akhmetova");
        robot.clickOn("#accountFullName").write("Ахметова Д. С.");
        robot.clickOn("#accountRole");
        driver.chooseInList(Texts.of("account.role.head"));
        robot.clickOn("#accountPassword").write("kratko1");
        robot.clickOn("#accountRepeat").write("kratko1");
        robot.clickOn("#accountSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#accountPasswordError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(label("#accountPasswordError")).contains(Texts.of("password.error.short", 10));
        assertThat(robot.lookup("#accountFullName").queryTextInputControl().getText()).isEqualTo("Ахметова Д. С.");
        driver.retype("#accountPassword", "Vremennyi-parol-5");
        driver.retype("#accountRepeat", "Vremennyi-parol-5");
        robot.clickOn("#accountSave");
        WorkDriver.waitUntil(20, () -> robot.lookup("#accountsTable").queryTableView().getItems().size() == 4);
        try (Connection c = TestDatabases.connect(driver.folder())) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM app_user WHERE login = 'akhmetova' AND user_role = 'HEAD'"
                    + " AND must_change_password")).isOne();
        }

        robot.clickOn("#navAudit");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#auditTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#auditVerify");
        WorkDriver.waitUntil(20, () -> label("#auditStatus").startsWith(Texts.prefix("audit.intact")));
        TableView<?> audit = robot.lookup("#auditTable").queryTableView();
        assertThat(audit.getItems()).hasSizeGreaterThanOrEqualTo(3);
        // «Было» and «Стало» read as field names and values, not as the stored JSON.
        List<String> cells = robot.lookup("#auditTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(cells).anyMatch(t -> t.contains(Texts.of("audit.field.login") + ": akhmetova")).noneMatch(t -> t.startsWith("{"));

        robot.clickOn("#navSettings");
        WorkDriver.waitUntil(20, () -> "15".equals(robot.lookup("#settingsIdleMinutes").queryTextInputControl().getText()));
        driver.retype("#settingsIdleMinutes", "пять");
        robot.clickOn("#settingsSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#settingsIdleMinutesError").tryQuery().map(Node::isVisible).orElse(false));
        driver.retype("#settingsIdleMinutes", "5");
        robot.clickOn("#settingsSave");
        WorkDriver.waitUntil(10, () -> label("#settingsStatus").equals(Texts.of("settings.saved")));
        robot.clickOn("#backupNow");
        WorkDriver.waitUntil(30, () -> label("#settingsStatus").startsWith(Texts.prefix("backup.done")));
        // The manual backup is on disk and heads the table; the day's automatic one, made at sign-in, may be beside it.
        String made = label("#settingsStatus").replaceAll(".*(schoolwatch-\\d{8}-\\d{6}\\.backup).*", "$1");
        assertThat(driver.folder().resolve("backups").resolve(made)).isRegularFile();
        WorkDriver.waitUntil(10, () -> !robot.lookup("#backupsTable").queryTableView().getItems().isEmpty()
                && robot.lookup("#backupsTable").queryTableView().getItems().get(0).toString().contains(made));
        try (Connection c = TestDatabases.connect(driver.folder())) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM app_setting WHERE setting_key = 'security.idle.minutes'"
                    + " AND setting_value = '5'")).isOne();
        }
    }

    @Test
    void theAdministratorRestoresABackupFromSettingsAndEverybodySignsInAgain() throws Exception {
        start(TestSessions.ADMIN, true);
        // The day's automatic backup, begun at sign-in on its own worker, is done before the manual one.
        WorkDriver.waitUntil(60, () -> {
            try (var files = Files.list(driver.folder().resolve("backups"))) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".backup"));
            } catch (IOException notYet) {
                return false;
            }
        });
        robot.clickOn("#navSettings");
        robot.clickOn("#backupNow");
        WorkDriver.waitUntil(30, () -> label("#settingsStatus").startsWith(Texts.prefix("backup.done")));
        // The day's automatic backup made at sign-in, and this one.
        WorkDriver.waitUntil(30, () -> robot.lookup("#backupsTable").queryTableView().getItems().size() == 2);
        String newest = robot.lookup("#backupsTable").queryTableView().getItems().get(0).toString();
        // The rows' cells are laid out on a later pulse than the list changes: wait for the newest file's own cell.
        Predicate<Labeled> newestCell = l -> l.getText() != null && l.getText().startsWith("schoolwatch-") && newest.contains(l.getText());
        WorkDriver.waitUntil(10, () -> !robot.lookup("#backupsTable .table-cell").match(newestCell).queryAll().isEmpty());
        try (Connection c = TestDatabases.connect(driver.folder())) {
            // A change after the backup, which the restore takes back.
            c.createStatement().executeUpdate("UPDATE school SET name = 'Переименована после копии' WHERE id = (SELECT MIN(id) FROM school)");
        }
        robot.clickOn(robot.lookup("#backupsTable .table-cell").match(newestCell).queryAs(Node.class));
        // The list is read again after each backup; a read landing under the click clears the selection, and the
        // button stays disabled: the click is made again on the row as it is now.
        WorkDriver.waitUntil(20, () -> {
            // Evaluated on the FX thread: the row is chosen again right here.
            if (!robot.lookup("#restoreSelected").queryButton().isDisabled()) {
                return true;
            }
            robot.lookup("#backupsTable").queryTableView().getSelectionModel().select(0);
            return false;
        });
        robot.clickOn("#restoreSelected");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#confirmYes").queryAll().isEmpty()
                || label("#settingsStatus").endsWith(Texts.suffix("restore.error.unreadable")));
        assertThat(label("#settingsStatus")).doesNotEndWith(Texts.suffix("restore.error.unreadable"));
        robot.clickOn("#confirmYes");
        WorkDriver.waitUntil(60, () -> !robot.lookup("#signInLogin").queryAll().isEmpty());
        assertThat(label("#statusMessage")).startsWith(Texts.prefix("restore.done"));
        try (Connection c = TestDatabases.connect(driver.folder())) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE name = 'Переименована после копии'")).isZero();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'RESTORE' AND actor = 'admin'")).isOne();
        }
        TestSessions.signIn(robot, TestSessions.HEAD);
        WorkDriver.waitUntil(60, () -> !robot.lookup("#navSchools").queryAll().isEmpty());
    }

    @Test
    void anIdleWindowLocksByItselfAndActivityPostponesIt() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger unlocks = new AtomicInteger();
        TextField field = new TextField();
        field.setId("halfFilled");
        ExecutorTaskRunner tasks = new ExecutorTaskRunner(1);
        IdleLock[] lock = new IdleLock[1];
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(field), 400, 300));
            s.show();
            lock[0] = new IdleLock(s, Duration.ofMillis(1500), "Тест", Messages.russian(), tasks, pw -> {
                if (!new String(pw).equals("секрет")) {
                    throw new SignInRefused("signin.error.wrong");
                }
                unlocks.incrementAndGet();
            }, () -> { });
            lock[0].start();
        });
        robot = new FxRobot();
        robot.clickOn("#halfFilled").write("начало");
        // Typing keeps it open...
        for (int i = 0; i < 4; i++) {
            Thread.sleep(500);
            robot.type(KeyCode.END);
        }
        assertThat(robot.lookup("#lockScreen").queryAll()).isEmpty();
        // ...and a pause locks it.
        WorkDriver.waitUntil(10, () -> !robot.lookup("#lockScreen").queryAll().isEmpty());
        robot.clickOn("#unlockPassword").write("секрет");
        robot.clickOn("#unlockSubmit");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#halfFilled").queryAll().isEmpty());
        assertThat(robot.lookup("#halfFilled").queryTextInputControl().getText()).isEqualTo("начало");
        assertThat(unlocks).hasValue(1);
        FxToolkit.setupFixture(() -> {
            lock[0].stop();
            stage.hide();
        });
        tasks.close();
    }
}
