// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;
import kz.schoolwatch.ui.common.AfterPulse;
import kz.schoolwatch.ui.security.SignInViewModel;

/**
 * For {@code --startup-timing} only: the moments the start-up benchmark reads (first frame, sign-in form painted,
 * «Войти» pressed, the form or the dashboard painted), printed on standard output, after which the program ends.
 */
final class StartupBenchmark {

    private final StartupTiming timing;
    private final Runnable end;
    private long firstFrameMillis = -1;
    /** With a timed sign-in: when the sign-in form was painted, and when the benchmark pressed «Войти». */
    private long signInFormMillis = -1;
    private long pressMillis = -1;

    /** {@code end} ends the program once the last moment is printed. */
    StartupBenchmark(StartupTiming timing, Runnable end) {
        this.timing = timing;
        this.end = end;
    }

    /** Notes when the first frame of {@code scene} is laid out. */
    void watchFirstFrame(Scene scene) {
        AfterPulse.once(scene, () -> firstFrameMillis = timing.elapsedMillis());
    }

    /** The benchmark's own sign-in, pressed when the form is painted (or after its typing pause). */
    void signIn(Scene scene, SignInViewModel model, TimedSignIn timed) {
        AfterPulse.once(scene, () -> {
            signInFormMillis = timing.elapsedMillis();
            model.loginProperty().set(timed.login());
            model.passwordProperty().set(timed.password());
            PauseTransition typing = new PauseTransition(Duration.millis(timed.typing().toMillis()));
            typing.setOnFinished(e -> {
                pressMillis = timing.elapsedMillis();
                model.signIn();
            });
            typing.play();
        });
    }

    /** Prints the moments and {@code what} once the next frame of {@code scene} is painted, then ends the program. */
    void report(Scene scene, String what) {
        AfterPulse.once(scene, () -> {
            long ready = timing.elapsedMillis();
            System.out.println("startup.firstFrameMillis=" + firstFrameMillis);
            if (signInFormMillis >= 0) {
                System.out.println("startup.signInMillis=" + signInFormMillis);
                System.out.println("startup.pressMillis=" + pressMillis);
            }
            System.out.println(what + "=" + ready);
            end.run();
        });
        scene.getRoot().requestLayout();
    }
}
