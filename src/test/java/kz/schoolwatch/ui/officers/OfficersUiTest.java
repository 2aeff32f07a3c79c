// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

class OfficersUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private FxRobot openOfficers() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navOfficers").queryAll().isEmpty());
        robot.clickOn("#navOfficers");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#officersTable").queryTableView().getItems().isEmpty());
        return robot;
    }

    @Test
    void handingOverAllSchoolsOfAnOfficerKeepsTheHistory() throws Exception {
        FxRobot robot = openOfficers();
        TableView<OfficerSummary> table = robot.lookup("#officersTable").queryTableView();
        OfficerSummary isin = table.getItems().stream().filter(s -> s.officer().lastName().equals("Исин")
                && s.officer().firstName().equals("Тимур")).findFirst().orElseThrow();
        int schools = isin.currentSchools();
        assertThat(schools).isPositive();
        robot.interact(() -> table.getSelectionModel().select(isin));
        TableView<Assignment> assignments = robot.lookup("#officerAssignments").queryTableView();
        WorkDriver.waitUntil(10, () -> assignments.getItems().stream().filter(Assignment::current).count() == schools);
        app.snapshot("officers");

        robot.clickOn("#officerHandover");
        robot.clickOn("#handoverTo");
        String target = robot.lookup(".list-cell").match(NodeQueryUtils.isVisible()).queryAllAs(ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && !t.isBlank()).findFirst().orElseThrow().toString();
        app.chooseInList(target);
        robot.clickOn("#handoverSave");

        // The list reloads after the save (empty for a moment): wait for the reloaded history.
        WorkDriver.waitUntil(20, () -> !assignments.getItems().isEmpty() && assignments.getItems().stream().noneMatch(Assignment::current));
        LocalDate today = LocalDate.now();
        assertThat(assignments.getItems()).filteredOn(a -> today.minusDays(1).equals(a.to())).hasSize(schools);
        try (Connection c = app.jdbc()) {
            long isinId = isin.officer().id();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_assignment WHERE officer_id = " + isinId + " AND assigned_to IS NULL")).isZero();
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_assignment WHERE officer_id = " + isinId
                    + " AND assigned_to = CURRENT_DATE - 1")).isEqualTo(schools);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_assignment a WHERE a.assigned_from = CURRENT_DATE AND a.assigned_to IS NULL "
                    + "AND a.school_id IN (SELECT school_id FROM school_assignment WHERE officer_id = " + isinId + ")")).isEqualTo(schools);
        }
        WorkDriver.waitUntil(10, () -> table.getItems().stream().anyMatch(s -> s.officer().id() == isin.officer().id() && s.currentSchools() == 0));
    }

    @Test
    void duplicateBadgeIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        FxRobot robot = openOfficers();
        String takenBadge = robot.lookup("#officersTable").<OfficerSummary>queryTableView().getItems().get(0).officer().badgeNumber();
        int before;
        try (Connection c = app.jdbc()) {
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM officer");
        }
        robot.clickOn("#officerNew");
        robot.clickOn("#officerRank");
        app.chooseInList("капитан полиции");
        robot.clickOn("#officerLastName").write("Сейткали");
        robot.clickOn("#officerFirstName").write("Айгерим");
        robot.clickOn("#officerBadge").write(takenBadge);
        robot.clickOn("#officerDistrict");
        app.chooseInList("Медеуский");
        robot.clickOn("#officerSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#officerBadgeError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#officerBadgeError").queryAs(Label.class).getText()).isEqualTo(Texts.of("officer.error.badgeTaken"));
        app.snapshot("officer-duplicate-badge");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM officer")).isEqualTo(before);
        }
        // The input is still there: correct the badge and save.
        app.retype("#officerBadge", "777001");
        robot.clickOn("#officerSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#officerSave").queryAll().isEmpty());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM officer WHERE badge_number = '777001' AND last_name = 'Сейткали'")).isEqualTo(1);
        }
    }
}
