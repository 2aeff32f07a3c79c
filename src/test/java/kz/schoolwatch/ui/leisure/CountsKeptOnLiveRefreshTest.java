// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.leisure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.ui.SceneFixture;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An officer typing a centre's counts keeps them, and the centre stays selected, while another officer's save of
 * another centre's counts reads the month again on this screen (on the unit's server, within two seconds of it):
 * the table's rows change only where they changed, so its selection and the form bound to it are not reset.
 */
class CountsKeptOnLiveRefreshTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        if (stage != null) {
            SceneFixture.hide(stage);
        }
    }

    @Test
    void countsBeingTypedStayWhenAnotherCentresCountsArriveFromElsewhere() throws Exception {
        try (Database db = TestDatabases.open(folder); ExecutorTaskRunner tasks = new ExecutorTaskRunner(1)) {
            TestRows rows = new TestRows(db);
            long zhastar = rows.centre("Центр досуга «Жастар»", 4);
            long arman = rows.centre("Центр досуга «Арман»", 4);
            DataChanges changes = new DataChanges();
            LeisureService leisure = new LeisureService(db, new LeisureRepository(db), changes, TestDatabases.head());
            LeisureViewModel model = new LeisureViewModel(leisure, new LookupService(db, new LookupRepository(db), changes,
                    TestDatabases.head()), tasks, changes, Clock.systemDefaultZone());
            stage = SceneFixture.show(() -> new LeisureView(model, Messages.russian()));
            TableView<LeisureAttendance> attendance = robot.lookup("#leisureAttendance").queryTableView();
            WorkDriver.waitUntil(10, () -> attendance.getItems().size() == 2);
            LeisureAttendance typedInto = attendance.getItems().stream().filter(a -> a.centreId() == zhastar).findFirst().orElseThrow();
            robot.interact(() -> attendance.getSelectionModel().select(typedInto));
            robot.clickOn("#leisureTeenagers").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE)
                    .write("9");

            // Another officer's save, published as the server's notification is.
            leisure.putAttendance(arman, LocalDate.now(), 3, 1, 0);

            WorkDriver.waitUntil(10, () -> attendance.getItems().stream().anyMatch(a -> a.centreId() == arman && a.registeredTeenagers() == 3));
            robot.interact(() -> { });
            assertThat(attendance.getSelectionModel().getSelectedItem()).extracting(LeisureAttendance::centreId).isEqualTo(zhastar);
            assertThat(robot.lookup("#leisureTeenagers").queryAs(TextField.class).getText()).isEqualTo("9");
        }
    }
}
