// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kz.schoolwatch.Texts;
import kz.schoolwatch.ui.common.HeldTaskRunner;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The lock screen names who is signed in so that it reads right whatever the name: «Работа Бекетов А. С. не закрыта»
 * put a name in the nominative where Russian wants the genitive.
 */
class IdleLockTextTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private IdleLock lock;

    @AfterEach
    void hide() throws Exception {
        if (lock != null) {
            robot.interact(lock::stop);
        }
        SceneFixture.hide(stage);
    }

    @Test
    void theLockScreenNamesTheSessionsOwnerOnItsOwn() throws Exception {
        stage = SceneFixture.show(() -> new StackPane(new Label("работа")));
        robot.interact(() -> {
            lock = new IdleLock(stage, Duration.ofMinutes(15), "Бекетов А. С.", Messages.russian(), new HeldTaskRunner(), pw -> { }, () -> { });
            lock.lock();
        });
        String text = robot.lookup("#lockUser").queryAs(Label.class).getText();
        assertThat(text).isEqualTo(Texts.of("lock.user", "Бекетов А. С."));
        assertThat(text).doesNotContain("Работа Бекетов");
    }
}
