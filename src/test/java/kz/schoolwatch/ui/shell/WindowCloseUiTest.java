// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import kz.schoolwatch.Texts;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Closing the window with its close button: the backup on exit is made in the background while the window says so,
 * nothing is thrown, and the program's exit runs on the FX thread after the window is gone, not inside its hiding
 * (where {@code Platform.exit} ended the toolkit under the window and printed an IllegalStateException).
 */
class WindowCloseUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted();

    private final FxRobot robot = app;
    private Thread.UncaughtExceptionHandler previousHandler;
    private PrintStream previousErr;

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        if (previousErr != null) {
            System.setErr(previousErr);
        }
    }

    private int backups() {
        try {
            return Backups.list(app.folder()).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void closingMakesTheBackupOffTheFxThreadAndExitsWithoutAnException() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        AtomicBoolean exited = new AtomicBoolean();
        AtomicReference<String> exitProblem = new AtomicReference<>();
        Runnable exit = () -> {
            if (!Platform.isFxApplicationThread()) {
                exitProblem.set("exit off the FX thread");
            } else if (Arrays.stream(new Throwable().getStackTrace())
                    .anyMatch(f -> f.getClassName().equals("javafx.stage.Window") && f.getMethodName().equals("hide"))) {
                exitProblem.set("exit inside Window.hide");
            } else if (app.stage().isShowing()) {
                exitProblem.set("exit with the window up");
            }
            exited.set(true);
        };
        app.onExit(exit).start();
        Stage stage = app.stage();
        // The day's first backup is made after sign-in; the one on exit must come on top of it.
        WorkDriver.waitUntil(60, () -> backups() == 1);
        Thread.sleep(1100);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        previousErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        AtomicReference<String> shownWhileSaving = new AtomicReference<>();
        robot.interact(() -> {
            // As the window system does on the close button.
            Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            shownWhileSaving.set(((Label) stage.getScene().lookup("#busyMessage")).getText());
        });
        assertThat(shownWhileSaving.get()).isEqualTo(Texts.of("shell.backupOnExit"));

        WorkDriver.waitUntil(60, exited::get);
        robot.sleep(300);
        assertThat(stage.isShowing()).isFalse();
        assertThat(exitProblem.get()).isNull();
        assertThat(uncaught).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(backups()).isEqualTo(2);
    }
}
