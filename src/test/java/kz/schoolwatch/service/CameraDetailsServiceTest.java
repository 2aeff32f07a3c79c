// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraDetailsEdit;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Camera details, their bulk edit and the history of details and equipment, on both engines (issue 21). */
class CameraDetailsServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
        private static final CameraDetails AT_ENTRANCE_2 = new CameraDetails(CameraZone.ENTRANCE, 2, CameraTechnology.DIGITAL, 30,
                CameraConnection.COU, TODAY.minusDays(3));

        @TempDir
        Path folder;

        private Database db;
        private SchoolService schools;
        private CameraService cameras;
        private EquipmentService equipment;
        private long school;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            DataChanges changes = new DataChanges();
            SchoolRepository repo = new SchoolRepository(db);
            schools = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock, TestDatabases.head());
            cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), repo, changes, clock, TestDatabases.head());
            equipment = new EquipmentService(db, new EquipmentRepository(db), changes, clock, TestDatabases.head());
            school = schools.save(new SchoolDetails(null, 21, "КГУ «Школа-лицей №21»", SchoolType.SCHOOL_LYCEUM, Ownership.STATE,
                    TeachingLanguage.KAZAKH, 4, null, null, null, 650, 2, 3, null, 0));
        }

        private long camera(CameraDetails details) {
            return cameras.save(new Camera(null, school, CameraPlacement.INDOOR, CameraViewArea.ENTRANCE, CameraStatus.WORKING,
                    TODAY.minusDays(10), details, null, 0));
        }

        private Camera stored(long id) {
            return cameras.forSchool(school).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        }

        private List<LocalDate> historyDays(long cameraId) {
            return db.dsl().select(CAMERA_DETAIL_HISTORY.VALID_FROM).from(CAMERA_DETAIL_HISTORY)
                    .where(CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(cameraId)).orderBy(CAMERA_DETAIL_HISTORY.VALID_FROM)
                    .fetch(CAMERA_DETAIL_HISTORY.VALID_FROM);
        }

        private static Camera withNote(Camera c, String note) {
            return new Camera(c.id(), c.schoolId(), c.placement(), c.viewArea(), c.status(), c.installedOn(), c.details(), note, c.version());
        }

        private static Camera withDetails(Camera c, CameraDetails d) {
            return new Camera(c.id(), c.schoolId(), c.placement(), c.viewArea(), c.status(), c.installedOn(), d, c.note(), c.version());
        }

        @Test
        void detailsComeBackAsSavedAndTheHistoryGrowsOnlyWhenTheyChange() {
            long id = camera(AT_ENTRANCE_2);
            assertThat(stored(id).details()).isEqualTo(AT_ENTRANCE_2);
            assertThat(historyDays(id)).containsExactly(TODAY.minusDays(10));

            cameras.save(withNote(stored(id), "над главным входом"));
            assertThat(historyDays(id)).as("a note is not a detail").containsExactly(TODAY.minusDays(10));

            CameraDetails longer = new CameraDetails(CameraZone.ENTRANCE, 2, CameraTechnology.DIGITAL, 60, CameraConnection.SERGEK, TODAY);
            cameras.save(withDetails(stored(id), longer));
            assertThat(stored(id).details()).isEqualTo(longer);
            assertThat(historyDays(id)).containsExactly(TODAY.minusDays(10), TODAY);
            assertThat(db.dsl().fetchOne(CAMERA_DETAIL_HISTORY, CAMERA_DETAIL_HISTORY.VALID_FROM.eq(TODAY)).getArchiveDays()).isEqualTo(60);
        }

        @Test
        void wrongDetailsAreFieldErrors() {
            CameraDetails wrong = new CameraDetails(CameraZone.FLOOR, null, null, 4000, CameraConnection.NONE, TODAY.plusDays(1));
            assertThatThrownBy(() -> camera(wrong)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("zoneNumber", "archiveDays", "lastCheckedOn"));
            CameraDetails floor51 = new CameraDetails(CameraZone.FLOOR, 51, null, null, CameraConnection.NONE, null);
            assertThatThrownBy(() -> camera(floor51)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("zoneNumber"));
            assertThat(cameras.forSchool(school)).isEmpty();
        }

        @Test
        void bulkEditWritesOnlyTheTickedDetailsToEverySelectedCamera() {
            long a = camera(AT_ENTRANCE_2);
            long b = camera(new CameraDetails(CameraZone.FLOOR, 3, CameraTechnology.ANALOG, null, CameraConnection.NONE, null));
            CameraDetailsEdit edit = new CameraDetailsEdit(false, false, true, true, false,
                    new CameraDetails(CameraZone.OTHER, null, null, 14, CameraConnection.DUTY_UNIT, null));

            cameras.editDetails(List.of(stored(a), stored(b)), edit);

            assertThat(stored(a).details()).isEqualTo(new CameraDetails(CameraZone.ENTRANCE, 2, CameraTechnology.DIGITAL, 14,
                    CameraConnection.DUTY_UNIT, TODAY.minusDays(3)));
            assertThat(stored(b).details()).isEqualTo(new CameraDetails(CameraZone.FLOOR, 3, CameraTechnology.ANALOG, 14,
                    CameraConnection.DUTY_UNIT, null));
            assertThat(historyDays(a)).containsExactly(TODAY.minusDays(10), TODAY);
            assertThat(historyDays(b)).containsExactly(TODAY.minusDays(10), TODAY);
        }

        @Test
        void bulkEditOverACameraChangedMeanwhileWritesNothing() {
            long a = camera(AT_ENTRANCE_2);
            long b = camera(AT_ENTRANCE_2);
            List<Camera> shown = List.of(stored(a), stored(b));
            cameras.save(withNote(stored(b), "заменили объектив"));

            CameraDetailsEdit edit = new CameraDetailsEdit(true, false, false, false, false,
                    new CameraDetails(CameraZone.PERIMETER, null, null, null, CameraConnection.NONE, null));
            assertThatThrownBy(() -> cameras.editDetails(shown, edit)).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("camera.details.error.changedMeanwhile"));

            assertThat(stored(a).details()).isEqualTo(AT_ENTRANCE_2);
            assertThat(stored(a).version()).isEqualTo(shown.get(0).version());
            assertThat(historyDays(a)).containsExactly(TODAY.minusDays(10));
        }

        @Test
        void bulkEditNeedsATickAndANumberForANumberedZone() {
            long a = camera(AT_ENTRANCE_2);
            CameraDetailsEdit nothing = new CameraDetailsEdit(false, false, false, false, false, null);
            assertThatThrownBy(() -> cameras.editDetails(List.of(stored(a)), nothing)).isInstanceOf(ValidationException.class);
            CameraDetailsEdit floorWithoutNumber = new CameraDetailsEdit(true, false, false, false, false,
                    new CameraDetails(CameraZone.FLOOR, null, null, null, CameraConnection.NONE, null));
            assertThatThrownBy(() -> cameras.editDetails(List.of(stored(a)), floorWithoutNumber)).isInstanceOfSatisfying(
                    ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("zoneNumber"));
        }

        @Test
        void equipmentHistoryKeepsOneRowPerDayWithTheLastSave() {
            equipment.save(new SchoolEquipment(school, true, false, false, false, null, null, false, false, 0));
            equipment.save(new SchoolEquipment(school, true, true, true, false, "ТОО «Кузет-Алматы»", TODAY.plusDays(90), true, true, 1));

            assertThat(equipment.find(school).turnstiles()).isTrue();
            var rows = db.dsl().selectFrom(SCHOOL_EQUIPMENT_HISTORY).where(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID.eq(school)).fetch();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getValidFrom()).isEqualTo(TODAY);
            assertThat(rows.get(0).getTurnstiles()).isTrue();
            assertThat(rows.get(0).getPanicButtonConnected()).isTrue();
            assertThat(rows.get(0).getGuardCompany()).isEqualTo("ТОО «Кузет-Алматы»");
        }

        @Test
        void theBuildingComesBackAsSavedAndIsChecked() {
            SchoolDetails s = schools.find(school);
            assertThat(s.entrances()).isEqualTo(2);
            assertThat(s.floors()).isEqualTo(3);
            SchoolDetails tooHigh = new SchoolDetails(s.id(), s.number(), s.name(), s.type(), s.ownership(), s.language(), s.districtId(),
                    s.address(), s.directorName(), s.phone(), s.pupils(), 51, 31, null, s.version());
            assertThatThrownBy(() -> schools.save(tooHigh)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("entrances", "floors"));
        }
    }
}
