// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The officer form on the running app saved into another officer's change (issue 18): the conflict dialog opens with
 * their last name and my phone, «Объединить и сохранить» writes both over their version.
 */
class OfficerConflictUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @Test
    void aCorrectionIntoAnotherOfficersChangeOpensTheConflictDialogAndTheMergeIsSaved() throws Exception {
        FxRobot robot = app;
        WorkDriver.waitUntil(90, () -> !robot.lookup("#navOfficers").queryAll().isEmpty());
        robot.clickOn("#navOfficers");
        TableView<OfficerSummary> table = robot.lookup("#officersTable").queryTableView();
        WorkDriver.waitUntil(30, () -> !table.getItems().isEmpty());
        OfficerSummary chosen = table.getItems().get(0);
        long id = chosen.officer().id();
        int opened = chosen.officer().version();
        robot.interact(() -> table.getSelectionModel().select(chosen));
        robot.clickOn("#officerEdit");
        WorkDriver.waitUntil(10, () -> !robot.lookup("#officerPhone").queryAll().isEmpty());

        // Another officer (another PC) corrects the last name meanwhile.
        try (Connection c = app.jdbc(); PreparedStatement st = c.prepareStatement(
                "UPDATE officer SET last_name = 'Другая', row_version = row_version + 1 WHERE id = ?")) {
            st.setLong(1, id);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        app.retype("#officerPhone", "+7 701 555 44 33");
        robot.clickOn("#officerSave");

        WorkDriver.waitUntil(10, () -> !robot.lookup("#conflictDialog").queryAll().isEmpty());
        assertThat(robot.lookup("#conflictTheirs1").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#conflictMine2").queryAs(RadioButton.class).isSelected()).isTrue();
        app.snapshot("officer-conflict");
        robot.clickOn("#conflictMerge");

        WorkDriver.waitUntil(10, () -> robot.lookup("#officerSave").queryAll().isEmpty());
        try (Connection c = app.jdbc(); PreparedStatement st = c.prepareStatement(
                "SELECT last_name, phone, row_version FROM officer WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet r = st.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Другая");
                assertThat(r.getString(2)).isEqualTo("+7 701 555 44 33");
                assertThat(r.getInt(3)).isEqualTo(opened + 2);
            }
        }
    }
}
