// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Half-filled forms are not thrown away unasked: closing the main window with a visit typed, or a school card with
 * its data changed, asks «Сохранить / Не сохранять / Отмена»; Esc closes a school card as it closes dialogs.
 */
class UnsavedInputUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void startOnTheDemoCity() throws Exception {
        app.awaitDashboard();
    }

    private Stage mainStage() {
        return (Stage) app.lookup("#mainWindow").query().getScene().getWindow();
    }

    /** Presses the window's close button, as the window system does; returns at once (a dialog may be waiting). */
    private static void requestClose(Stage stage) {
        Platform.runLater(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static boolean cardOpen() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof SchoolCardWindow && w.isShowing());
    }

    @Test
    void closingTheWindowWithAVisitTypedAsksFirst() throws Exception {
        app.clickOn("#navVisits");
        app.await(() -> app.exists("#visitFindings") && app.lookup("#visitFindings").query().isVisible());
        app.clickOn("#visitFindings").write("Пропускной режим соблюдается");
        Stage main = mainStage();

        // «Отмена»: the window and the text stay.
        requestClose(main);
        app.await(() -> app.exists("#unsavedDialog"));
        app.clickOn("#unsavedCancel");
        app.await(() -> !app.exists("#unsavedDialog"));
        assertThat(main.isShowing()).isTrue();
        assertThat(app.lookup("#visitFindings").queryAs(TextArea.class).getText()).isEqualTo("Пропускной режим соблюдается");

        // «Сохранить» with no school chosen: the form refuses and says why; the window stays on the visits screen.
        requestClose(main);
        app.await(() -> app.exists("#unsavedDialog"));
        app.clickOn("#unsavedSave");
        app.await(() -> !app.exists("#unsavedDialog") && !app.text("#visitSchoolError").isEmpty());
        assertThat(main.isShowing()).isTrue();
        assertThat(app.lookup("#visitFindings").queryAs(TextArea.class).getText()).isEqualTo("Пропускной режим соблюдается");

        // «Не сохранять»: the window closes.
        requestClose(main);
        app.await(() -> app.exists("#unsavedDialog"));
        app.clickOn("#unsavedDiscard");
        app.await(() -> !main.isShowing());
    }

    @SuppressWarnings("unchecked")
    private void openFirstSchoolCard() throws Exception {
        app.clickOn("#navSchools");
        TableView<SchoolRow> table = app.lookup("#schoolsTable").queryAs(TableView.class);
        app.await(() -> table.getItems().size() == 201);
        app.interact(() -> table.getSelectionModel().select(0));
        app.clickOn("#schoolsOpen");
        app.await(() -> cardOpen() && !app.text("#schoolName").isEmpty());
    }

    @Test
    void escClosesTheSchoolCardAskingWhenItsDataChanged() throws Exception {
        openFirstSchoolCard();
        // Nothing changed: Esc closes it at once.
        app.clickOn("#schoolCardTitle").type(KeyCode.ESCAPE);
        app.await(() -> !cardOpen());
        assertThat(app.exists("#unsavedDialog")).isFalse();

        openFirstSchoolCard();
        String name = app.text("#schoolName");
        app.clickOn("#schoolDirector").write("Иванова");
        app.type(KeyCode.ESCAPE);
        app.await(() -> app.exists("#unsavedDialog"));
        app.clickOn("#unsavedCancel");
        app.await(() -> !app.exists("#unsavedDialog"));
        assertThat(cardOpen()).isTrue();
        assertThat(app.text("#schoolName")).isEqualTo(name);

        // The window's own close button asks the same.
        Stage card = (Stage) Window.getWindows().stream().filter(SchoolCardWindow.class::isInstance).findFirst().orElseThrow();
        requestClose(card);
        app.await(() -> app.exists("#unsavedDialog"));
        app.clickOn("#unsavedDiscard");
        app.await(() -> !cardOpen());
    }
}
