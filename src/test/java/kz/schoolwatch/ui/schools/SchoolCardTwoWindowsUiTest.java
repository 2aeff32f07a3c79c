// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 18 in the PC mode: two cards of the same school open at once. The name saved in one, the phone typed in the
 * other before that and saved after it: the conflict dialog shows both, «Объединить и сохранить» writes both,
 * and both cards show both.
 */
class SchoolCardTwoWindowsUiTest {

    private static final String NAME = "КГУ «Школа-гимназия №1 им. Абая»";
    private static final String PHONE = "+7 727 300 40 50";

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    /** The window opened last that is showing and was not there {@code before}. */
    private static Window newWindow(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).reduce((a, b) -> b).orElse(null);
    }

    /** Opens the selected school's card with «Открыть» and waits for its data. */
    private Window openCard(FxRobot robot) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        // The main window comes forward first, as a click on it would bring it: the card opened before covers it.
        robot.interact(() -> app.stage().toFront());
        robot.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> newWindow(before) != null && field(newWindow(before), "#schoolName") != null
                && !field(newWindow(before), "#schoolName").getText().isEmpty());
        return newWindow(before);
    }

    private static TextField field(Window window, String id) {
        return (TextField) window.getScene().lookup(id);
    }

    /** Brings {@code card} forward and types {@code text} over what {@code id} holds. */
    private static void retype(FxRobot robot, Window card, String id, String text) {
        robot.interact(() -> ((Stage) card).toFront());
        robot.doubleClickOn(field(card, id));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static void save(FxRobot robot, Window card) {
        robot.interact(() -> ((Stage) card).toFront());
        robot.clickOn(card.getScene().lookup("#schoolSave"));
    }

    /** A column of the school as the database holds it now. */
    private String stored(long schoolId, String column) {
        try (Connection c = app.jdbc(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + column + " FROM school WHERE id = " + schoolId)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoCardsOfOneSchoolMergeTheNameOfOneWithThePhoneOfTheOther() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navSchools").queryAll().isEmpty());
        robot.clickOn("#navSchools");
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !schools.getItems().isEmpty());
        SchoolRow school = schools.getItems().get(0);
        robot.interact(() -> schools.getSelectionModel().select(0));
        Window first = openCard(robot);
        Window second = openCard(robot);
        assertThat(first).isNotSameAs(second);

        // The phone is typed in the second card while the first saves the name: the typing stays, unsaved.
        retype(robot, second, "#schoolPhone", PHONE);
        retype(robot, first, "#schoolName", NAME);
        save(robot, first);
        WorkDriver.waitUntil(20, () -> NAME.equals(stored(school.id(), "name")));
        WorkDriver.waitUntil(10, () -> ((Stage) second).getTitle().contains(NAME));
        assertThat(field(second, "#schoolPhone").getText()).isEqualTo(PHONE);
        assertThat(field(second, "#schoolName").getText()).isEqualTo(school.name());

        List<Window> beforeConflict = List.copyOf(Window.getWindows());
        save(robot, second);
        WorkDriver.waitUntil(20, () -> newWindow(beforeConflict) != null
                && newWindow(beforeConflict).getScene().lookup("#conflictDialog") != null);
        Window conflict = newWindow(beforeConflict);
        // Row 1 the name (theirs kept), row 2 the phone (mine kept): the merge keeps both changes.
        assertThat(((RadioButton) conflict.getScene().lookup("#conflictTheirs1")).isSelected()).isTrue();
        assertThat(((RadioButton) conflict.getScene().lookup("#conflictTheirs1")).getText()).isEqualTo(NAME);
        assertThat(((RadioButton) conflict.getScene().lookup("#conflictMine2")).isSelected()).isTrue();
        assertThat(((RadioButton) conflict.getScene().lookup("#conflictMine2")).getText()).isEqualTo(PHONE);
        MonthlySummaryUiTest.snapshot(conflict.getScene().getRoot(), "card-conflict");
        Node merge = conflict.getScene().lookup("#conflictMerge");
        robot.clickOn(merge);
        WorkDriver.waitUntil(20, () -> !conflict.isShowing());

        WorkDriver.waitUntil(20, () -> PHONE.equals(stored(school.id(), "phone")));
        assertThat(stored(school.id(), "name")).isEqualTo(NAME);
        // Both cards show both: the second saved the merge, the first followed that save.
        WorkDriver.waitUntil(20, () -> NAME.equals(field(second, "#schoolName").getText())
                && PHONE.equals(field(second, "#schoolPhone").getText())
                && NAME.equals(field(first, "#schoolName").getText())
                && PHONE.equals(field(first, "#schoolPhone").getText()));
    }

    @Test
    void aCameraAddedToASchoolArchivedInTheOtherCardIsRefusedAndTheTypingStays() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navSchools").queryAll().isEmpty());
        robot.clickOn("#navSchools");
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !schools.getItems().isEmpty());
        // A school with visits: removing it archives it (one without history would be deleted).
        long withVisits;
        try (Connection c = app.jdbc(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(school_id) FROM school_visit")) {
            r.next();
            withVisits = r.getLong(1);
        }
        SchoolRow school = schools.getItems().stream().filter(row -> row.id() == withVisits).findFirst().orElseThrow();
        robot.interact(() -> {
            schools.getSelectionModel().select(school);
            schools.scrollTo(school);
        });
        Window first = openCard(robot);
        Window second = openCard(robot);
        int camerasBefore;
        try (Connection c = app.jdbc()) {
            camerasBefore = WorkDriver.count(c, "SELECT COUNT(*) FROM camera WHERE school_id = " + school.id());
        }

        robot.interact(() -> ((Stage) first).toFront());
        robot.clickOn(first.getScene().lookup("#schoolRemove"));
        robot.clickOn("#confirmYes");
        WorkDriver.waitUntil(20, () -> stored(school.id(), "archived_on") != null);
        // The other card follows: its badge says «В архиве».
        WorkDriver.waitUntil(20, () -> second.getScene().lookup("#schoolCardArchived").isVisible());

        robot.interact(() -> ((Stage) second).toFront());
        robot.clickOn(second.getScene().lookup("#tabCameras"));
        List<Window> beforeDialog = List.copyOf(Window.getWindows());
        robot.clickOn(second.getScene().lookup("#cameraAdd"));
        WorkDriver.waitUntil(20, () -> newWindow(beforeDialog) != null && newWindow(beforeDialog).getScene().lookup("#cameraNote") != null);
        Window dialog = newWindow(beforeDialog);
        robot.clickOn(dialog.getScene().lookup("#cameraNote")).write("у главного входа");
        robot.clickOn(dialog.getScene().lookup("#cameraDialogSave"));
        Label message = (Label) dialog.getScene().lookup("#cameraDialogMessage");
        WorkDriver.waitUntil(20, () -> message.getText().startsWith("Школа №" + school.number() + " в архиве"));
        MonthlySummaryUiTest.snapshot(dialog.getScene().getRoot(), "card-camera-archived");

        assertThat(dialog.isShowing()).isTrue();
        assertThat(((TextField) dialog.getScene().lookup("#cameraNote")).getText()).isEqualTo("у главного входа");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM camera WHERE school_id = " + school.id())).isEqualTo(camerasBefore);
        }
        robot.clickOn(dialog.getScene().lookup("#cameraDialogCancel"));
        WorkDriver.waitUntil(10, () -> !dialog.isShowing());
    }
}
