// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.time.YearMonth;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import kz.schoolwatch.Texts;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A damaged page met during work, not at the opening: the head of unit signs in as usual, the monthly summary's
 * read meets the damage, and the window stops the session and shows the sign-in's damaged-file screen; restoring
 * the newest backup from there leads back into the program, with the meeting in the audit trail.
 */
class DamagedPageUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted();

    private final FxRobot robot = app;

    private boolean present(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aSessionThatMeetsADamagedPageShowsTheDamagedFileScreenAndTheRestoreLeadsBackIn() throws Exception {
        TestSessions.prepare(app.folder(), true);
        Clock clock = Clock.systemDefaultZone();
        try (SignedIn admin = new SignInService(app.folder(), clock).signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray());
             AppContext context = new AppContext(admin, Messages.russian(), clock)) {
            context.backups().backupNow();
            // Recent enough that the daily backup after the sign-in is not due: the newest backup stays this one.
        }
        TestDamage.breakAfterOpening(app.folder(), YearMonth.now(clock).minusMonths(1));

        app.launch().signIn(TestSessions.HEAD);
        WorkDriver.waitUntil(60, () -> present("#navMonthlySummary") || present("#damagedView"));
        // The dashboard's own reads may meet the damage first and take the screens away: the press is made only if
        // the button is still there, on the FX thread, so the two cannot cross.
        robot.interact(() -> robot.lookup("#navMonthlySummary").tryQuery()
                .filter(n -> n.getScene() != null).ifPresent(n -> ((ButtonBase) n).fire()));
        WorkDriver.waitUntil(60, () -> present("#damagedView") && !robot.lookup("#damagedExport").query().isDisabled());

        assertThat(robot.lookup("#navMonthlySummary").tryQuery()).as("the screens are gone").isEmpty();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo(Texts.of("damaged.metInSession"));
        assertThat(present("#damagedRestore")).isTrue();
        assertThat(present("#damagedExport")).isTrue();

        robot.clickOn("#damagedRestore");
        WorkDriver.waitUntil(60, () -> present("#navDashboard"));
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith(Texts.prefix("damaged.restored")).contains("damaged-");
        try (var files = Files.list(app.folder())) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("damaged-"))).hasSize(1);
        }
        app.close();
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM audit_entry WHERE action = 'DAMAGE_FOUND' AND actor = '"
                    + TestSessions.HEAD + "'")).isEqualTo(1);
        }
    }
}
