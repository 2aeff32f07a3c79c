// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.ui.RunningApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: opens each form dialog (event, officer, leisure centre, offence, camera, account) at 1366×768 and
 * saves a picture of it, empty and after an empty save, into target/tour. Run on purpose:
 * {@code mvn test -Dtest=DialogTour -Dsurefire.excludedGroups= -Dgroups=tour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("tour")
class DialogTour {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();

    @Test
    void headOfUnitDialogs() throws Exception {
        FxRobot robot = driver.startAs(TestSessions.HEAD);
        Stage stage = laptop(robot);
        dialog(robot, stage, "#navEvents", "#eventNew", "#eventSave", "event");
        dialog(robot, stage, "#navOfficers", "#officerNew", null, "officer");
        dialog(robot, stage, "#navLeisure", "#leisureNew", null, "leisure");
        dialog(robot, stage, "#navOffences", "#offenceNew", null, "offence");
        dialog(robot, stage, "#navVisits", null, null, "visit");
        robot.clickOn("#navSchools");
        Thread.sleep(1500);
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        Thread.sleep(2500);
        Stage card = (Stage) Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .findFirst().orElseThrow();
        shot(card.getScene(), "dialog-card");
        dialog(robot, stage, null, "#schoolNewVisit", null, "card-visit");
        dialog(robot, stage, null, "#schoolNewEvent", null, "card-event");
        robot.clickOn("#tabCameras");
        Thread.sleep(1000);
        dialog(robot, stage, null, "#cameraAdd", null, "camera");
    }

    @Test
    void administratorDialogs() throws Exception {
        FxRobot robot = driver.startAs(TestSessions.ADMIN);
        Stage stage = laptop(robot);
        dialog(robot, stage, "#navAccounts", "#accountNew", null, "account");
    }

    private static Stage laptop(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.lookup("#navDashboard").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Thread.sleep(2000);
        return stage;
    }

    private static void dialog(FxRobot robot, Stage main, String nav, String open, String save, String name) throws Exception {
        if (nav != null) {
            robot.clickOn(nav);
            Thread.sleep(2000);
        }
        if (open == null) {
            shot(main.getScene(), "dialog-" + name);
            return;
        }
        List<Window> before = List.copyOf(Window.getWindows());
        robot.clickOn(open);
        Thread.sleep(2500);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).reduce((a, b) -> b).orElseThrow();
        shot(dialog.getScene(), "dialog-" + name + "-1");
        Parent root = dialog.getScene().getRoot();
        System.out.println("TOUR " + name + " window " + dialog.getWidth() + "x" + dialog.getHeight() + " root " + root.getClass().getSimpleName()
                + " pref " + root.prefWidth(-1) + " max " + root.maxWidth(-1) + " min " + root.minWidth(-1));
        Node saveButton = dialog.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> b instanceof Button button && button.isDefaultButton()).findFirst().orElse(null);
        if (saveButton != null) {
            robot.clickOn(saveButton);
            Thread.sleep(1200);
            shot(dialog.getScene(), "dialog-" + name + "-2-empty-save");
        }
        robot.type(KeyCode.ESCAPE);
        Thread.sleep(500);
    }

    static void shot(Scene scene, String name) throws Exception {
        Path dir = Path.of("target", "tour");
        Files.createDirectories(dir);
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
    }
}
