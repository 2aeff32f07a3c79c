// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Work for the FX thread that nobody is waiting for (building a screen ahead), run once the user has left the
 * mouse and keyboard alone for a while, so that it does not hold up what they are doing.
 */
public final class QuietSpell {

    private QuietSpell() {
    }

    /** Runs {@code work} on the FX thread after {@code quiet} without input in {@code scene}. Call on the FX thread. */
    public static void then(Scene scene, Duration quiet, Runnable work) {
        PauseTransition wait = new PauseTransition(quiet);
        EventHandler<InputEvent> restart = e -> wait.playFromStart();
        scene.addEventFilter(InputEvent.ANY, restart);
        wait.setOnFinished(e -> {
            scene.removeEventFilter(InputEvent.ANY, restart);
            work.run();
        });
        wait.play();
    }
}
