// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The leisure centres and offences screens on the demo city. */
class LeisureAndOffencesUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @Test
    void monthlyCountsOfTheCityReportAppearAndANewCentreGetsItsCounts() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navLeisure").queryAll().isEmpty());
        robot.clickOn("#navLeisure");
        TableView<LeisureAttendance> attendance = robot.lookup("#leisureAttendance").queryTableView();
        WorkDriver.waitUntil(30, () -> attendance.getItems().size() == 40);
        // The demo city carries the report's figures this month: 293 teenagers, 205 children in 40 centres.
        assertThat(robot.lookup("#leisureTotals").queryAs(Label.class).getText()).contains("40").contains("293").contains("205");

        robot.clickOn("#leisureNew");
        robot.clickOn("#leisureName").write("Центр досуга «Тұмар»");
        robot.clickOn("#leisureDistrict");
        app.chooseInList("Турксибский");
        robot.clickOn("#leisureClubs").write("Военно-патриотический клуб «Контингент»").type(KeyCode.ENTER).write("Шахматы");
        robot.clickOn("#leisureSave");
        WorkDriver.waitUntil(20, () -> attendance.getItems().size() == 41);
        TableView<LeisureCentre> centres = robot.lookup("#leisureCentres").queryTableView();
        assertThat(centres.getItems()).anyMatch(c -> c.name().equals("Центр досуга «Тұмар»") && c.clubs().size() == 2);

        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        LeisureAttendance arman = attendance.getItems().stream().filter(a -> a.centreName().equals("Центр досуга «Тұмар»")).findFirst().orElseThrow();
        robot.interact(() -> {
            attendance.getSelectionModel().select(arman);
            attendance.scrollTo(arman);
        });
        WorkDriver.waitUntil(10, () -> attendance.getSelectionModel().getSelectedItem() != null
                && attendance.getSelectionModel().getSelectedItem().centreName().equals("Центр досуга «Тұмар»"));
        app.retype("#leisureTeenagers", "абв");
        robot.clickOn("#leisureSaveCounts");
        app.snapshot("leisure-bad-count");
        WorkDriver.waitUntil(10, () -> robot.lookup("#leisureTeenagersError").queryAs(Label.class).isVisible());
        app.retype("#leisureTeenagers", "6");
        app.retype("#leisureChildren", "4");
        robot.clickOn("#leisureSaveCounts");
        WorkDriver.waitUntil(20, () -> robot.lookup("#leisureTotals").queryAs(Label.class).getText().contains("299"));
        app.snapshot("leisure");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM leisure_attendance a JOIN leisure_centre lc ON lc.id = a.leisure_centre_id "
                    + "WHERE lc.name = 'Центр досуга «Тұмар»' AND a.registered_teenagers = 6 AND a.troubled_family_children = 4")).isEqualTo(1);
        }
    }

    @Test
    void offenceIsRecordedAndCountedForItsSchoolAndMonth() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navOffences").queryAll().isEmpty());
        robot.clickOn("#navOffences");
        TableView<OffenceCounts> summary = robot.lookup("#offencesSummary").queryTableView();
        int schoolNumber;
        int before;
        try (Connection c = app.jdbc()) {
            schoolNumber = WorkDriver.count(c, "SELECT MIN(school_number) FROM school");
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM offence o JOIN school s ON s.id = o.school_id WHERE s.school_number = " + schoolNumber
                    + " AND YEAR(o.occurred_on) = YEAR(CURRENT_DATE)");
        }
        robot.clickOn("#offenceNew");
        robot.clickOn("#offenceSchool").write("№" + schoolNumber + " —").type(KeyCode.ENTER);
        robot.clickOn("#offenceKind");
        app.chooseInList("Кража");
        robot.clickOn("#offenceGrounds");
        robot.clickOn("#offenceDescription").write("Кража велосипеда у входа");
        robot.clickOn("#offenceCameras");
        robot.clickOn("#offenceSave");
        WorkDriver.waitUntil(20, () -> robot.lookup("#offenceSave").queryAll().isEmpty());
        robot.clickOn("#offencesTabSummary");
        WorkDriver.waitUntil(20, () -> summary.getItems().stream().anyMatch(r -> r.schoolNumber() == schoolNumber && r.total() == before + 1));
        app.snapshot("offences-summary");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM offence WHERE description = 'Кража велосипеда у входа' AND location = 'GROUNDS' "
                    + "AND cameras_helped AND occurred_on = CURRENT_DATE")).isEqualTo(1);
        }
    }
}
