// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.ui.AppRobot.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.function.Function;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.ui.common.Formats;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Schools screen, the school card and the Cameras screen, driven as an officer would. */
class SchoolsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void startOnTheDemoCity() throws Exception {
        app.awaitDashboard();
    }

    /** Reads the database the app holds (same JVM: H2 shares the open file). */
    private <T> T db(Function<DSLContext, T> query) throws Exception {
        try (Connection c = TestDatabases.connect(app.folder())) {
            return query.apply(DSL.using(c, SQLDialect.H2));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<SchoolRow> schoolsTable() {
        return (TableView<SchoolRow>) app.lookup("#schoolsTable").queryAs(TableView.class);
    }

    private void openSchools() throws Exception {
        app.clickOn("#navSchools");
        app.await(() -> schoolsTable().getItems().size() == 201);
    }

    @Test
    void schoolsScreenListsTheCityAndFiltersIt() throws Exception {
        openSchools();
        assertThat(app.text("#schoolsStatus")).isEqualTo(Texts.of("schools.status", 190, 201));
        app.screenshot("#schoolsTable", "schools");

        // Only the schools without video surveillance.
        app.clickOn("#schoolsCoverageFilter").type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        app.await(() -> schoolsTable().getItems().size() == 11);
        assertThat(schoolsTable().getItems()).allMatch(r -> !r.covered());
        assertThat(app.text("#schoolsStatus")).isEqualTo(Texts.of("schools.status", 0, 11));

        // Back to all, then search by number.
        app.clickOn("#schoolsCoverageFilter").type(KeyCode.UP, 2).type(KeyCode.ENTER);
        app.fill("#schoolsSearch", "12");
        app.await(() -> schoolsTable().getItems().size() < 201);
        assertThat(schoolsTable().getItems()).isNotEmpty()
                .allMatch(r -> Integer.toString(r.number()).startsWith("12") || r.name().contains("12"));
    }

    @Test
    void newSchoolWithBulkCamerasShowsInTableCamerasScreenAndDashboard() throws Exception {
        openSchools();
        app.clickOn("#schoolsNew");
        app.await(() -> app.exists("#schoolNumber"));
        app.fill("#schoolNumber", "999");
        app.fill("#schoolName", "КГУ «Общеобразовательная школа №999»");
        app.clickOn("#schoolType").type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.clickOn("#schoolDistrict").type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.fill("#schoolPupils", "1 250");
        app.fill("#schoolPhone", "+7 727 300 12 34");
        app.clickOn("#schoolSave");
        app.await(() -> app.text("#schoolFormMessage").equals(Texts.of("school.saved")));
        assertThat(this.<Integer>db(dsl -> dsl.fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(999)).getPupils())).isEqualTo(1250);

        // The inventory arrives as counts: 3 outdoor and 5 indoor cameras in one step.
        app.clickOn("#tabCameras");
        app.fill("#bulkOutdoor", "3");
        app.fill("#bulkIndoor", "5");
        app.reveal("#bulkAdd").clickOn("#bulkAdd");
        app.await(() -> app.text("#cameraSummary").equals(Texts.of("camera.summary", 3, 5, 8)));
        app.screenshot("#cameraTable", "school-card-cameras");
        long id = db(dsl -> dsl.fetchOne(SCHOOL, SCHOOL.SCHOOL_NUMBER.eq(999)).getId());
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(CAMERA, CAMERA.SCHOOL_ID.eq(id)))).isEqualTo(8);
        app.clickOn("#schoolClose");

        app.await(() -> schoolsTable().getItems().stream().anyMatch(r -> r.number() == 999 && r.camerasTotal() == 8));
        SchoolRow row = schoolsTable().getItems().stream().filter(r -> r.number() == 999).findFirst().orElseThrow();
        assertThat(row.camerasOutdoor()).isEqualTo(3);
        assertThat(row.camerasIndoor()).isEqualTo(5);
        assertThat(row.covered()).isTrue();
        assertThat(app.text("#schoolsStatus")).isEqualTo(Texts.of("schools.status", 191, 202));

        app.clickOn("#navCameras");
        app.await(() -> app.text("#camerasUncoveredTitle").equals(Texts.of("cameras.uncovered", 11)));
        app.screenshot("#camerasByDistrict", "cameras");
        TableView<?> byDistrict = app.lookup("#camerasByDistrict").queryAs(TableView.class);
        app.await(() -> byDistrict.getItems().size() == 9);
        var city = (DistrictCameraTotals) byDistrict.getItems().get(8);
        assertThat(city.total()).isEqualTo(1610);
        assertThat(city.outdoor()).isEqualTo(645);
        assertThat(city.schoolsCovered()).isEqualTo(191);

        app.clickOn("#navDashboard");
        app.await(() -> number(app.text("#dashboardCamerasTotal")) == 1610);
        assertThat(number(app.text("#dashboardSchools"))).isEqualTo(202);
        assertThat(number(app.text("#dashboardSchoolsWithCameras"))).isEqualTo(191);
        assertThat(number(app.text("#dashboardSchoolsWithoutCameras"))).isEqualTo(11);
    }

    @Test
    void badInputShowsErrorsNextToFieldsAndWritesNothing() throws Exception {
        openSchools();
        int taken = schoolsTable().getItems().get(0).number();
        app.clickOn("#schoolsNew");
        app.await(() -> app.exists("#schoolNumber"));
        app.fill("#schoolNumber", "abc");
        app.fill("#schoolPupils", "-5");
        app.fill("#schoolPhone", "позвонить");
        app.clickOn("#schoolSave");
        app.await(() -> !app.text("#schoolNumberError").isEmpty());
        assertThat(app.text("#schoolNumberError")).isEqualTo(Texts.of("validation.number"));
        assertThat(app.text("#schoolNameError")).isEqualTo(Texts.of("validation.required"));
        assertThat(app.text("#schoolPupilsError")).isEqualTo(Texts.of("validation.notNegative"));
        assertThat(app.text("#schoolPhoneError")).isEqualTo(Texts.of("validation.phone"));
        assertThat(app.text("#schoolDistrictError")).isEqualTo(Texts.of("validation.required"));
        app.screenshot("#schoolNumber", "school-card-errors");

        // A number another school has: refused inside the transaction, the form keeps everything typed.
        app.fill("#schoolNumber", Integer.toString(taken));
        app.fill("#schoolName", "Новая гимназия");
        app.fill("#schoolPupils", "800");
        app.fill("#schoolPhone", "");
        app.clickOn("#schoolType").type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.clickOn("#schoolDistrict").type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.clickOn("#schoolSave");
        app.await(() -> app.text("#schoolNumberError").startsWith(Texts.prefix("school.error.numberTaken")));
        assertThat(app.text("#schoolNumberError")).isEqualTo(Texts.of("school.error.numberTaken", taken));
        assertThat(app.text("#schoolName")).isEqualTo("Новая гимназия");
        assertThat(app.text("#schoolPupils")).isEqualTo("800");
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(SCHOOL))).isEqualTo(201);
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(SCHOOL, SCHOOL.NAME.eq("Новая гимназия")))).isZero();
    }

    @Test
    void schoolWithVisitsIsArchivedNeverDeleted() throws Exception {
        openSchools();
        long withVisits = db(dsl -> dsl.select(SCHOOL_VISIT.SCHOOL_ID).from(SCHOOL_VISIT).limit(1).fetchOne().value1());
        int number = db(dsl -> dsl.fetchOne(SCHOOL, SCHOOL.ID.eq(withVisits)).getSchoolNumber());
        app.fill("#schoolsSearch", Integer.toString(number));
        app.await(() -> schoolsTable().getItems().stream().anyMatch(r -> r.id() == withVisits));
        int index = 0;
        while (schoolsTable().getItems().get(index).id() != withVisits) {
            index++;
        }
        int row = index;
        app.interact(() -> schoolsTable().getSelectionModel().select(row));
        app.clickOn("#schoolsOpen");
        app.await(() -> app.exists("#schoolRemove") && app.lookup("#schoolRemove").query().isVisible());
        app.clickOn("#schoolRemove");
        app.await(() -> app.exists("#confirmYes"));
        app.clickOn("#confirmYes");
        app.await(() -> app.text("#schoolCardMessage").equals(Texts.of("school.archived")));

        assertThat(this.<LocalDate>db(dsl -> dsl.fetchOne(SCHOOL, SCHOOL.ID.eq(withVisits)).getArchivedOn())).isNotNull();
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.SCHOOL_ID.eq(withVisits)))).isPositive();
        assertThat(app.text("#schoolCardArchived")).isEqualTo(Texts.of("school.archivedBadge"));
        app.clickOn("#schoolClose");

        // Gone from the list and the figures, kept in history.
        app.await(() -> schoolsTable().getItems().stream().noneMatch(r -> r.id() == withVisits));
        app.clickOn("#schoolsArchivedFilter");
        app.await(() -> schoolsTable().getItems().stream().anyMatch(r -> r.id() == withVisits && r.archived()));
        app.clickOn("#navDashboard");
        app.await(() -> number(app.text("#dashboardSchools")) == 200);
    }

    @Test
    void cardRecordsEquipmentACheckAndANewOfficerWithHistory() throws Exception {
        openSchools();
        SchoolRow first = schoolsTable().getItems().get(0);
        app.interact(() -> schoolsTable().getSelectionModel().select(0));
        app.clickOn("#schoolsOpen");
        app.await(() -> app.exists("#tabEquipment"));

        // Equipment: a contract date without a guard company is refused next to the field.
        app.clickOn("#tabEquipment");
        // The first school has a guard contract: its stored company shows once the tab's data is read, which must
        // happen before typing, or the read would put the company back over the emptied field.
        app.await(() -> app.lookup("#equipmentGuardCompany").query().isVisible()
                && !app.lookup("#equipmentGuardCompany").queryTextInputControl().getText().isEmpty());
        app.fill("#equipmentGuardCompany", "");
        app.fill("#equipmentGuardEndText", "01.12.2026");
        app.reveal("#equipmentSave").clickOn("#equipmentSave");
        app.await(() -> !app.text("#equipmentGuardCompanyError").isEmpty());
        assertThat(app.text("#equipmentGuardCompanyError")).isEqualTo(Texts.of("equipment.error.contractWithoutCompany"));
        app.fill("#equipmentGuardCompany", "ТОО «Барыс-Охрана»");
        app.reveal("#equipmentSave").clickOn("#equipmentSave");
        app.await(() -> app.text("#equipmentMessage").equals(Texts.of("equipment.saved")));
        assertThat(this.<String>db(dsl -> dsl.fetchOne(Tables.SCHOOL_EQUIPMENT,
                Tables.SCHOOL_EQUIPMENT.SCHOOL_ID.eq(first.id())).getGuardCompany()))
                .isEqualTo("ТОО «Барыс-Охрана»");

        // A security check today: the school is no longer overdue.
        int checksBefore = this.<Integer>db(dsl -> dsl.fetchCount(Tables.SECURITY_CHECK,
                Tables.SECURITY_CHECK.SCHOOL_ID.eq(first.id())));
        app.clickOn("#tabChecks");
        app.await(() -> app.lookup("#checkOfficer").query().isVisible());
        app.reveal("#checkOfficer").clickOn("#checkOfficer").type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.await(() -> !app.lookup("#checkResultVIDEO").queryAll().isEmpty());
        javafx.scene.control.ComboBox<?> video = app.lookup("#checkResultVIDEO").queryAs(javafx.scene.control.ComboBox.class);
        app.interact(() -> video.getSelectionModel().selectNext());
        // The form of a check by requirement runs below the history: scroll the tab down to its remarks and button.
        app.reveal("#checkRemarks").clickOn("#checkRemarks").write("Кнопка не выведена на пульт");
        app.reveal("#checkSave").clickOn("#checkSave");
        app.await(() -> app.text("#checkMessage").equals(Texts.of("check.saved")));
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(Tables.SECURITY_CHECK,
                Tables.SECURITY_CHECK.SCHOOL_ID.eq(first.id())))).isEqualTo(checksBefore + 1);
        app.await(() -> app.text("#checkDue").startsWith(Texts.prefix("check.due.ok", Formats.date(LocalDate.now()))));
        app.screenshot("#checkTable", "school-card-checks");

        // Another officer from today; the earlier one stays in the history.
        TableView<?> history = app.lookup("#assignHistory").queryAs(TableView.class);
        app.clickOn("#tabOfficer");
        app.await(() -> !history.getItems().isEmpty());
        int before = history.getItems().size();
        app.clickOn("#assignOfficer").type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        app.clickOn("#assignSave");
        app.await(() -> app.text("#assignMessage").equals(Texts.of("assign.saved")) && history.getItems().size() == before + 1);
        app.screenshot("#assignHistory", "school-card-officer");
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(first.id())))).isEqualTo(before + 1);
        assertThat(this.<Integer>db(dsl -> dsl.fetchCount(SCHOOL_ASSIGNMENT,
                SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(first.id()).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())))).isEqualTo(1);
    }
}
