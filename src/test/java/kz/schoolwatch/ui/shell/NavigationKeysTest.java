// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The navigation list by keyboard: the entry the arrows move to is the screen on show, at every step. */
class NavigationKeysTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @BeforeEach
    void show() throws Exception {
        stage = SceneFixture.show(() -> {
            window = new MainWindow(Messages.russian());
            window.setScreens(List.of(screen("dashboard", "nav.dashboard"), screen("schools", "nav.schools"),
                    screen("cameras", "nav.cameras")));
            return window;
        });
    }

    private static Screen screen(String id, String key) {
        return new Screen(id, key, "mdi2v-view-dashboard-outline", () -> {
            Label view = new Label(id);
            view.setId(id + "View");
            return view;
        });
    }

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    /** The screen on show, and the navigation entry that is selected and holds the focus, agree. */
    private void assertShown(String id) {
        String nav = "#nav" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
        ToggleButton entry = robot.lookup(nav).query();
        assertThat(entry.isSelected()).as(nav + " selected").isTrue();
        assertThat(entry.isFocused()).as(nav + " focused").isTrue();
        assertThat(window.currentScreen()).contains(id);
        Node view = robot.lookup("#" + id + "View").query();
        assertThat(view.isVisible() && view.getScene() != null).as(id + " on show").isTrue();
        assertThat(robot.lookup(".label").match(n -> n.getId() != null && n.getId().endsWith("View") && n.isVisible())
                .queryAll()).hasSize(1);
    }

    @Test
    void arrowKeysOpenTheEntryTheyMoveTo() {
        robot.clickOn("#navDashboard");
        assertShown("dashboard");

        robot.type(KeyCode.DOWN);
        assertShown("schools");
        robot.type(KeyCode.DOWN);
        assertShown("cameras");
        // At the end of the list it stays where it is.
        robot.type(KeyCode.DOWN);
        assertShown("cameras");
        robot.type(KeyCode.UP);
        assertShown("schools");
        robot.type(KeyCode.HOME);
        assertShown("dashboard");
        robot.type(KeyCode.END);
        assertShown("cameras");
    }

    @Test
    void tabEntersTheListAtTheEntryOnShow() {
        robot.clickOn("#navSchools");
        assertShown("schools");
        assertThat(robot.lookup("#navDashboard").<ToggleButton>query().isFocusTraversable()).isFalse();
        assertThat(robot.lookup("#navSchools").<ToggleButton>query().isFocusTraversable()).isTrue();
    }
}
