// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

@SuppressWarnings("unchecked")
class EventsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private static String text(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Ticks the entry reading {@code name} in the check list {@code listId}. */
    private void tick(FxRobot robot, String listId, String name) {
        ListView<Lookup> list = robot.lookup(listId).queryAs(ListView.class);
        Lookup item = list.getItems().stream().filter(i -> name.equals(i.name())).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(item));
        ListCell<Lookup> cell = robot.lookup(listId).lookup(".list-cell")
                .match((ListCell<Lookup> c) -> c.getItem() != null && name.equals(c.getItem().name())).query();
        Node box = cell.lookup(".check-box");
        robot.clickOn(box);
    }

    @Test
    void eventAtALeisureCentreWithPartnersIsSavedAndShownInTheTableAndTheMonth() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navEvents").queryAll().isEmpty());
        robot.clickOn("#navEvents");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#eventsTable").queryTableView().getItems().isEmpty());
        String centre;
        try (Connection c = app.jdbc()) {
            centre = text(c, "SELECT name FROM leisure_centre ORDER BY name LIMIT 1");
        }

        robot.clickOn("#eventNew");
        robot.clickOn("#eventType");
        app.chooseInList("Спортивно-развлекательное мероприятие");
        robot.clickOn("#eventTitle").write("Лучшая семья");
        robot.clickOn("#eventAtCentre");
        robot.clickOn("#eventCentre");
        app.chooseInList(centre);
        tick(robot, "#eventPartners", "Общественный совет родителей");
        tick(robot, "#eventPartners", "Совет ветеранов спецподразделения «Сункар»");
        robot.clickOn("#eventNewPartner").write("ОО «Кереге»");
        robot.clickOn("#eventAddPartner");
        CheckListView<Lookup> partners = robot.lookup("#eventPartners").queryAs(CheckListView.class);
        WorkDriver.waitUntil(10, () -> partners.getCheckModel().getCheckedItems().stream().anyMatch(p -> p.name().equals("ОО «Кереге»")));
        tick(robot, "#eventOfficers", "Исин Т. С.");
        app.retype("#eventPupils", "45");
        app.retype("#eventParents", "30");
        app.snapshot("event-form");
        robot.clickOn("#eventSave");
        WorkDriver.waitUntil(20, () -> robot.lookup("#eventSave").queryAll().isEmpty());

        try (Connection c = app.jdbc()) {
            String id = text(c, "SELECT e.id FROM outreach_event e JOIN leisure_centre lc ON lc.id = e.leisure_centre_id "
                    + "WHERE e.title = 'Лучшая семья' AND e.school_id IS NULL AND e.pupils = 45 AND e.parents = 30 AND e.held_on = CURRENT_DATE "
                    + "AND lc.name = '" + centre.replace("'", "''") + "'");
            assertThat(id).isNotNull();
            assertThat(text(c, "SELECT LISTAGG(p.name, '|') WITHIN GROUP (ORDER BY p.name) FROM event_partner ep JOIN partner p ON p.id = ep.partner_id "
                    + "WHERE ep.event_id = " + id)).isEqualTo("ОО «Кереге»|Общественный совет родителей|Совет ветеранов спецподразделения «Сункар»");
            assertThat(text(c, "SELECT COUNT(*) FROM event_officer WHERE event_id = " + id)).isEqualTo("1");
        }
        TableView<OutreachEvent> table = robot.lookup("#eventsTable").queryTableView();
        WorkDriver.waitUntil(20, () -> table.getItems().stream().anyMatch(e -> "Лучшая семья".equals(e.title()) && centre.equals(e.placeName())
                && e.partners().size() == 3 && e.pupils() == 45));

        robot.clickOn("#eventsTabMonth");
        String today = "#calendarDay" + LocalDate.now().getDayOfMonth();
        WorkDriver.waitUntil(20, () -> robot.lookup(today).queryAs(VBox.class).getChildren().size() > 1);
        app.snapshot("events-month");
        assertThat(robot.lookup(today).queryAs(VBox.class).getChildren()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).isNotEmpty();
    }

    @Test
    void eventWithoutPlaceAndWithBadCountsShowsErrorsAndWritesNothing() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navEvents").queryAll().isEmpty());
        robot.clickOn("#navEvents");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#eventsTable").queryTableView().getItems().isEmpty());
        String before;
        try (Connection c = app.jdbc()) {
            before = text(c, "SELECT COUNT(*) FROM outreach_event");
        }
        robot.clickOn("#eventNew");
        robot.clickOn("#eventTitle").write("Кереге");
        app.retype("#eventPupils", "много");
        robot.clickOn("#eventSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#eventPupilsError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#eventPupilsError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.number"));

        app.retype("#eventPupils", "-3");
        robot.clickOn("#eventSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#eventSchoolError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#eventSchoolError").queryAs(Label.class).getText()).isEqualTo(Texts.of("event.error.noPlace"));
        assertThat(robot.lookup("#eventTypeError").queryAs(Label.class).getText()).isEqualTo(Texts.of("validation.required"));
        assertThat(robot.lookup("#eventPupilsError").queryAs(Label.class).getText()).startsWith(Texts.prefix("validation.range", 0));
        assertThat(robot.lookup("#eventTitle").queryAs(TextField.class).getText()).isEqualTo("Кереге");
        app.snapshot("event-errors");
        robot.clickOn("#eventCancel");
        try (Connection c = app.jdbc()) {
            assertThat(text(c, "SELECT COUNT(*) FROM outreach_event")).isEqualTo(before);
        }
    }
}
