// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javafx.scene.control.Label;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.service.security.SignInService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The demo accounts' password is shown where it is needed, not all session for every role: to the administrator who
 * loaded the demo city, in a notice they close, and on the sign-in form of a program started as the demo.
 */
class DemoPasswordUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    private final FxRobot robot = app;

    private String status() {
        return robot.lookup("#statusMessage").queryAs(Label.class).getText();
    }

    private boolean exists(String query) {
        return !robot.lookup(query).queryAll().isEmpty();
    }

    @Test
    void thePasswordIsShownToTheAdministratorWhoLoadedTheDemoAndOnTheSignInFormOnly() throws Exception {
        // An empty database with its administrator only: the demo city is loaded at the first sign-in.
        try (var admin = new SignInService(app.folder(), Clock.systemDefaultZone()).setUp(new AccountDraft(TestSessions.ADMIN,
                "Администратор", Role.ADMIN, null, null), TestSessions.PASSWORD.toCharArray(), TestSessions.PASSWORD.toCharArray())) {
            assertThat(admin.account().role()).isEqualTo(Role.ADMIN);
        }
        app.launch().signIn(TestSessions.ADMIN);

        // The administrator who loaded it is told the accounts in a notice, not in the status bar, and can close it.
        WorkDriver.waitUntil(120, () -> exists("#noticeText") && exists("#navDashboard"));
        assertThat(robot.lookup("#noticeText").queryAs(Label.class).getText()).contains(TestSessions.PASSWORD);
        assertThat(status()).doesNotContain(TestSessions.PASSWORD);
        robot.clickOn("#noticeClose");
        WorkDriver.waitUntil(10, () -> !exists("#notice"));

        // Signed out: the sign-in form of the demo names the accounts.
        robot.clickOn("#userSignOut");
        WorkDriver.waitUntil(60, () -> exists("#signInLogin"));
        assertThat(status()).contains(TestSessions.PASSWORD).contains(TestSessions.HEAD);

        // The head of unit's working window says nothing of it.
        TestSessions.signIn(robot, TestSessions.HEAD);
        WorkDriver.waitUntil(60, () -> exists("#navDashboard"));
        assertThat(status()).doesNotContain(TestSessions.PASSWORD);
        assertThat(exists("#notice")).isFalse();
    }
}
