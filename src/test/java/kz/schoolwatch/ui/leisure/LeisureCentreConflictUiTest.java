// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A leisure centre's form saved after another officer changed the centre (issue 18): the conflict dialog opens
 * from the form, and «Объединить и сохранить» stores the officer's new name with the other officer's address.
 */
class LeisureCentreConflictUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD);

    @Test
    void theFormMeetsAnotherOfficersChangeAndTheMergeIsStored() throws Exception {
        FxRobot robot = app;
        try (Connection c = app.jdbc()) {
            c.createStatement().execute("INSERT INTO leisure_centre (name, district_id, address) VALUES ('Центр «Арман»', 1, 'ул. Абая, 1')");
        }
        WorkDriver.waitUntil(60, () -> !robot.lookup("#navLeisure").queryAll().isEmpty());
        robot.clickOn("#navLeisure");
        TableView<LeisureCentre> centres = robot.lookup("#leisureCentres").queryTableView();
        WorkDriver.waitUntil(30, () -> centres.getItems().size() == 1);
        robot.interact(() -> centres.getSelectionModel().select(0));
        robot.clickOn("#leisureEdit");
        WorkDriver.waitUntil(20, () -> app.exists("#leisureName"));

        // Another officer moves the centre meanwhile.
        try (Connection c = app.jdbc()) {
            c.createStatement().execute("UPDATE leisure_centre SET address = 'ул. Абая, 20', row_version = row_version + 1");
        }
        app.retype("#leisureName", "Центр досуга «Арман»");
        robot.clickOn("#leisureSave");
        WorkDriver.waitUntil(20, () -> app.exists("#conflictDialog"));
        app.snapshot("leisure-centre-conflict");
        robot.clickOn("#conflictMerge");
        WorkDriver.waitUntil(20, () -> !app.exists("#leisureSave") && !app.exists("#conflictDialog"));

        try (Connection c = app.jdbc();
             PreparedStatement st = c.prepareStatement("SELECT name, address, row_version FROM leisure_centre");
             ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Центр досуга «Арман»");
            assertThat(rs.getString(2)).isEqualTo("ул. Абая, 20");
            assertThat(rs.getInt(3)).isEqualTo(3);
        }
        WorkDriver.waitUntil(20, () -> centres.getItems().size() == 1 && centres.getItems().get(0).name().equals("Центр досуга «Арман»"));
    }
}
