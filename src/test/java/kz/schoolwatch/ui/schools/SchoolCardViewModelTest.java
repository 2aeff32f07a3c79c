// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's card and the forms of its tabs against a real database, with the background work run in step. */
class SchoolCardViewModelTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
    private static final Messages MESSAGES = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private TestRows rows;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private SchoolCardServices services;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        DataChanges changes = new DataChanges();
        SchoolService schools = new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                changes, CLOCK, TestDatabases.head());
        services = new SchoolCardServices(schools,
                new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes, CLOCK,
                        TestDatabases.head()),
                new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head()),
                new SecurityCheckService(db, new SecurityCheckRepository(db), changes, CLOCK, TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), changes, TestDatabases.head()),
                new VisitService(db, new VisitRepository(db), changes, CLOCK, TestDatabases.head()),
                changes, tasks, MESSAGES, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SchoolCardViewModel card(Long schoolId) {
        SchoolCardViewModel card = new SchoolCardViewModel(services, schoolId);
        card.load();
        return card;
    }

    private Object column(String sql) {
        return db.dsl().fetchOne(sql).get(0);
    }

    @Test
    void loadsTheSchoolIntoTheHeadingTheDataTabAndTheOtherTabs() {
        long id = rows.school(125, 2);
        long officer = rows.officer("Исин", "100001", 2);
        rows.assign(id, officer, TODAY.minusDays(30));

        SchoolCardViewModel card = card(id);

        assertThat(card.schoolProperty().get().number()).isEqualTo(125);
        SchoolDetailsViewModel details = card.details();
        assertThat(details.numberProperty().get()).isEqualTo("125");
        assertThat(details.nameProperty().get()).isEqualTo("КГУ «Общеобразовательная школа №125»");
        assertThat(details.districtProperty().get().id()).isEqualTo(2);
        assertThat(details.hasUnsavedInput()).isFalse();
        assertThat(card.cameras().cameras()).isEmpty();
        assertThat(card.checks().dueProperty().get().last()).isNull();
        assertThat(card.checks().dateProperty().get()).isEqualTo(TODAY);
        assertThat(card.officer().currentProperty().get().officer()).contains("Исин");
        assertThat(tasks.failed()).isZero();
    }

    @Test
    void editedDetailsAreSavedAndTheFormSaysSo() {
        long id = rows.school(125, 2);
        SchoolCardViewModel card = card(id);
        SchoolDetailsViewModel details = card.details();

        details.nameProperty().set("Школа-лицей №125");
        details.pupilsProperty().set("1 200");
        assertThat(card.hasUnsavedInput()).isTrue();
        boolean[] saved = new boolean[1];
        card.saveDetails(ok -> saved[0] = ok);

        assertThat(saved[0]).isTrue();
        assertThat(details.outcomeProperty().get().savedText(MESSAGES)).isEqualTo(MESSAGES.get("school.saved"));
        assertThat(column("SELECT name FROM school WHERE id = " + id)).isEqualTo("Школа-лицей №125");
        assertThat(column("SELECT pupils FROM school WHERE id = " + id)).isEqualTo(1200);
        assertThat(card.hasUnsavedInput()).isFalse();
        assertThat(card.schoolProperty().get().name()).isEqualTo("Школа-лицей №125");
    }

    @Test
    void aNumberThatIsNoNumberStaysNextToItsFieldAndNothingIsSaved() {
        long id = rows.school(125, 2);
        SchoolCardViewModel card = card(id);
        SchoolDetailsViewModel details = card.details();

        details.nameProperty().set("Другое имя");
        details.pupilsProperty().set("1,5");
        boolean[] saved = {true};
        card.saveDetails(ok -> saved[0] = ok);

        assertThat(saved[0]).isFalse();
        FormOutcome outcome = details.outcomeProperty().get();
        assertThat(outcome.isSaved()).isFalse();
        assertThat(outcome.errors()).containsExactly(FieldError.of("pupils", "validation.number"));
        assertThat(MESSAGES.get(outcome.errors().get(0).messageKey())).isEqualTo(MESSAGES.get("validation.number")).isNotBlank();
        assertThat(details.pupilsProperty().get()).isEqualTo("1,5");
        assertThat(details.nameProperty().get()).isEqualTo("Другое имя");
        assertThat(column("SELECT name FROM school WHERE id = " + id)).isEqualTo("КГУ «Общеобразовательная школа №125»");
        assertThat(column("SELECT pupils FROM school WHERE id = " + id)).isEqualTo(0);
    }

    @Test
    void aNewSchoolOpensItsOtherTabsOnceSaved() {
        int before = rows.count("school");
        SchoolCardViewModel card = card(null);
        SchoolDetailsViewModel details = card.details();
        assertThat(details.districts()).isNotEmpty();

        details.numberProperty().set("314");
        details.nameProperty().set("Школа №314");
        details.typeProperty().set(SchoolType.GENERAL);
        details.districtProperty().set(details.districts().get(0));
        details.save();

        assertThat(rows.count("school")).isEqualTo(before + 1);
        Long id = card.schoolIdProperty().get();
        assertThat(id).isNotNull();
        assertThat(column("SELECT school_number FROM school WHERE id = " + id)).isEqualTo(314);
        assertThat(card.schoolProperty().get().name()).isEqualTo("Школа №314");
        assertThat(card.checks().dueProperty().get()).isNotNull();
    }

    @Test
    void aCameraAddedInItsFormShowsInTheListAndItsCounts() {
        long id = rows.school(125, 2);
        SchoolCardViewModel card = card(id);
        SchoolCamerasViewModel cameras = card.cameras();

        CameraFormViewModel form = cameras.form(null);
        assertThat(form.isNew()).isTrue();
        form.placementProperty().set(CameraPlacement.OUTDOOR);
        form.areaProperty().set(CameraViewArea.ENTRANCE);
        form.noteProperty().set("у ворот");
        form.save();
        assertThat(form.savedIdProperty().get()).isNotNull();
        cameras.reload();

        assertThat(rows.count("camera")).isEqualTo(1);
        assertThat(column("SELECT note FROM camera WHERE school_id = " + id)).isEqualTo("у ворот");
        assertThat(cameras.cameras()).hasSize(1);
        assertThat(cameras.countsProperty().get()).isEqualTo(new SchoolCamerasViewModel.Counts(1, 0, 1));
    }

    @Test
    void manyCamerasAreAddedInOneStepAndABadCountAddsNone() {
        long id = rows.school(125, 2);
        SchoolCamerasViewModel cameras = card(id).cameras();

        cameras.outdoorProperty().set("два");
        cameras.indoorProperty().set("3");
        cameras.addMany();
        assertThat(cameras.outcomeProperty().get().errors()).containsExactly(FieldError.of("outdoor", "validation.number"));
        assertThat(rows.count("camera")).isZero();

        cameras.outdoorProperty().set("2");
        cameras.addMany();
        assertThat(cameras.outcomeProperty().get().savedText(MESSAGES)).isEqualTo(MESSAGES.get("camera.bulk.added", 2, 3));
        assertThat(rows.count("camera")).isEqualTo(5);
        assertThat(cameras.countsProperty().get()).isEqualTo(new SchoolCamerasViewModel.Counts(2, 3, 5));
        assertThat(cameras.outdoorProperty().get()).isEmpty();
        assertThat(cameras.indoorProperty().get()).isEmpty();
    }

    @Test
    void equipmentChecksAndTheOfficerAreSavedFromTheirTabs() {
        long id = rows.school(125, 2);
        long officer = rows.officer("Исин", "100001", 2);
        SchoolCardViewModel card = card(id);

        EquipmentViewModel equipment = card.equipment();
        equipment.panicProperty().set(true);
        equipment.guardCompanyProperty().set("ТОО «Кузет-Алматы»");
        equipment.guardEndProperty().set(TODAY.minusDays(1));
        equipment.save();
        assertThat(equipment.outcomeProperty().get().savedText(MESSAGES)).isEqualTo(MESSAGES.get("equipment.saved"));
        assertThat(column("SELECT guard_company FROM school_equipment WHERE school_id = " + id)).isEqualTo("ТОО «Кузет-Алматы»");
        assertThat(equipment.guardStateProperty().get()).hasToString("EXPIRED");

        ChecksViewModel checks = card.checks();
        checks.officerProperty().set(checks.officers().stream().filter(o -> o.id() == officer).findFirst().orElseThrow());
        checks.remarksProperty().set("Калитка открыта");
        checks.save();
        assertThat(checks.outcomeProperty().get().savedText(MESSAGES)).isEqualTo(MESSAGES.get("check.saved"));
        assertThat(column("SELECT remarks FROM security_check WHERE school_id = " + id)).isEqualTo("Калитка открыта");
        assertThat(checks.remarksProperty().get()).isEmpty();
        assertThat(checks.dueProperty().get().last()).isEqualTo(TODAY);

        OfficerAssignmentViewModel assignment = card.officer();
        assignment.officerProperty().set(assignment.officers().stream().filter(o -> o.id() == officer).findFirst().orElseThrow());
        assignment.assign();
        assertThat(assignment.outcomeProperty().get().savedText(MESSAGES)).isEqualTo(MESSAGES.get("assign.saved"));
        assertThat(rows.count("school_assignment")).isEqualTo(1);
        assertThat(assignment.currentProperty().get().from()).isEqualTo(TODAY);
    }

    @Test
    void anUnreadableDateIsRefusedNextToItsField() {
        long id = rows.school(125, 2);
        EquipmentViewModel equipment = card(id).equipment();
        equipment.guardCompanyProperty().set("ТОО «Кузет-Алматы»");
        equipment.guardEndUnreadableProperty().set(true);
        equipment.save();

        assertThat(equipment.outcomeProperty().get().errors()).containsExactly(FieldError.of("guardContractEnd", "validation.date"));
        assertThat(rows.count("school_equipment")).isZero();
    }
}
