// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 15: from a school's card, «Новое посещение» and «Новое мероприятие» open the visit form and the event
 * form with that school chosen; the saved visit appears in the card's visits, and both are in the database.
 */
@SuppressWarnings("unchecked")
class SchoolCardWorkUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    /** The window opened last that is showing and was not there {@code before}. */
    private static Window newWindow(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void aVisitAndAnEventAreRecordedFromTheSchoolsCardAtThatSchool() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navSchools").queryAll().isEmpty());
        robot.clickOn("#navSchools");
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !schools.getItems().isEmpty());
        SchoolRow school = schools.getItems().get(0);
        List<Window> beforeCard = List.copyOf(Window.getWindows());
        robot.interact(() -> schools.getSelectionModel().select(0));
        robot.clickOn("#schoolsOpen");
        WorkDriver.waitUntil(20, () -> !robot.lookup("#schoolNewVisit").queryAll().isEmpty()
                && robot.lookup("#schoolNewVisit").query().isVisible());
        Window card = newWindow(beforeCard);
        int visitsBefore;
        try (Connection c = app.jdbc()) {
            visitsBefore = WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit WHERE school_id = " + school.id());
        }

        // «Новое посещение»: the form with this school; the officer chosen, a finding typed, saved.
        List<Window> beforeVisit = List.copyOf(Window.getWindows());
        robot.clickOn("#schoolNewVisit");
        WorkDriver.waitUntil(20, () -> newWindow(beforeVisit) != null && newWindow(beforeVisit).getScene().lookup("#visitSchool") != null
                && ((ComboBox<?>) newWindow(beforeVisit).getScene().lookup("#visitSchool")).getValue() != null);
        Window visitDialog = newWindow(beforeVisit);
        ComboBox<SchoolChoice> visitSchool = (ComboBox<SchoolChoice>) visitDialog.getScene().lookup("#visitSchool");
        assertThat(visitSchool.getValue().id()).isEqualTo(school.id());
        robot.clickOn(visitDialog.getScene().lookup("#visitOfficer"));
        app.chooseInList("Исин Т. С.");
        robot.clickOn(visitDialog.getScene().lookup("#visitFindings")).write("Записано из карточки школы");
        robot.clickOn(visitDialog.getScene().lookup("#visitSave"));
        WorkDriver.waitUntil(20, () -> !visitDialog.isShowing());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit WHERE school_id = " + school.id())).isEqualTo(visitsBefore + 1);
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM school_visit WHERE school_id = " + school.id()
                    + " AND findings = 'Записано из карточки школы'")).isEqualTo(1);
        }
        // The card shows its visits tab, with the new visit in it.
        TableView<Visit> cardVisits = (TableView<Visit>) card.getScene().lookup("#schoolVisitsTable");
        WorkDriver.waitUntil(20, () -> cardVisits.getItems().stream().anyMatch(v -> "Записано из карточки школы".equals(v.findings())));
        assertThat(robot.lookup("#schoolCardMessage").queryLabeled().getText()).isEqualTo(Texts.of("school.card.visitSaved"));

        // «Новое мероприятие»: the event form with this school as the place.
        List<Window> beforeEvent = List.copyOf(Window.getWindows());
        robot.clickOn("#schoolNewEvent");
        WorkDriver.waitUntil(20, () -> newWindow(beforeEvent) != null && newWindow(beforeEvent).getScene().lookup("#eventSave") != null);
        Window eventDialog = newWindow(beforeEvent);
        ComboBox<SchoolChoice> eventSchool = (ComboBox<SchoolChoice>) eventDialog.getScene().lookup("#eventSchool");
        assertThat(eventSchool.getValue()).isNotNull();
        assertThat(eventSchool.getValue().id()).isEqualTo(school.id());
        ComboBox<ReferenceItem> type = (ComboBox<ReferenceItem>) eventDialog.getScene().lookup("#eventType");
        robot.clickOn(type);
        app.chooseInList(type.getItems().get(0).name());
        robot.clickOn(eventDialog.getScene().lookup("#eventTitle")).write("Встреча из карточки");
        Node save = eventDialog.getScene().lookup("#eventSave");
        robot.clickOn(save);
        WorkDriver.waitUntil(20, () -> !eventDialog.isShowing());
        try (Connection c = app.jdbc()) {
            assertThat(WorkDriver.count(c, "SELECT COUNT(*) FROM outreach_event WHERE school_id = " + school.id()
                    + " AND title = 'Встреча из карточки' AND held_on = CURRENT_DATE")).isEqualTo(1);
        }
        WorkDriver.waitUntil(10, () -> Texts.of("school.card.eventSaved").equals(robot.lookup("#schoolCardMessage").queryLabeled().getText()));
    }
}
