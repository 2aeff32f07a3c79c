// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.jooq.tables.records.CameraRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 21: a camera's zone, archive and connection through its form, then two cameras edited at once. */
@SuppressWarnings("unchecked")
class CameraDetailsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void startOnTheDemoCity() throws Exception {
        app.awaitDashboard();
    }

    private <T> T db(Function<DSLContext, T> query) throws Exception {
        try (Connection c = TestDatabases.connect(app.folder())) {
            return query.apply(DSL.using(c, SQLDialect.H2));
        }
    }

    private static Window newWindow(List<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void aCamerasDetailsAreEditedThroughItsFormAndTwoCamerasAtOnce() throws Exception {
        app.clickOn("#navSchools");
        TableView<SchoolRow> schools = app.lookup("#schoolsTable").queryAs(TableView.class);
        app.await(() -> schools.getItems().size() > 100);
        int index = 0;
        while (schools.getItems().get(index).camerasTotal() < 2) {
            index++;
        }
        int chosen = index;
        List<Window> beforeCard = List.copyOf(Window.getWindows());
        app.interact(() -> schools.getSelectionModel().select(chosen));
        app.clickOn("#schoolsOpen");
        app.await(() -> app.exists("#tabCameras"));
        Stage card = (Stage) newWindow(beforeCard);
        app.interact(() -> {
            card.setWidth(1366);
            card.setHeight(740);
        });
        app.clickOn("#tabCameras");
        TableView<Camera> cameras = app.lookup("#cameraTable").queryAs(TableView.class);
        app.await(() -> cameras.getItems().size() >= 2);
        long first = cameras.getItems().get(0).id();
        long second = cameras.getItems().get(1).id();

        // One camera through its form: entrance No. 2, recordings kept 30 days, connected to «Сергек».
        app.interact(() -> cameras.getSelectionModel().clearAndSelect(0));
        app.clickOn("#cameraEdit");
        app.await(() -> app.exists("#cameraZone"));
        app.clickOn("#cameraZone");
        app.chooseInList(Texts.of("camera.zone.entrance"));
        app.fill("#cameraZoneNumber", "2");
        app.fill("#cameraArchiveDays", "30");
        app.clickOn("#cameraConnection");
        app.chooseInList(Texts.of("camera.connection.sergek"));
        app.screenshot("#cameraZone", "camera-details-form");
        app.clickOn("#cameraDialogSave");
        app.await(() -> !app.exists("#cameraDialogSave"));
        app.await(() -> cameras.getItems().stream().anyMatch(c -> c.id() == first && c.details().archiveDays() != null));
        Camera edited = cameras.getItems().stream().filter(c -> c.id() == first).findFirst().orElseThrow();
        assertThat(edited.details().zone()).isEqualTo(CameraZone.ENTRANCE);
        assertThat(edited.details().zoneNumber()).isEqualTo(2);
        assertThat(edited.details().connection()).isEqualTo(CameraConnection.SERGEK);
        CameraRecord stored = db(dsl -> dsl.fetchOne(CAMERA, CAMERA.ID.eq(first)));
        assertThat(stored.getZone()).isEqualTo("ENTRANCE");
        assertThat(stored.getZoneNumber()).isEqualTo(2);
        assertThat(stored.getArchiveDays()).isEqualTo(30);
        assertThat(stored.getConnection()).isEqualTo("SERGEK");
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(CAMERA_DETAIL_HISTORY,
                CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(first).and(CAMERA_DETAIL_HISTORY.VALID_FROM.eq(LocalDate.now()))))).isEqualTo(1);

        // Both cameras at once: only the ticked archive and connection change, the zone stays each camera's own.
        app.interact(() -> cameras.getSelectionModel().selectIndices(0, 1));
        app.clickOn("#cameraEditSelected");
        app.await(() -> app.exists("#bulkChangeArchiveDays"));
        app.clickOn("#bulkChangeArchiveDays");
        app.fill("#bulkArchiveDays", "45");
        app.clickOn("#bulkChangeConnection");
        app.clickOn("#bulkConnection");
        app.chooseInList(Texts.of("camera.connection.cou"));
        app.screenshot("#bulkArchiveDays", "camera-details-bulk");
        app.clickOn("#cameraDetailsEditSave");
        app.await(() -> !app.exists("#cameraDetailsEditSave"));
        app.await(() -> cameras.getItems().stream().filter(c -> c.id() == first || c.id() == second)
                .allMatch(c -> Integer.valueOf(45).equals(c.details().archiveDays())));
        app.screenshot("#cameraTable", "camera-details-table");
        for (long id : List.of(first, second)) {
            CameraRecord r = db(dsl -> dsl.fetchOne(CAMERA, CAMERA.ID.eq(id)));
            assertThat(r.getArchiveDays()).isEqualTo(45);
            assertThat(r.getConnection()).isEqualTo("COU");
        }
        assertThat(db(dsl -> dsl.fetchOne(CAMERA, CAMERA.ID.eq(first))).getZoneNumber()).isEqualTo(2);
        assertThat(cameras.getItems().stream().filter(c -> c.id() == first).findFirst().orElseThrow().details().zone())
                .isEqualTo(CameraZone.ENTRANCE);
    }
}
