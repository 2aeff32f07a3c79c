// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The keyboard focus is visible: on the navigation entries, the session's buttons under the name, check boxes and
 * table rows (app.css), where the theme alone showed nothing. Saves a picture to target/screens/focus-*.png to look at.
 */
class FocusStylesTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()));
        stage = SceneFixture.show(() -> {
            window = new MainWindow(Messages.russian());
            window.getStylesheets().add(SchoolWatchApp.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());
            window.setScreens(List.of(new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", () -> {
                TableView<String> table = new TableView<>(FXCollections.observableArrayList("№1", "№2", "№3"));
                table.setId("focusTable");
                TableColumn<String, String> column = new TableColumn<>("Школа");
                column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
                table.getColumns().add(column);
                CheckBox check = new CheckBox("Только без камер");
                check.setId("focusCheck");
                return new VBox(12, check, table);
            }), new Screen("schools", "nav.schools", "mdi2s-school-outline", () -> new VBox())));
            Button lock = new Button("Заблокировать экран");
            lock.setId("focusLock");
            Button signOut = new Button("Выйти");
            signOut.setId("focusSignOut");
            window.setUser("Бекетов А. С.", "Начальник ОП", List.of(lock, signOut));
            return window;
        });
    }

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    private void picture(String name) {
        robot.interact(() -> {
            try {
                Path dir = Path.of("target", "screens");
                Files.createDirectories(dir);
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        dir.resolve("focus-" + name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Color firstFill(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNavigationEntryCheckBoxAndTableRowWithTheFocusAreMarked() throws Exception {
        robot.clickOn("#navDashboard");
        ToggleButton entry = robot.lookup("#navDashboard").queryAs(ToggleButton.class);
        ToggleButton other = robot.lookup("#navSchools").queryAs(ToggleButton.class);
        WorkDriver.waitUntil(5, () -> entry.isFocused() && entry.getBackground() != null);
        // A ring of its own colour around the entry with the focus; the other entry has none.
        assertThat(firstFill(entry)).isEqualTo(Color.web("#d6e6f7"));
        assertThat(other.getBackground() == null || other.getBackground().getFills().isEmpty()
                || !firstFill(other).equals(Color.web("#9cc3ee"))).isTrue();
        picture("navigation");

        CheckBox check = robot.lookup("#focusCheck").queryAs(CheckBox.class);
        robot.interact(check::requestFocus);
        Node box = check.lookup(".box");
        WorkDriver.waitUntil(5, () -> box.getEffect() instanceof DropShadow);

        robot.clickOn("№2");
        TableView<String> table = robot.lookup("#focusTable").queryAs(TableView.class);
        robot.type(KeyCode.DOWN);
        WorkDriver.waitUntil(5, () -> table.isFocused() && table.getFocusModel().getFocusedIndex() == 2);
        TableRow<String> row = (TableRow<String>) robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r
                && r.getIndex() == 2).query();
        WorkDriver.waitUntil(5, () -> row.getBackground() != null && firstFill(row).equals(Color.web("#0969da")));
        picture("table");
    }

    @Test
    void theSessionsButtonWithTheFocusIsMarked() throws Exception {
        Button lock = robot.lookup("#focusLock").queryAs(Button.class);
        Button signOut = robot.lookup("#focusSignOut").queryAs(Button.class);
        robot.interact(lock::requestFocus);
        // The same light ring as the navigation's entries; the session's other button stays as it was.
        WorkDriver.waitUntil(5, () -> lock.isFocused() && lock.getBackground() != null
                && !lock.getBackground().getFills().isEmpty() && firstFill(lock).equals(Color.web("#9cc3ee")));
        assertThat(signOut.getBackground() == null || signOut.getBackground().getFills().isEmpty()
                || !firstFill(signOut).equals(Color.web("#9cc3ee"))).isTrue();
        picture("session-button");
    }
}
