// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.control.Label;
import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A damaged database file as the user meets it: the right password opens the damage screen instead of the
 * program; with a backup, restoring it leads into the program on the backup's data; without one, only the
 * export and the exit are offered.
 */
class DamagedDatabaseUiTest {

    private final AtomicBoolean exited = new AtomicBoolean();

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().onExit(() -> exited.set(true));

    private final FxRobot robot = app;

    /** Starts the program on the damaged folder and signs in as the administrator, up to the damage screen. */
    private void signInToDamaged() throws Exception {
        app.launch().signIn(TestSessions.ADMIN);
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

    @Test
    void restoringTheNewestBackupFromTheDamageScreenLeadsIntoTheProgramOnTheBackupsData() throws Exception {
        TestDamage.prepareDamaged(app.folder(), true, false);
        signInToDamaged();

        assertThat(shown("#damagedRestore")).isTrue();
        assertThat(shown("#damagedExport")).isTrue();
        assertThat(shown("#damagedExit")).isTrue();
        assertThat(label("#damagedText")).contains(app.folder().resolve("schoolwatch.mv.db").toString());
        assertThat(label("#damagedBackup")).contains("schoolwatch-").contains(Formats.DATE.format(LocalDate.now()));

        robot.clickOn("#damagedRestore");
        WorkDriver.waitUntil(60, () -> !robot.lookup("#navDashboard").queryAll().isEmpty());

        assertThat(label("#statusMessage")).startsWith(Texts.prefix("damaged.restored")).contains("damaged-");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE name = '" + TestDamage.IN_BACKUP + "'")).isEqualTo(1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school WHERE name = '" + TestDamage.AFTER_BACKUP + "'")).isZero();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'RESTORE'")).isEqualTo(1);
        }
        try (var files = Files.list(app.folder())) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("damaged-"))
                    .map(p -> p.resolve("schoolwatch.mv.db"))).singleElement().satisfies(p -> assertThat(p).exists());
        }
    }

    @Test
    void withoutABackupTheDamageScreenOffersOnlyTheExportAndTheExit() throws Exception {
        TestDamage.prepareDamaged(app.folder(), false, true);
        signInToDamaged();

        assertThat(shown("#damagedRestore")).isFalse();
        assertThat(shown("#damagedExport")).isTrue();
        assertThat(shown("#damagedExit")).isTrue();
        assertThat(label("#damagedBackup")).isEqualTo(Texts.of("damaged.noBackup"));

        robot.clickOn("#damagedExport");
        WorkDriver.waitUntil(60, () -> !label("#damagedMessage").isEmpty());
        // Whether the recovery tool read the whole file or stopped at the damage depends on where the damage fell.
        String said = label("#damagedMessage");
        assertThat(said).contains("recovered-").satisfiesAnyOf(
                s -> assertThat(s).startsWith(Texts.prefix("damaged.exported")).endsWith(Texts.suffix("damaged.exported")),
                s -> assertThat(s).startsWith(Texts.prefix("damaged.exportedPartly")).endsWith(Texts.suffix("damaged.exportedPartly")));
        try (var files = Files.list(app.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("recovered-"))).hasSize(1);
        }

        robot.clickOn("#damagedExit");
        WorkDriver.waitUntil(10, exited::get);
    }
}
