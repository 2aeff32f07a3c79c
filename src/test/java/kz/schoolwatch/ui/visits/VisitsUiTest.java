// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The visits screen, driven as an officer would: by fx:id, typing and clicking. */
class VisitsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private FxRobot openVisits() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navVisits").queryAll().isEmpty());
        robot.clickOn("#navVisits");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#visitsTable").queryAll().isEmpty()
                && !robot.lookup("#visitsTable").queryTableView().getItems().isEmpty()
                && robot.lookup("#visitOfficer").<ComboBox<Lookup>>query().getItems().size() > 1);
        return robot;
    }

    @Test
    void theScreenIsBuiltWhileTheDashboardIsShownSoItsFirstOpeningShowsTheMonthAtOnce() throws Exception {
        FxRobot robot = app;
        // Prepared behind the dashboard: in the scene, hidden, with this month's first page already read.
        WorkDriver.waitUntil(90, () -> robot.lookup("#visitsTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        Node view = robot.lookup("#visitsView").query();
        assertThat(view.isVisible()).isFalse();
        assertThat(robot.lookup("#dashboardView").query().isVisible()).isTrue();

        robot.clickOn("#navVisits");
        assertThat(robot.lookup("#visitsView").<Node>query()).isSameAs(view);
        assertThat(view.isVisible()).isTrue();
        assertThat(robot.lookup("#visitsTable").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#dashboardView").tryQuery()).isEmpty();
    }

    @Test
    void officerLogsAVisitInAFewClicksAndFindsItInTheTableAndTheDatabase() throws Exception {
        FxRobot robot = openVisits();
        int before;
        int schoolNumber;
        try (Connection c = app.jdbc()) {
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit");
            schoolNumber = WorkDriver.count(c, "SELECT MAX(school_number) FROM school");
        }
        // Once: the officer says who they are. From then on new visits carry their name.
        robot.clickOn("#visitOfficer");
        app.chooseInList("Исин Т. С.");
        robot.clickOn("#visitMe");
        app.snapshot("visits-screen");

        // The visit itself: school by its number, save. Officer, date, time and purpose are filled in.
        robot.clickOn("#visitSchool").write("№" + schoolNumber + " —").type(KeyCode.ENTER);
        robot.clickOn("#visitFindings").write("Охранник на посту, журнал ведётся");
        robot.clickOn("#visitSave");

        WorkDriver.waitUntil(20, () -> robot.lookup("#visitFindings").queryAs(TextArea.class).getText().isEmpty());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit")).isEqualTo(before + 1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit v JOIN school s ON s.id = v.school_id JOIN officer o ON o.id = v.officer_id "
                    + "WHERE s.school_number = " + schoolNumber + " AND o.last_name = 'Исин' AND v.findings = 'Охранник на посту, журнал ведётся'"))
                    .isEqualTo(1);
            // «Это я» is the signed-in head's alone: kept with their account, not for the whole computer.
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM account_setting a JOIN app_user u ON u.id = a.user_id "
                    + "WHERE a.setting_key = 'pref.visit.officer.id' AND u.login = '" + TestSessions.HEAD + "'")).isEqualTo(1);
        }
        // In the table, filtered to that school.
        robot.clickOn("#filterSchool").write("№" + schoolNumber + " —").type(KeyCode.ENTER);
        TableView<Visit> table = robot.lookup("#visitsTable").queryTableView();
        WorkDriver.waitUntil(20, () -> table.getItems().stream().anyMatch(v -> "Охранник на посту, журнал ведётся".equals(v.findings())));
        assertThat(table.getItems()).allMatch(v -> v.schoolNumber() == schoolNumber);
        app.snapshot("visits-filtered");

        // The next visit starts with the remembered officer.
        assertThat(robot.lookup("#visitOfficer").<ComboBox<Lookup>>query().getValue().name()).isEqualTo("Исин Т. С.");

        // And the school's card lists it.
        robot.clickOn("#navSchools");
        WorkDriver.waitUntil(30, () -> robot.lookup("#schoolsTable").queryTableView().getItems().size() > 100);
        robot.clickOn("#schoolsSearch").write(Integer.toString(schoolNumber));
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(20, () -> schools.getItems().stream().anyMatch(r -> r.number() == schoolNumber));
        int row = schools.getItems().indexOf(schools.getItems().stream().filter(r -> r.number() == schoolNumber).findFirst().orElseThrow());
        robot.interact(() -> schools.getSelectionModel().select(row));
        robot.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#tabVisits").queryAll().isEmpty());
        robot.clickOn("#tabVisits");
        TableView<Visit> cardVisits = robot.lookup("#schoolVisitsTable").queryTableView();
        WorkDriver.waitUntil(20, () -> cardVisits.getItems().stream().anyMatch(v -> "Охранник на посту, журнал ведётся".equals(v.findings())));
        assertThat(cardVisits.getItems()).allMatch(v -> v.schoolNumber() == schoolNumber);
        robot.clickOn("#schoolClose");
    }

    @Test
    void badInputShowsErrorsNextToFieldsKeepsInputAndWritesNothing() throws Exception {
        FxRobot robot = openVisits();
        int before;
        try (Connection c = app.jdbc()) {
            before = WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit");
        }
        app.retype("#visitTime", "25:99");
        robot.clickOn("#visitFindings").write("Не потерять этот текст");
        robot.clickOn("#visitSave");
        app.snapshot("visits-bad-time");
        WorkDriver.waitUntil(10, () -> robot.lookup("#visitTimeError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#visitTimeError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.time"));

        app.retype("#visitTime", "10:00");
        robot.clickOn("#visitSave");
        // No officer chosen (none remembered) and no school: both explained next to their fields.
        WorkDriver.waitUntil(10, () -> robot.lookup("#visitSchoolError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#visitSchoolError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.required"));
        assertThat(robot.lookup("#visitOfficerError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.required"));
        assertThat(robot.lookup("#visitFindings").queryAs(TextArea.class).getText()).isEqualTo("Не потерять этот текст");
        app.snapshot("visits-errors");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit")).isEqualTo(before);
        }
    }

    @Test
    void deletingAVisitAsksFirstAndRemovesItOnlyWhenConfirmed() throws Exception {
        FxRobot robot = openVisits();
        TableView<Visit> table = robot.lookup("#visitsTable").queryTableView();
        Visit first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#visitDelete");
        robot.clickOn("#confirmNo");
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit WHERE id = " + first.id())).isEqualTo(1);
        }
        robot.clickOn("#visitDelete");
        robot.clickOn("#confirmYes");
        WorkDriver.waitUntil(20, () -> table.getItems().stream().noneMatch(v -> v.id() == first.id()));
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit WHERE id = " + first.id())).isZero();
        }
    }
}
