// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 15: «Обязательное поле» goes away as soon as the field is filled (typed into, an entry chosen), without
 * saving again; the errors of fields still empty stay. In the visit form and in a dialog (the event form).
 */
class FormErrorsClearUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private static Label error(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void anErrorGoesAwayOnceItsFieldIsFilledAndTheOthersStay() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navVisits").queryAll().isEmpty());
        robot.clickOn("#navVisits");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#visitOfficer").queryAll().isEmpty()
                && robot.lookup("#visitOfficer").<ComboBox<Lookup>>query().getItems().size() > 1);

        // The visit form, saved empty: officer and school are asked for.
        robot.clickOn("#visitSave");
        WorkDriver.waitUntil(10, () -> error(robot, "#visitSchoolError").isVisible() && error(robot, "#visitOfficerError").isVisible());
        assertThat(error(robot, "#visitSchoolError").getText()).isEqualTo(Texts.of("validation.required"));
        // The school typed and chosen: its message goes, the officer's stays.
        robot.clickOn("#visitSchool").write("№1 —").type(KeyCode.ENTER);
        WorkDriver.waitUntil(5, () -> !error(robot, "#visitSchoolError").isVisible());
        assertThat(error(robot, "#visitSchoolError").getText()).isEmpty();
        assertThat(error(robot, "#visitOfficerError").isVisible()).isTrue();
        robot.clickOn("#visitOfficer");
        app.chooseInList("Исин Т. С.");
        WorkDriver.waitUntil(5, () -> !error(robot, "#visitOfficerError").isVisible());
        // The time emptied: the moment is asked for beside the date; typing a time answers it.
        app.retype("#visitTime", "");
        robot.clickOn("#visitSave");
        WorkDriver.waitUntil(10, () -> error(robot, "#visitDateError").isVisible());
        robot.clickOn("#visitTime").write("10:30");
        WorkDriver.waitUntil(5, () -> !error(robot, "#visitDateError").isVisible());
        // An unreadable time: its message goes once the time is typed again.
        app.retype("#visitTime", "25:99");
        robot.clickOn("#visitSave");
        WorkDriver.waitUntil(10, () -> error(robot, "#visitTimeError").isVisible());
        app.retype("#visitTime", "10:45");
        WorkDriver.waitUntil(5, () -> !error(robot, "#visitTimeError").isVisible());

        // A dialog: the event form saved empty, then its type chosen.
        robot.clickOn("#navEvents");
        WorkDriver.waitUntil(30, () -> !robot.lookup("#eventNew").queryAll().isEmpty());
        robot.clickOn("#eventNew");
        robot.clickOn("#eventSave");
        WorkDriver.waitUntil(10, () -> error(robot, "#eventTypeError").isVisible());
        assertThat(error(robot, "#eventTypeError").getText()).isEqualTo(Texts.of("validation.required"));
        assertThat(error(robot, "#eventSchoolError").isVisible()).isTrue();
        ComboBox<ReferenceItem> type = robot.lookup("#eventType").queryComboBox();
        robot.clickOn("#eventType");
        app.chooseInList(type.getItems().get(0).name());
        WorkDriver.waitUntil(5, () -> !error(robot, "#eventTypeError").isVisible());
        assertThat(error(robot, "#eventSchoolError").isVisible()).isTrue();
        // The place is a school or a centre: choosing a centre answers the school's message too.
        robot.clickOn("#eventAtCentre");
        ComboBox<Lookup> centre = robot.lookup("#eventCentre").queryComboBox();
        robot.clickOn("#eventCentre");
        app.chooseInList(centre.getItems().get(0).name());
        WorkDriver.waitUntil(5, () -> !error(robot, "#eventSchoolError").isVisible());
        robot.clickOn("#eventCancel");
    }
}
