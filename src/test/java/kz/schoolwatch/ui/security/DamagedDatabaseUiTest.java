// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.DatabaseOpening;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.app.StartupTiming;
import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A damaged database file as the user meets it: the right password opens the damage screen instead of the
 * program; with a backup, restoring it leads into the program on the backup's data; without one, only the
 * export and the exit are offered.
 */
class DamagedDatabaseUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final AtomicBoolean exited = new AtomicBoolean();
    private Stage stage;

    /** Starts the program on the damaged folder and signs in as the administrator, up to the damage screen. */
    private void signInToDamaged() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        DatabaseOpening opening = DatabaseOpening.of(folder);
        FxToolkit.setupStage(s -> {
            try {
                new SchoolWatchApp(AppOptions.parse(), Messages.russian(), opening, new StartupTiming(), () -> exited.set(true)).start(s);
            } catch (AppOptions.UsageException e) {
                throw new IllegalStateException(e);
            }
        });
        TestSessions.signIn(robot, TestSessions.ADMIN);
        WorkDriver.waitUntil(60, () -> !robot.lookup("#damagedView").queryAll().isEmpty() && !busy());
    }

    private boolean busy() {
        return robot.lookup("#damagedExport").query().isDisabled();
    }

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @AfterEach
    void stop() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
    }

    @Test
    void restoringTheNewestBackupFromTheDamageScreenLeadsIntoTheProgramOnTheBackupsData() throws Exception {
        TestDamage.prepareDamaged(folder, true, false);
        signInToDamaged();

        assertThat(shown("#damagedRestore")).isTrue();
        assertThat(shown("#damagedExport")).isTrue();
        assertThat(shown("#damagedExit")).isTrue();
        assertThat(label("#damagedText")).contains(folder.resolve("schoolwatch.mv.db").toString());
        assertThat(label("#damagedBackup")).contains("schoolwatch-").contains(Formats.DATE.format(LocalDate.now()));

        robot.clickOn("#damagedRestore");
        WorkDriver.waitUntil(60, () -> !robot.lookup("#navDashboard").queryAll().isEmpty());

        assertThat(label("#statusMessage")).contains("восстановлена").contains("damaged-");
        try (Connection c = TestDatabases.connect(folder)) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE name = '" + TestDamage.IN_BACKUP + "'")).isEqualTo(1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE name = '" + TestDamage.AFTER_BACKUP + "'")).isZero();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'RESTORE'")).isEqualTo(1);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("damaged-"))
                    .map(p -> p.resolve("schoolwatch.mv.db"))).singleElement().satisfies(p -> assertThat(p).exists());
        }
    }

    @Test
    void withoutABackupTheDamageScreenOffersOnlyTheExportAndTheExit() throws Exception {
        TestDamage.prepareDamaged(folder, false, true);
        signInToDamaged();

        assertThat(shown("#damagedRestore")).isFalse();
        assertThat(shown("#damagedExport")).isTrue();
        assertThat(shown("#damagedExit")).isTrue();
        assertThat(label("#damagedBackup")).isEqualTo(Messages.russian().get("damaged.noBackup"));

        robot.clickOn("#damagedExport");
        WorkDriver.waitUntil(60, () -> !label("#damagedMessage").isEmpty());
        assertThat(label("#damagedMessage")).contains("recovered-").contains("не зашифрован");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("recovered-"))).hasSize(1);
        }

        robot.clickOn("#damagedExit");
        WorkDriver.waitUntil(10, exited::get);
        stage = null;
    }
}
