// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.events;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The events list, like every list with filters, has one button back to all of it. */
class EventsFilterResetUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @Test
    @SuppressWarnings("unchecked")
    void resetShowsEveryEventOfTheMonthAgain() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navEvents").queryAll().isEmpty());
        robot.clickOn("#navEvents");
        TableView<OutreachEvent> table = robot.lookup("#eventsTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !table.getItems().isEmpty());
        int all = table.getItems().size();
        String district = table.getItems().get(0).districtName();

        ComboBox<Lookup> districts = robot.lookup("#eventFilterDistrict").queryComboBox();
        Lookup chosen = districts.getItems().stream().filter(d -> d.name().equals(district)).findFirst().orElseThrow();
        robot.interact(() -> districts.setValue(chosen));
        WorkDriver.waitUntil(30, () -> table.getItems().stream().allMatch(e -> e.districtName().equals(district))
                && table.getItems().size() < all);

        robot.clickOn("#eventFilterReset");
        WorkDriver.waitUntil(30, () -> table.getItems().size() == all);
        assertThat(districts.getValue().id()).isZero();
    }
}
