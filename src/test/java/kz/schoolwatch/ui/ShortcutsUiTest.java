// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.common.Mnemonics;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import kz.schoolwatch.ui.shell.MainWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The window's keyboard shortcuts, pressed as a user would, each checked by what it does on the screen. */
class ShortcutsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void startOnTheDemoCity() throws Exception {
        app.awaitDashboard();
    }

    private MainWindow window() {
        return app.lookup("#mainWindow").queryAs(MainWindow.class);
    }

    /** Ctrl and the digit of screen {@code id}'s place in the navigation. */
    private void pressScreenKey(String id) {
        int place = window().screenIds().indexOf(id) + 1;
        assertThat(place).as(id + " in the navigation").isBetween(1, 9);
        app.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + place)).release(KeyCode.CONTROL);
    }

    private void ctrl(KeyCode key) {
        app.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private void alt(KeyCode key) {
        app.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private Node focusOwner() {
        return app.lookup("#mainWindow").query().getScene().getFocusOwner();
    }

    private static boolean within(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlDigitOpensAScreenCtrlFFindsF5ReadsAgainAndTheButtonsTellTheirKeys() throws Exception {
        pressScreenKey("schools");
        TableView<SchoolRow> table = app.lookup("#schoolsTable").queryAs(TableView.class);
        app.await(() -> window().currentScreen().orElse("").equals("schools") && table.getItems().size() == 201);
        assertThat(app.lookup("#navSchools").queryAs(ToggleButton.class).isSelected()).isTrue();

        ctrl(KeyCode.F);
        app.await(() -> within(focusOwner(), "schoolsSearch"));

        // The «new school» button says its shortcut; while Alt is held a letter of its caption is underlined and
        // bound to it, and on release the caption is as it was.
        ButtonBase add = app.lookup("#schoolsNew").queryAs(ButtonBase.class);
        app.await(() -> add.getTooltip() != null && add.getTooltip().getText().endsWith("(Ctrl+N)"));
        String caption = add.getText();
        assertThat(caption).doesNotContain("_");
        app.press(KeyCode.ALT);
        app.await(() -> Mnemonics.keyOf(add).isPresent() && add.getText().contains("_"));
        assertThat(add.isMnemonicParsing()).isTrue();
        assertThat(add.getScene().getMnemonics().values().stream().flatMap(List::stream).map(Mnemonic::getNode))
                .contains(add);
        app.release(KeyCode.ALT);
        app.await(() -> add.getText().equals(caption));

        // F5 reads the list again: a school archived behind the program's back leaves it.
        try (Connection c = TestDatabases.connect(app.folder())) {
            c.createStatement().execute("UPDATE school SET archived_on = CURRENT_DATE WHERE id = (SELECT MIN(id) FROM school)");
        }
        app.clickOn("#schoolsTable").type(KeyCode.F5);
        app.await(() -> table.getItems().size() == 200);

        // Ctrl+N opens an empty card for a new school.
        ctrl(KeyCode.N);
        app.await(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof SchoolCardWindow && w.isShowing()));
        app.type(KeyCode.ESCAPE);
        app.await(() -> Window.getWindows().stream()
                .noneMatch(w -> w instanceof SchoolCardWindow && w.isShowing()));
    }

    @Test
    void onTheVisitsScreenTheMonthKeysMoveThePeriodAndCtrlSAndCtrlNWorkTheForm() throws Exception {
        pressScreenKey("visits");
        app.await(() -> app.exists("#visitFindings") && app.lookup("#visitFindings").query().isVisible());
        DatePicker from = app.lookup("#filterFrom").queryAs(DatePicker.class);
        LocalDate before = from.getValue();

        app.clickOn("#visitsTable");
        alt(KeyCode.LEFT);
        app.await(() -> from.getValue().equals(before.minusMonths(1)));
        alt(KeyCode.RIGHT);
        app.await(() -> from.getValue().equals(before));

        // Ctrl+S saves the form: with no school chosen it is refused next to the field.
        app.clickOn("#visitFindings").write("Пропускной режим соблюдается");
        ctrl(KeyCode.S);
        app.await(() -> !app.text("#visitSchoolError").isEmpty());
        // Ctrl+N starts a new visit: the form is empty again.
        ctrl(KeyCode.N);
        app.await(() -> app.lookup("#visitFindings").queryAs(TextArea.class).getText().isEmpty());
        assertThat(app.lookup("#visitSave").queryAs(ButtonBase.class).getTooltip().getText()).endsWith("(Ctrl+S)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onTheSummaryCtrlPPrintsAndTheMonthKeysChooseTheMonth() throws Exception {
        pressScreenKey("monthlySummary");
        ComboBox<YearMonth> month = app.lookup("#reportMonth").queryAs(ComboBox.class);
        ButtonBase print = app.lookup("#reportPrint").queryAs(ButtonBase.class);
        app.await(() -> month.getValue() != null && !print.isDisabled());
        YearMonth shown = month.getValue();

        app.clickOn("#reportPreview");
        alt(KeyCode.LEFT);
        app.await(() -> shown.minusMonths(1).equals(month.getValue()));
        // Ctrl+PageDown too, where the control with the focus does not use it itself.
        ctrl(KeyCode.PAGE_DOWN);
        app.await(() -> shown.equals(month.getValue()));

        // No printer here: the print says so, which shows Ctrl+P pressed «Печать».
        app.await(() -> !print.isDisabled());
        ctrl(KeyCode.P);
        app.await(() -> app.exists("#noPrinterDialog"));
        app.clickOn("#noPrinterDialogClose");
        assertThat(print.getTooltip().getText()).endsWith("(Ctrl+P)");
    }
}
