// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javafx.stage.Window;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.DatabaseOpening;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.app.StartupTiming;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.H2Url;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on a data folder for the daily-work UI tests, with the helpers they share. */
public final class WorkDriver {

    private final Path folder;
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    public WorkDriver(Path folder) {
        this.folder = folder;
    }

    /** Starts the app (with the demo city when {@code --demo}) as the head of unit; waits for the navigation. */
    public FxRobot start(String... args) throws Exception {
        return startAs(TestSessions.HEAD, args);
    }

    /** Starts the app and signs in as {@code login} (a test account, see {@link kz.schoolwatch.TestSessions}). */
    public FxRobot startAs(String login, String... args) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppOptions options = AppOptions.parse(args);
        TestSessions.prepare(folder, Arrays.asList(args).contains("--demo"));
        DatabaseOpening opening = DatabaseOpening.of(folder);
        FxToolkit.setupStage(s -> new SchoolWatchApp(options, Messages.russian(), opening, new StartupTiming(), () -> { }).start(s));
        TestSessions.signIn(robot, login);
        waitUntil(60, () -> !robot.lookup("#navDashboard").queryAll().isEmpty());
        return robot;
    }

    /** Clicks the entry reading {@code text} in the open drop-down list (not a table cell with the same text). */
    public void chooseInList(String text) throws Exception {
        for (int attempt = 1; ; attempt++) {
            // Visible cells only: a screen built ahead waits hidden in the scene with combo boxes of its own.
            Node cell = robot.lookup(".list-cell").match(NodeQueryUtils.isVisible())
                    .match((Labeled l) -> text.equals(l.getText())).query();
            Window list = cell.getScene().getWindow();
            robot.clickOn(cell);
            if (!(list instanceof PopupWindow)) {
                return;
            }
            // A choice is made when its popup has closed. Until then the popup may still cover the form below it,
            // where the next click (often «Сохранить») would land on the list instead. On a slow first start the
            // click on a popup still being laid out can be lost: then it is clicked once more.
            try {
                waitUntil(5, () -> !list.isShowing());
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Replaces the text of the field {@code id} as a user would: select all, type. */
    public void retype(String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    public void stop() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
    }

    /**
     * Waits until {@code condition} holds. It is evaluated on the FX thread, which is where tables' lists
     * change: read from the test thread they can change mid-read.
     */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code condition} evaluated on the FX thread. */
    static boolean onFx(BooleanSupplier condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    }

    /** The single number a {@code SELECT COUNT(*) …} returns. */
    public static int count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A second JDBC connection to the app's database (same JVM, so H2 shares the open file). */
    public Connection jdbc() throws SQLException {
        return TestDatabases.connect(folder);
    }

    /** Saves what the window shows under target/screenshots, to look at while developing. */
    public void snapshot(String name) {
        try {
            Scene scene = stage.getScene();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException | RuntimeException | InterruptedException | ExecutionException
                 | TimeoutException e) {
            // Screenshots help a developer; they never fail a test.
        }
    }

    public Stage stage() {
        return stage;
    }
}
