// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window's screens: built once, and a screen prepared ahead opens as that same, already styled view. */
class MainWindowTest {

    private final AtomicInteger dashboardBuilds = new AtomicInteger();
    private final AtomicInteger visitsBuilds = new AtomicInteger();
    private final ObservableList<String> schools = FXCollections.observableArrayList("№1", "№2", "№3");
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @BeforeEach
    void show() throws Exception {
        stage = SceneFixture.show(() -> {
            window = new MainWindow(Messages.russian());
            window.setScreens(List.of(
                    new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", () -> {
                        dashboardBuilds.incrementAndGet();
                        return new Label("dashboard");
                    }),
                    new Screen("visits", "nav.visits", "mdi2c-clipboard-text-outline", () -> {
                        visitsBuilds.incrementAndGet();
                        ComboBox<String> school = new ComboBox<>(schools);
                        school.setId("preparedSchool");
                        school.setValue("№2");
                        VBox view = new VBox(school);
                        view.setId("preparedView");
                        return view;
                    })));
            return window;
        });
    }

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    @Test
    void aPreparedScreenWaitsHiddenInTheSceneAndOpensAsTheSameViewWithoutBuildingAgain() throws Exception {
        robot.interact(() -> window.prepare("visits"));
        Node prepared = robot.lookup("#preparedView").query();
        assertThat(visitsBuilds).hasValue(1);
        assertThat(prepared.getScene()).isSameAs(stage.getScene());
        assertThat(prepared.isVisible()).isFalse();
        assertThat(robot.lookup("dashboard").queryLabeled().isVisible()).isTrue();
        // Styled and laid out by the pulses while hidden: its control already has its skin.
        ComboBox<String> school = robot.lookup("#preparedSchool").query();
        WorkDriver.waitUntil(10, () -> school.getSkin() != null && school.getWidth() > 0);

        // Its lists may change while it waits, as a new school would change them.
        robot.interact(() -> schools.setAll("№2", "№4"));
        robot.interact(() -> window.prepare("visits"));
        assertThat(visitsBuilds).hasValue(1);

        robot.clickOn("#navVisits");
        assertThat(robot.lookup("#preparedView").<Node>query()).isSameAs(prepared);
        assertThat(prepared.isVisible()).isTrue();
        assertThat(visitsBuilds).hasValue(1);
        assertThat(school.getValue()).isEqualTo("№2");
        // The screen left is out of the scene, as any screen not on show.
        assertThat(robot.lookup("dashboard").tryQuery()).isEmpty();

        robot.clickOn("#navDashboard");
        assertThat(dashboardBuilds).hasValue(1);
        assertThat(prepared.getScene()).isNull();
        robot.clickOn("#navVisits");
        assertThat(visitsBuilds).hasValue(1);
        assertThat(prepared.isVisible()).isTrue();
    }

    @Test
    void preparingAnUnknownScreenOrAfterSignOutDoesNothing() throws Exception {
        robot.interact(() -> window.prepare("accounts"));
        assertThat(window.isBuilt("accounts")).isFalse();
        robot.interact(() -> window.showSignIn(new Label("вход")));
        robot.interact(() -> window.prepare("visits"));
        assertThat(visitsBuilds).hasValue(0);
        assertThat(robot.lookup("#preparedView").tryQuery()).isEmpty();
    }
}
