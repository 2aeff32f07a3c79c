// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kz.schoolwatch.ui.RunningApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a walk through every screen of every role at a laptop's 1366×768 (and at 1920×1080), saving a
 * picture of each into target/tour, so the screens can be looked at without a display. Run on purpose:
 * {@code mvn test -Dtest=ScreenTour -Dsurefire.excludedGroups= -Dgroups=tour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("tour")
class ScreenTour {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();

    @ParameterizedTest
    @CsvSource({"nachalnik,1366,768", "inspektor,1366,768", "admin,1366,768", "nachalnik,1920,1080"})
    void everyScreen(String login, int width, int height) throws Exception {
        FxRobot robot = driver.startAs(login);
        Stage stage = (Stage) robot.lookup("#navDashboard").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Thread.sleep(3000);
        WaitForAsyncUtils.waitForFxEvents();
        List<ToggleButton> nav = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        int i = 0;
        for (ToggleButton button : nav) {
            robot.clickOn(button);
            Thread.sleep(2500);
            WaitForAsyncUtils.waitForFxEvents();
            save(stage.getScene(), String.format("%s-%dx%d-%02d-%s", login, width, height, i++, button.getId()));
        }
        if (!login.equals("admin")) {
            robot.clickOn("#navSchools");
            Thread.sleep(1500);
            robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
            Thread.sleep(2500);
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage card) {
                    for (Node tab : robot.lookup(".tab").queryAll()) {
                        robot.clickOn(tab);
                        Thread.sleep(1200);
                        save(card.getScene(), String.format("%s-%dx%d-card-%02d", login, width, height, i++));
                    }
                }
            }
        }
    }

    private static void save(Scene scene, String name) throws Exception {
        Path dir = Path.of("target", "tour");
        Files.createDirectories(dir);
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
