// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.tour;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.ui.RunningApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the administrator's «Перенести на сервер…» at 1366×768, saved into target/tour: the settings screen
 * with the button, the dialog empty and after an empty «Перенести», and the summary after the demo city moved onto a
 * new database of the test PostgreSQL server. Run on purpose:
 * {@code mvn test -Dtest=ServerMoveTour -Dsurefire.excludedGroups= -Dgroups=tour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("tour")
class ServerMoveTour {

    @RegisterExtension
    final RunningApp driver = RunningApp.notStarted().withDemoCity();

    @Test
    void administratorMovesThePcToTheServer() throws Exception {
        FxRobot robot = driver.startAs(TestSessions.ADMIN);
        Stage stage = (Stage) robot.lookup("#navDashboard").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Thread.sleep(1500);
        robot.clickOn("#navSettings");
        Thread.sleep(2000);
        DialogTour.shot(stage.getScene(), "server-move-0-settings");
        List<Window> before = List.copyOf(Window.getWindows());
        robot.clickOn("#settingsMoveToServer");
        Thread.sleep(1500);
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).reduce((a, b) -> b).orElseThrow();
        DialogTour.shot(dialog.getScene(), "server-move-1-empty");
        robot.clickOn("#moveStart");
        Thread.sleep(800);
        DialogTour.shot(dialog.getScene(), "server-move-2-empty-start");
        ServerAddress address = PostgresServer.newDatabase();
        robot.interact(() -> {
            text(dialog, "#moveHost", address.host());
            text(dialog, "#movePort", Integer.toString(address.port()));
            text(dialog, "#moveDatabase", address.database());
            text(dialog, "#moveLogin", PostgresServer.LOGIN);
            text(dialog, "#movePassword", "test");
            ((CheckBox) dialog.getScene().lookup("#moveAllowUnencrypted")).setSelected(true);
        });
        robot.clickOn("#moveStart");
        for (int i = 0; i < 120 && dialog.getScene().lookup("#moveCancel").isVisible(); i++) {
            Thread.sleep(500);
        }
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        DialogTour.shot(dialog.getScene(), "server-move-3-done");
    }

    private static void text(Window dialog, String id, String value) {
        ((TextField) dialog.getScene().lookup(id)).setText(value);
    }
}
