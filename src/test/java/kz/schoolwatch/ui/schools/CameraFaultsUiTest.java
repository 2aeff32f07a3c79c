// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.FaultRow;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.ui.RunningApp;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21: a head records a camera's fault from the school's card, sees it in red once open longer than the limit
 * (on the card and in the city's open faults), and closes it with its repair; the camera's status follows.
 */
@SuppressWarnings("unchecked")
class CameraFaultsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    private <T> T db(Function<DSLContext, T> query) throws Exception {
        try (Connection c = TestDatabases.connect(app.folder())) {
            return query.apply(DSL.using(c, SQLDialect.H2));
        }
    }

    @Test
    void aFaultRecordedOnTheCardShowsOverdueAndItsRepairPutsTheCameraBackInOrder() throws Exception {
        LocalDate found = LocalDate.now().minusDays(30);
        Record picked = db(dsl -> dsl.select(CAMERA.ID, CAMERA.SCHOOL_ID).from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                .where(CAMERA.STATUS.eq("WORKING")).and(CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(found)))
                .orderBy(SCHOOL.SCHOOL_NUMBER, CAMERA.ID).limit(1).fetchOne());
        long cameraId = picked.get(CAMERA.ID);
        long schoolId = picked.get(CAMERA.SCHOOL_ID);

        app.clickOn("#navSchools");
        TableView<SchoolRow> schools = app.lookup("#schoolsTable").queryTableView();
        app.await(() -> schools.getItems().size() == 201);
        app.interact(() -> schools.getSelectionModel().select(
                schools.getItems().stream().filter(r -> r.id() == schoolId).findFirst().orElseThrow()));
        app.clickOn("#schoolsOpen");
        app.await(() -> app.exists("#tabCameras"));
        app.clickOn("#tabCameras");
        TableView<Camera> cameras = app.lookup("#cameraTable").queryTableView();
        app.await(() -> cameras.getItems().stream().anyMatch(c -> c.id() == cameraId));
        app.interact(() -> cameras.getSelectionModel().select(
                cameras.getItems().stream().filter(c -> c.id() == cameraId).findFirst().orElseThrow()));

        // «Неисправность…»: saved without a kind, it is refused next to the field and the typed date stays.
        app.clickOn("#faultNew");
        app.await(() -> app.exists("#faultKind"));
        DatePicker day = app.lookup("#faultDay").queryAs(DatePicker.class);
        String typed = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(found);
        app.interact(() -> day.getEditor().setText(typed));
        app.clickOn("#faultDialogSave");
        app.await(() -> app.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> Texts.of("validation.required").equals(l.getText())));
        assertThat(day.getEditor().getText()).isEqualTo(typed);
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.CAMERA_ID.eq(cameraId)))).isZero();
        ComboBox<CameraFaultKind> kind = app.lookup("#faultKind").queryComboBox();
        app.interact(() -> kind.setValue(CameraFaultKind.NO_POWER));
        app.screenshot("#faultKind", "fault-dialog");
        app.clickOn("#faultDialogSave");
        app.await(() -> !app.exists("#faultKind"));

        assertThat(this.<String>db(dsl -> dsl.select(CAMERA.STATUS).from(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOne(CAMERA.STATUS)))
                .isEqualTo("FAULTY");
        assertThat(this.<LocalDate>db(dsl -> dsl.select(CAMERA_FAULT.FOUND_ON).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.CAMERA_ID.eq(cameraId)).fetchOne(CAMERA_FAULT.FOUND_ON))).isEqualTo(found);
        // Open 30 days, longer than the 14 allowed: red, and said in words.
        TableView<CameraFault> history = app.lookup("#faultHistory").queryTableView();
        app.await(() -> history.getItems().size() == 1);
        app.await(() -> app.exists(".fault-overdue"));
        assertThat(app.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .anyMatch(c -> Texts.of("fault.overdue.days", 30).equals(c.getText()))).isTrue();
        app.screenshot("#faultHistory", "school-card-faults");

        // «Ремонт…» of the fault selected: repaired today.
        app.interact(() -> history.getSelectionModel().select(0));
        app.clickOn("#faultRepair");
        app.await(() -> app.exists("#faultOutcome"));
        app.screenshot("#faultOutcome", "repair-dialog");
        app.clickOn("#faultDialogSave");
        app.await(() -> !app.exists("#faultOutcome"));
        app.await(() -> history.getItems().size() == 1 && !history.getItems().get(0).isOpen());
        assertThat(this.<String>db(dsl -> dsl.select(CAMERA.STATUS).from(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOne(CAMERA.STATUS)))
                .isEqualTo("WORKING");
        assertThat(this.<String>db(dsl -> dsl.select(CAMERA_FAULT.REPAIR_OUTCOME).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.CAMERA_ID.eq(cameraId)).fetchOne(CAMERA_FAULT.REPAIR_OUTCOME))).isEqualTo("REPAIRED");
        assertThat(this.<LocalDate>db(dsl -> dsl.select(CAMERA_FAULT.REPAIRED_ON).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.CAMERA_ID.eq(cameraId)).fetchOne(CAMERA_FAULT.REPAIRED_ON))).isEqualTo(LocalDate.now());
        app.await(() -> !app.exists(".fault-overdue"));
        app.await(() -> cameras.getItems().stream().anyMatch(c -> c.id() == cameraId && c.status().name().equals("WORKING")));
    }

    @Test
    void theCitysOpenFaultsShowTheOverdueOnesFilteredAndTheMedianAtTheFoot() throws Exception {
        LocalDate today = LocalDate.now();
        db(dsl -> {
            // The demo city comes with faults of its own: the city's list here holds only the three below.
            dsl.deleteFrom(CAMERA_FAULT).execute();
            var ids = dsl.select(CAMERA.ID).from(CAMERA).where(CAMERA.STATUS.eq("WORKING"))
                    .and(CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(today.minusDays(60)))).orderBy(CAMERA.ID).limit(3)
                    .fetch(CAMERA.ID);
            dsl.insertInto(CAMERA_FAULT, CAMERA_FAULT.CAMERA_ID, CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.KIND)
                    .values(ids.get(0), today.minusDays(40), "NO_POWER")
                    .values(ids.get(1), today.minusDays(3), "POOR_PICTURE").execute();
            dsl.insertInto(CAMERA_FAULT, CAMERA_FAULT.CAMERA_ID, CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.KIND, CAMERA_FAULT.REPAIRED_ON,
                    CAMERA_FAULT.REPAIR_OUTCOME).values(ids.get(2), today.minusDays(9), "OTHER", today.minusDays(2), "REPAIRED").execute();
            return null;
        });
        app.interact(() -> {
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        app.clickOn("#navCameras");
        app.await(() -> app.exists("#camerasTabOpenFaults"));
        app.clickOn("#camerasTabOpenFaults");
        TableView<FaultRow> open = app.lookup("#openFaults").queryTableView();
        app.await(() -> open.getItems().size() == 2);
        app.await(() -> app.exists(".fault-overdue"));
        app.await(() -> app.text("#openFaultsMedian").contains("7"));
        app.screenshot("#openFaults", "open-faults");
        app.clickOn("#openFaultsOnlyOverdue");
        app.await(() -> open.getItems().size() == 1);
        assertThat(open.getItems().get(0).fault().kind()).isEqualTo(CameraFaultKind.NO_POWER);
    }
}
