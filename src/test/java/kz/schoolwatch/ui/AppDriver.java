// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.DatabaseOpening;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.app.StartupTiming;
import kz.schoolwatch.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app on a data folder and drives it as a user would, by fx:id. */
final class AppDriver extends FxRobot {

    private Stage stage;

    /** Starts SchoolWatch on {@code folder} with the given command-line options. */
    AppDriver start(Path folder, String... args) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppOptions options = AppOptions.parse(args);
        TestSessions.prepare(folder, Arrays.asList(args).contains("--demo"));
        DatabaseOpening opening = DatabaseOpening.of(folder);
        FxToolkit.setupStage(s -> new SchoolWatchApp(options, Messages.russian(), opening, new StartupTiming(), () -> { }).start(s));
        TestSessions.signIn(this, TestSessions.HEAD);
        return this;
    }

    /** Waits for the dashboard's figures, i.e. until the database is open and the screens are in place. */
    AppDriver awaitDashboard() throws TimeoutException {
        await(() -> exists("#dashboardCamerasTotal") && !text("#dashboardCamerasTotal").equals("—"));
        return this;
    }

    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
    }

    boolean exists(String query) {
        return !lookup(query).queryAll().isEmpty();
    }

    String text(String query) {
        Node n = lookup(query).query();
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        throw new IllegalArgumentException(query + " is a " + n.getClass().getSimpleName());
    }

    static int number(String shown) {
        return Integer.parseInt(shown.replaceAll("\\D", ""));
    }

    void await(BooleanSupplier condition) throws TimeoutException {
        // Evaluated on the FX thread (see WorkDriver.waitUntil); a node not there yet counts as "not yet".
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WorkDriver.onFx(() -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of a field as a user would: click, select all, type. */
    AppDriver fill(String query, String text) {
        clickOn(query);
        TextInputControl field = lookup(query).query();
        interact(field::clear);
        if (!text.isEmpty()) {
            write(text);
        }
        return this;
    }

    /**
     * Saves a picture of the window holding {@code query} under target/screens when -Dscreens=true:
     * how the developers look at headless screens.
     */
    void screenshot(String query, String name) {
        if (!Boolean.getBoolean("screens")) {
            return;
        }
        Scene scene = lookup(query).query().getScene();
        interact(() -> {
            try {
                Path dir = Path.of("target", "screens");
                Files.createDirectories(dir);
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
