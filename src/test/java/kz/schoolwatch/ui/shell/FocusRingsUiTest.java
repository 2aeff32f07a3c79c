// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import kz.schoolwatch.ui.common.Mnemonics;

/**
 * Whatever control the Tab key reaches shows it, under the program's theme and stylesheet: a button, a text field,
 * a text area, a drop-down list, a date field, a table and a navigation entry each look different with the focus
 * than without it.
 */
class FocusRingsUiTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()));
        stage = SceneFixture.show(() -> {
            MainWindow window = new MainWindow(Messages.russian());
            window.getStylesheets().add(SchoolWatchApp.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());
            window.setScreens(List.of(new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", () -> {
                Button button = new Button("Сохранить");
                button.setId("ringButton");
                TextField field = new TextField();
                field.setId("ringField");
                TextArea area = new TextArea();
                area.setId("ringArea");
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("Алатауский", "Бостандыкский"));
                combo.setId("ringCombo");
                DatePicker date = new DatePicker();
                date.setId("ringDate");
                TableView<String> table = new TableView<>(FXCollections.observableArrayList("№1", "№2"));
                table.setId("ringTable");
                TableColumn<String, String> column = new TableColumn<>("Школа");
                column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
                table.getColumns().add(column);
                return new VBox(8, button, field, area, combo, date, table);
            }), new Screen("schools", "nav.schools", "mdi2s-school-outline", VBox::new)));
            return window;
        });
        robot.interact(() -> Mnemonics.installAll(stage.getScene()));
    }

    @AfterEach
    void hide() throws Exception {
        SceneFixture.hide(stage);
    }

    /** What the eye sees of a control's frame: backgrounds, borders and effect, of it and of its inner parts. */
    private String look(Node node) {
        StringBuilder look = new StringBuilder();
        describe(node, look, 0);
        return look.toString();
    }

    private void describe(Node node, StringBuilder look, int depth) {
        if (depth > 2) {
            return;
        }
        look.append(node.getClass().getSimpleName()).append(Objects.toString(node.getEffect()));
        if (node instanceof Region r) {
            if (r.getBackground() != null) {
                r.getBackground().getFills().forEach(f -> look.append(f.getFill()).append(f.getInsets()));
            }
            if (r.getBorder() != null) {
                r.getBorder().getStrokes().forEach(s -> look.append(s.getTopStroke()).append(s.getWidths()));
            }
            r.getChildrenUnmodifiable().forEach(c -> describe(c, look, depth + 1));
        }
        look.append(';');
    }

    private String lookOf(String id) {
        String[] look = new String[1];
        robot.interact(() -> {
            Node control = robot.lookup(id).query();
            control.getScene().getRoot().applyCss();
            look[0] = look(control);
        });
        return look[0];
    }

    @Test
    void eachKindOfControlLooksDifferentWhenTabReachesIt() throws Exception {
        List<String> ids = List.of("#ringButton", "#ringField", "#ringArea", "#ringCombo", "#ringDate", "#ringTable");
        robot.interact(() -> robot.lookup("#navSchools").query().requestFocus());
        String navWithout = lookOf("#navDashboard");
        Map<String, String> without = new HashMap<>();
        ids.forEach(id -> without.put(id, lookOf(id)));

        robot.interact(() -> robot.lookup("#navDashboard").query().requestFocus());
        WorkDriver.waitUntil(5, () -> !lookOf("#navDashboard").equals(navWithout));
        for (String id : ids) {
            robot.type(KeyCode.TAB);
            Node control = robot.lookup(id).query();
            WorkDriver.waitUntil(5, () -> control.isFocused());
            assertThat(lookOf(id)).as(id + " with the focus").isNotEqualTo(without.get(id));
        }
    }

    @Test
    void tabLeavesATextAreaBothWaysAndCtrlTabTypesATab() throws Exception {
        TextArea area = robot.lookup("#ringArea").queryAs(TextArea.class);
        robot.interact(area::requestFocus);
        robot.write("Журнал ведётся");
        robot.type(KeyCode.TAB);
        WorkDriver.waitUntil(5, () -> robot.lookup("#ringCombo").query().isFocused());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WorkDriver.waitUntil(5, area::isFocused);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WorkDriver.waitUntil(5, () -> robot.lookup("#ringField").query().isFocused());
        assertThat(area.getText()).isEqualTo("Журнал ведётся");
        robot.interact(area::requestFocus);
        robot.interact(area::end);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WorkDriver.waitUntil(5, () -> area.getText().equals("Журнал ведётся\t"));
        assertThat(area.isFocused()).isTrue();
    }
}
