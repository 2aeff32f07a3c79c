// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Work nobody waits for runs only once the user has left mouse and keyboard alone. */
class QuietSpellTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    @Test
    void waitsWhileTheUserIsBusyThenRunsOnce() throws Exception {
        stage = SceneFixture.show(() -> {
            Button a = new Button("первая");
            a.setId("first");
            Button b = new Button("вторая");
            b.setId("second");
            return new VBox(40, a, b);
        });
        AtomicLong ranAt = new AtomicLong();
        AtomicLong runs = new AtomicLong();
        robot.interact(() -> QuietSpell.then(stage.getScene(), Duration.millis(600), () -> {
            ranAt.set(System.nanoTime());
            runs.incrementAndGet();
        }));
        // Busy for about 2 s: the mouse keeps moving, so the work must wait.
        long lastInput = 0;
        for (int i = 0; i < 8; i++) {
            robot.moveTo(i % 2 == 0 ? "#first" : "#second");
            lastInput = System.nanoTime();
            robot.sleep(200);
        }
        assertThat(runs).hasValue(0);

        WorkDriver.waitUntil(10, () -> runs.get() == 1);
        assertThat((ranAt.get() - lastInput) / 1e6).isGreaterThan(300);
        robot.moveTo("#first");
        robot.sleep(1000);
        assertThat(runs).hasValue(1);
    }
}
