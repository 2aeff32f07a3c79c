// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A head plans a school's check for an officer on the plan screen; a past day is refused next to the field. */
class InspectionPlanUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @Test
    @SuppressWarnings("unchecked")
    void aHeadAssignsTheMostUrgentSchoolsCheckAndSeesItInTheListAndTheDatabase() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navPlan").queryAll().isEmpty());
        robot.clickOn("#navPlan");
        TableView<PlanRow> table = robot.lookup("#planTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(PlanRow::status).doesNotContain(PlanStatus.NOT_DUE);
        PlanRow first = table.getItems().get(0);
        assertThat(first.status()).isIn(PlanStatus.OVERDUE, PlanStatus.NEVER_CHECKED);
        app.snapshot("plan-list");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#planAssign");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#planAssignOfficer").queryAll().isEmpty());
        ComboBox<Lookup> officer = robot.lookup("#planAssignOfficer").queryComboBox();
        DatePicker due = robot.lookup("#planAssignDueBy").query();
        robot.interact(() -> {
            officer.setValue(officer.getItems().get(0));
            due.setValue(due.getValue().minusYears(1));
        });
        robot.clickOn("#planAssignSave");
        WorkDriver.waitUntil(10, () -> robot.lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible() && n instanceof javafx.scene.control.Label l && !l.getText().isBlank()));
        assertThat(count(first.schoolId())).isZero();

        robot.interact(() -> due.setValue(due.getValue().plusYears(1)));
        robot.clickOn("#planAssignSave");
        WorkDriver.waitUntil(30, () -> table.getItems().stream().anyMatch(r -> r.schoolId() == first.schoolId() && r.assignment() != null));
        assertThat(count(first.schoolId())).isOne();

        robot.clickOn("#planCalendarTab");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#planCalendar").queryAll().isEmpty());
        app.snapshot("plan-calendar");
    }

    private int count(long schoolId) throws Exception {
        try (var c = app.jdbc(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM check_assignment WHERE school_id = " + schoolId)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
