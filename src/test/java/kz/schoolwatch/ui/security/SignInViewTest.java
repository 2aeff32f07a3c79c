// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import kz.schoolwatch.ui.common.HeldTaskRunner;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.ui.SceneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;

/**
 * While a sign-in runs, the form says so in words and with a wait cursor, and holds nothing animated: a spinning
 * ProgressIndicator repainted the window every frame and took a core from the key derivation and the opening of
 * the database it stood for.
 */
class SignInViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    @Test
    void aRunningSignInShowsWordsAndAWaitCursorAndNoSpinner() throws Exception {
        Messages messages = Messages.russian();
        // Holds the sign-in's task without running it: the form stays in its busy state for the checks.
        HeldTaskRunner held = new HeldTaskRunner();
        SignInViewModel model = new SignInViewModel(new SignInService(folder, Clock.systemUTC()), held, messages,
                session -> { }, damaged -> { });
        SignInView[] view = new SignInView[1];
        stage = SceneFixture.show(() -> view[0] = new SignInView(model, messages, false, false));
        Label working = robot.lookup("#signInWorking").queryAs(Label.class);
        assertThat(working.isVisible()).isFalse();

        robot.clickOn("#signInLogin").write("nachalnik");
        robot.clickOn("#signInPassword").write("Demo-2026-shkola");
        robot.clickOn("#signInSubmit");

        assertThat(held.held()).isOne();
        assertThat(working.isVisible()).isTrue();
        assertThat(working.getText()).isEqualTo(messages.get("signin.working"));
        assertThat(view[0].getCursor()).isEqualTo(Cursor.WAIT);
        assertThat(robot.lookup("#signInSubmit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(n -> n instanceof ProgressIndicator).queryAll()).isEmpty();
    }

    @Test
    void anUnknownLoginAndAWrongPasswordShowTheSameMessage() throws Exception {
        Messages messages = Messages.russian();
        SignInService service = new SignInService(folder, Clock.systemUTC());
        String password = "Kazakh-qala-2026";
        service.setUp(new AccountDraft("admin", "Администратор А.", Role.ADMIN, null, null), password.toCharArray(),
                password.toCharArray()).close();
        try (ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            SignInViewModel model = new SignInViewModel(service, tasks, messages, session -> { }, damaged -> { });
            stage = SceneFixture.show(() -> new SignInView(model, messages, false, false));

            String wrongPassword = attempt("admin", "Wrong-password-1");
            String unknownLogin = attempt("nobody", "Wrong-password-1");

            assertThat(wrongPassword).isEqualTo(messages.get("signin.error.wrong"));
            assertThat(unknownLogin).isEqualTo(wrongPassword);
            assertThat(wrongPassword).doesNotContainPattern("\\d");
        }
    }

    private String attempt(String login, String password) throws Exception {
        robot.doubleClickOn("#signInLogin").eraseText(40).write(login);
        robot.clickOn("#signInPassword").write(password);
        robot.clickOn("#signInSubmit");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#signInSubmit").queryButton().isDisabled()
                && !robot.lookup("#signInMessage").queryLabeled().getText().isEmpty());
        // Pressing the button cleared the previous attempt's message, so this one is the answer to this attempt.
        return robot.lookup("#signInMessage").queryLabeled().getText();
    }
}
