// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ListCell;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, dialogs: the event form keeps its fields clear of the dialog's edge, shows eight officers at a time
 * with a search box, and nothing in it moves or resizes when a long entry is chosen or when errors appear.
 */
@SuppressWarnings("unchecked")
class EventDialogUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private static Bounds bounds(FxRobot robot, String id) throws Exception {
        Node n = robot.lookup(id).query();
        return WaitForAsyncUtils.asyncFx(() -> n.localToScene(n.getBoundsInLocal())).get();
    }

    private static List<Bounds> layout(FxRobot robot) throws Exception {
        return List.of(bounds(robot, "#eventType"), bounds(robot, "#eventDate"), bounds(robot, "#eventTitle"),
                bounds(robot, "#eventSchool"), bounds(robot, "#eventPupils"), bounds(robot, "#eventNotes"),
                bounds(robot, "#eventOfficers"), bounds(robot, "#eventPartners"));
    }

    @Test
    void eventFormIsPaddedShowsEightOfficersWithSearchAndDoesNotMoveWhenChoosingOrOnErrors() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navEvents").queryAll().isEmpty());
        robot.clickOn("#navEvents");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#eventsTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#eventNew");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#eventSave").queryAll().isEmpty());

        // Clear of the left edge of the dialog.
        assertThat(bounds(robot, "#eventType").getMinX()).isGreaterThanOrEqualTo(16);
        assertThat(bounds(robot, "#eventNotes").getMinX()).isGreaterThanOrEqualTo(16);
        // Eight officers at a time, not three.
        ListView<Lookup> officers = robot.lookup("#eventOfficers").queryAs(ListView.class);
        assertThat(officers.getItems().size()).isGreaterThan(8);
        assertThat(officers.getHeight()).isGreaterThanOrEqualTo(8 * officers.getFixedCellSize());
        // The whole form fits a 1366×768 laptop.
        assertThat(officers.getScene().getWindow().getWidth()).isLessThan(1366);
        assertThat(officers.getScene().getWindow().getHeight()).isLessThan(740);

        List<Bounds> before = layout(robot);
        double width = officers.getScene().getWindow().getWidth();
        ComboBox<ReferenceItem> type = robot.lookup("#eventType").queryComboBox();
        String longest = type.getItems().stream().map(ReferenceItem::name).max(Comparator.comparingInt(String::length)).orElseThrow();
        robot.clickOn("#eventType");
        app.chooseInList(longest);
        assertThat(layout(robot)).as("choosing a long type moves nothing").isEqualTo(before);

        // Saved without a place: the error appears under the school and nothing below it moves.
        robot.clickOn("#eventSave");
        WorkDriver.waitUntil(10, () -> robot.lookup("#eventSchoolError").queryAs(Label.class).isVisible());
        assertThat(layout(robot)).as("an error moves nothing").isEqualTo(before);
        assertThat(officers.getScene().getWindow().getWidth()).isEqualTo(width);

        // The search narrows the list; a tick stays when the search is cleared.
        robot.clickOn("#eventOfficersSearch").write("Исин");
        WorkDriver.waitUntil(5, () -> !officers.getItems().isEmpty() && officers.getItems().stream().allMatch(o -> o.name().contains("Исин")));
        Lookup first = officers.getItems().get(0);
        ListCell<Lookup> cell = robot.lookup("#eventOfficers .list-cell")
                .match((ListCell<Lookup> c) -> c.getItem() != null && c.getItem().equals(first)).query();
        robot.clickOn(cell.lookup(".check-box"));
        app.retype("#eventOfficersSearch", "");
        WorkDriver.waitUntil(5, () -> officers.getItems().size() > 8);
        assertThat(robot.lookup("#eventOfficersCount").queryAs(Label.class).getText()).isEqualTo(Texts.of("form.checkList.count", 1));
        app.snapshot("event-form-layout");
        robot.clickOn("#eventCancel");
    }
}
