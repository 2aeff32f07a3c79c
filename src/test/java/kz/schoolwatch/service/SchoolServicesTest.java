// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.DistrictCameraTotals;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** School, camera, equipment and check services on both engines (an H2 file and a PostgreSQL server). */
class SchoolServicesTest {

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

    /** The cases, run once per engine. */
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine);
        }

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        @TempDir
        Path folder;

        private Database db;
        private final List<DataChanges.Topic> published = new ArrayList<>();
        private SchoolService schools;
        private CameraService cameras;
        private EquipmentService equipment;
        private SecurityCheckService checks;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            SchoolRepository repo = new SchoolRepository(db);
            schools = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock, TestDatabases.head());
            cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), repo, changes, clock, TestDatabases.head());
            equipment = new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head());
            checks = new SecurityCheckService(db, new SecurityCheckRepository(db), changes, clock, TestDatabases.head());
        }

        private static SchoolDetails school(Integer number, String name) {
            return new SchoolDetails(null, number, name, SchoolType.GYMNASIUM, Ownership.STATE, TeachingLanguage.KAZAKH, 4,
                    "пр. Абая, 10", "Ахметова А. С.", "+7 727 111 22 33", 900, null, null, null, 0);
        }

        private long officer() {
            return db.dsl().insertInto(Tables.OFFICER)
                    .set(Tables.OFFICER.RANK_ID, 8)
                    .set(Tables.OFFICER.LAST_NAME, "Сериков")
                    .set(Tables.OFFICER.FIRST_NAME, "Нуржан")
                    .set(Tables.OFFICER.BADGE_NUMBER, "B" + System.nanoTime())
                    .set(Tables.OFFICER.DISTRICT_ID, 4)
                    .returning().fetchOne().getId();
        }

        @Test
        void savesAndEditsASchoolThenListsItWithItsCameras() {
            long id = schools.save(school(174, "КГУ «Школа-гимназия №174»"));
            cameras.addMany(id, 2, 3, CameraStatus.WORKING, TODAY.minusDays(10), true);
            schools.save(new SchoolDetails(id, 174, "КГУ «Школа-гимназия №174 им. Абая»", SchoolType.SCHOOL_GYMNASIUM, Ownership.STATE,
                    TeachingLanguage.KAZAKH_RUSSIAN, 4, null, null, null, 950, 3, 4, null, 1));

            SchoolRow row = schools.list().get(0);
            assertThat(row.name()).isEqualTo("КГУ «Школа-гимназия №174 им. Абая»");
            assertThat(row.type()).isEqualTo(SchoolType.SCHOOL_GYMNASIUM);
            assertThat(row.district()).isEqualTo("Бостандыкский");
            assertThat(row.camerasOutdoor()).isEqualTo(2);
            assertThat(row.camerasIndoor()).isEqualTo(3);
            assertThat(row.covered()).isTrue();
            assertThat(published).contains(DataChanges.Topic.SCHOOLS, DataChanges.Topic.CAMERAS);
            assertThat(new CityStatsRepository(db).cityTotals().camerasTotal()).isEqualTo(5);
            assertThat(schools.find(id).entrances()).isEqualTo(3);
            assertThat(schools.find(id).floors()).isEqualTo(4);
        }

        @Test
        void invalidSchoolIsRefusedWithEveryFieldErrorAndNothingWritten() {
            SchoolDetails bad = new SchoolDetails(null, null, " ", null, Ownership.STATE, TeachingLanguage.KAZAKH, null, null, null,
                    "abc", -1, 0, 31, null, 0);
            assertThatThrownBy(() -> schools.save(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("number", "name", "type", "district", "phone", "pupils", "entrances", "floors"));
            assertThat(db.dsl().fetchCount(SCHOOL)).isZero();
            assertThat(published).isEmpty();
        }

        @Test
        void takenNumberIsAFieldErrorAndTheDatabaseIsUnchanged() {
            schools.save(school(12, "Специализированная гимназия №12"));
            assertThatThrownBy(() -> schools.save(school(12, "Другая школа")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(err -> {
                            assertThat(err.field()).isEqualTo("number");
                            assertThat(err.messageKey()).isEqualTo("school.error.numberTaken");
                        });
                    });
            assertThat(db.dsl().fetchCount(SCHOOL)).isEqualTo(1);
        }

        @Test
        void schoolWithHistoryIsArchivedOneWithoutIsDeleted() {
            long withCheck = schools.save(school(1, "Школа №1"));
            long plain = schools.save(school(2, "Школа №2"));
            cameras.addMany(plain, 1, 1, CameraStatus.WORKING, null, false);
            long officer = officer();
            checks.record(new SecurityCheck(null, withCheck, officer, null, TODAY, allOk(), null));

            assertThat(schools.remove(withCheck)).isEqualTo(SchoolService.RemoveOutcome.ARCHIVED);
            assertThat(schools.remove(plain)).isEqualTo(SchoolService.RemoveOutcome.DELETED);
            assertThat(db.dsl().fetchOne(SCHOOL, SCHOOL.ID.eq(withCheck)).getArchivedOn()).isEqualTo(TODAY);
            assertThat(db.dsl().fetchCount(SCHOOL, SCHOOL.ID.eq(plain))).isZero();
            assertThat(db.dsl().fetchCount(CAMERA)).isZero();
            assertThat(new CityStatsRepository(db).cityTotals().schools()).isZero();

            schools.restore(withCheck);
            assertThat(new CityStatsRepository(db).cityTotals().schools()).isEqualTo(1);
        }

        @Test
        void assigningAnotherOfficerKeepsTheHistory() {
            long id = schools.save(school(5, "Школа №5"));
            long first = officer();
            long second = officer();
            schools.assignOfficer(id, first, LocalDate.of(2025, 9, 1));
            schools.assignOfficer(id, second, LocalDate.of(2026, 3, 1));
            schools.assignOfficer(id, second, LocalDate.of(2026, 4, 1));

            List<OfficerAssignment> history = schools.assignments(id);
            assertThat(history).hasSize(2);
            assertThat(history.get(0).officerId()).isEqualTo(second);
            assertThat(history.get(0).current()).isTrue();
            assertThat(history.get(0).from()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(history.get(1).officerId()).isEqualTo(first);
            assertThat(history.get(1).to()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(db.dsl().fetchCount(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())).isEqualTo(1);
            assertThat(schools.list().get(0).officerId()).isEqualTo(second);
        }

        @Test
        void bulkCamerasAreValidatedAndDismantledCamerasLeaveTheCounts() {
            long id = schools.save(school(7, "Школа №7"));
            assertThatThrownBy(() -> cameras.addMany(id, 0, 0, CameraStatus.WORKING, null, false))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> cameras.addMany(id, -1, 600, CameraStatus.WORKING, TODAY.plusDays(1), false))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .contains("outdoor", "indoor", "installedOn"));
            assertThat(db.dsl().fetchCount(CAMERA)).isZero();

            cameras.addMany(id, 0, 2, CameraStatus.WORKING, null, false);
            Camera first = cameras.forSchool(id).get(0);
            cameras.save(new Camera(first.id(), id, CameraPlacement.INDOOR, CameraViewArea.STAIRS, CameraStatus.DISMANTLED, null, CameraDetails.connected(false), "снята", first.version()));
            assertThat(db.dsl().fetchOne(CAMERA, CAMERA.ID.eq(first.id())).getRemovedOn()).isEqualTo(TODAY);
            SchoolRow row = schools.list().get(0);
            assertThat(row.camerasIndoor()).isEqualTo(1);

            cameras.save(new Camera(null, id, CameraPlacement.OUTDOOR, CameraViewArea.YARD, CameraStatus.FAULTY, TODAY, CameraDetails.connected(true), null, 0));
            DistrictCameraTotals bostandyk = cameras.totalsByDistrict().stream().filter(d -> "Бостандыкский".equals(d.district())).findFirst().orElseThrow();
            assertThat(bostandyk.outdoor()).isEqualTo(1);
            assertThat(bostandyk.indoor()).isEqualTo(1);
            assertThat(bostandyk.faulty()).isEqualTo(1);
            assertThat(bostandyk.working()).isEqualTo(1);
            assertThat(bostandyk.connectedToCou()).isEqualTo(1);
        }

        @Test
        void equipmentRulesAndGuardContractFlag() {
            long id = schools.save(school(9, "Школа №9"));
            assertThatThrownBy(() -> equipment.save(new SchoolEquipment(id, false, true, false, false, null, TODAY, false, false, 0)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("panicButtonConnected", "guardCompany"));
            equipment.save(new SchoolEquipment(id, true, true, true, false, "ТОО «Кузет-Алматы»", TODAY.plusDays(20), true, true, 0));
            SchoolEquipment saved = equipment.find(id);
            assertThat(saved.panicButtonConnected()).isTrue();
            assertThat(saved.guardCompany()).isEqualTo("ТОО «Кузет-Алматы»");
            assertThat(saved.turnstiles()).isTrue();
            SchoolRow row = schools.list().get(0);
            assertThat(row.panicButton()).isTrue();
            assertThat(row.guardContractEnding(TODAY, 30)).isTrue();
            assertThat(row.guardContractEnding(TODAY, 10)).isFalse();
        }

        @Test
        void checksNeedEveryItemAndDriveTheOverdueFlag() {
            long id = schools.save(school(11, "Школа №11"));
            long officer = officer();
            assertThat(schools.list().get(0).checkOverdue(TODAY, 90)).isTrue();
            Map<CheckItem, CheckResult> partial = new EnumMap<>(CheckItem.class);
            partial.put(CheckItem.CAMERAS, CheckResult.OK);
            assertThatThrownBy(() -> checks.record(new SecurityCheck(null, id, null, null, TODAY.plusDays(3), partial, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .contains("officer", "checkedOn", "finding.PANIC_BUTTON"));

            checks.record(new SecurityCheck(null, id, officer, null, TODAY.minusDays(100), allOk(), "замечаний нет"));
            assertThat(schools.list().get(0).checkOverdue(TODAY, 90)).isTrue();
            checks.record(new SecurityCheck(null, id, officer, null, TODAY.minusDays(10), allOk(), null));
            assertThat(schools.list().get(0).lastCheck()).isEqualTo(TODAY.minusDays(10));
            assertThat(schools.list().get(0).checkOverdue(TODAY, 90)).isFalse();
            assertThat(checks.forSchool(id)).hasSize(2).first().satisfies(c -> assertThat(c.findings()).hasSize(6));
        }

        private static Map<CheckItem, CheckResult> allOk() {
            Map<CheckItem, CheckResult> m = new EnumMap<>(CheckItem.class);
            for (CheckItem item : CheckItem.values()) {
                m.put(item, CheckResult.OK);
            }
            return m;
        }
    }
}
