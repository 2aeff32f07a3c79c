// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.MySchool;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * An inspector lands on their own schools: signed in as the demo inspector, the dashboard opens with «Мои школы»
 * above the city's figures, with the schools assigned to their officer, the visits due and the overdue checks by the
 * settings' days; Enter on a school opens its card.
 */
class MySchoolsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.INSPECTOR).withDemoCity();

    @Test
    @SuppressWarnings("unchecked")
    void anInspectorLandsOnTheirSchoolsVisitsDueAndOverdueChecks() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(60, () -> !robot.lookup("#mySchoolsTable").queryAll().isEmpty()
                && !robot.lookup("#mySchoolsTable").queryTableView().getItems().isEmpty());

        // The first thing on the screen the inspector lands on.
        Node dashboard = robot.lookup("#dashboardView").query();
        assertThat(((Parent) dashboard).getChildrenUnmodifiable().get(0).getId()).isEqualTo("mySchools");
        assertThat(robot.lookup("#mySchools").query().isVisible()).isTrue();

        String today = "DATE '" + LocalDate.now() + "'";
        int schools;
        int visitsDue;
        int checksOverdue;
        int days;
        try (Connection c = app.jdbc()) {
            String mine = "SELECT s.id FROM school s JOIN school_assignment a ON a.school_id = s.id JOIN app_user u ON u.officer_id = a.officer_id"
                    + " WHERE u.login = '" + TestSessions.INSPECTOR + "' AND s.archived_on IS NULL AND a.assigned_from <= " + today
                    + " AND (a.assigned_to IS NULL OR a.assigned_to >= " + today + ")";
            days = WorkDriver.count(c, "SELECT COALESCE(MAX(CAST(setting_value AS INT)), 90) FROM app_setting"
                    + " WHERE setting_key = 'security.check.overdue.days'");
            schools = WorkDriver.count(c, "SELECT COUNT(*) FROM (" + mine + ")");
            visitsDue = WorkDriver.count(c, "SELECT COUNT(*) FROM (" + mine + ") m WHERE NOT EXISTS (SELECT 1 FROM school_visit v"
                    + " WHERE v.school_id = m.id AND CAST(v.visited_at AS DATE) BETWEEN " + today + " - " + days + " AND " + today + ")");
            checksOverdue = WorkDriver.count(c, "SELECT COUNT(*) FROM (" + mine + ") m WHERE NOT EXISTS (SELECT 1 FROM security_check k"
                    + " WHERE k.school_id = m.id AND k.checked_on BETWEEN " + today + " - " + days + " AND " + today + ")");
        }
        assertThat(schools).isPositive();
        TableView<MySchool> table = robot.lookup("#mySchoolsTable").queryTableView();
        assertThat(table.getItems()).hasSize(schools);
        ListView<MySchool> due = robot.lookup("#mySchoolsVisitsDue").queryAs(ListView.class);
        ListView<MySchool> overdue = robot.lookup("#mySchoolsChecksOverdue").queryAs(ListView.class);
        assertThat(due.getItems()).hasSize(visitsDue);
        assertThat(overdue.getItems()).hasSize(checksOverdue);
        assertThat(checksOverdue).isPositive();
        assertThat(robot.lookup("#mySchoolsChecksOverdueTitle").queryLabeled().getText())
                .isEqualTo(Texts.of("mySchools.checksOverdue", checksOverdue));
        assertThat(robot.lookup("#mySchoolsSubtitle").queryLabeled().getText())
                .isEqualTo(Texts.of("mySchools.subtitle", schools, days));
        app.snapshot("inspector-landing");

        // Enter on a school opens its card.
        MySchool first = table.getItems().get(0);
        robot.clickOn(robot.lookup("#mySchoolsTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WorkDriver.waitUntil(30, () -> !robot.lookup("#schoolNumber").queryAll().isEmpty()
                && Integer.toString(first.number()).equals(robot.lookup("#schoolNumber").queryTextInputControl().getText()));
    }
}
