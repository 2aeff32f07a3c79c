// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraArea;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraFaultRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults and repairs of cameras on both engines: the camera's status kept from them, versions, rights, a day's state. */
class CameraFaultServiceTest {

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

        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
        private static final LocalDate INSTALLED = LocalDate.of(2026, 3, 1);

        @TempDir
        Path folder;

        private Database db;
        private Clock clock;
        private DataChanges changes;
        private CameraService cameras;
        private CameraFaultService faults;
        private long schoolId;
        private long cameraId;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
            changes = new DataChanges();
            SchoolRepository repo = new SchoolRepository(db);
            SchoolService schools = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock,
                    TestDatabases.head());
            cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), repo, changes, clock, TestDatabases.head());
            faults = service(TestDatabases.head());
            schoolId = schools.save(new SchoolDetails(null, 174, "КГУ «Школа-гимназия №174»", SchoolType.GYMNASIUM, Ownership.STATE,
                    TeachingLanguage.KAZAKH, 4, "пр. Абая, 10", "Ахметова А. С.", "+7 727 111 22 33", 900, null, null, null, 0));
            cameraId = cameras.save(new Camera(null, schoolId, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE, CameraStatus.WORKING,
                    INSTALLED, null, null, 0));
        }

        private CameraFaultService service(Access access) {
            return new CameraFaultService(db, new CameraFaultRepository(db), new CameraRepository(db), changes, clock, access);
        }

        private CameraFault fault(LocalDate found, CameraFaultKind kind) {
            return new CameraFault(null, cameraId, found, kind, "Не включается", null, null, null, 0);
        }

        private CameraStatus status() {
            return CameraStatus.valueOf(db.dsl().select(CAMERA.STATUS).from(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOne(CAMERA.STATUS));
        }

        private CameraFault stored(long id) {
            return faults.history(cameraId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        }

        private static String firstErrorKey(Throwable e) {
            return ((ValidationException) e).errors().get(0).messageKey();
        }

        @Test
        void aRecordedFaultMakesTheCameraFaultyAndItsRepairWorkingAgain() {
            long id = faults.record(fault(TODAY.minusDays(20), CameraFaultKind.NO_POWER));
            assertThat(status()).isEqualTo(CameraStatus.FAULTY);
            long second = faults.record(fault(TODAY.minusDays(5), CameraFaultKind.POOR_PICTURE));

            faults.repair(stored(id), TODAY.minusDays(2), RepairOutcome.REPAIRED, "Заменён блок питания");
            assertThat(status()).as("another fault is still open").isEqualTo(CameraStatus.FAULTY);
            faults.repair(stored(second), TODAY, RepairOutcome.REPLACED, null);
            assertThat(status()).isEqualTo(CameraStatus.WORKING);

            assertThat(faults.history(cameraId)).extracting(CameraFault::kind)
                    .containsExactly(CameraFaultKind.POOR_PICTURE, CameraFaultKind.NO_POWER);
            CameraFault repaired = stored(id);
            assertThat(repaired.days(TODAY)).isEqualTo(18);
            assertThat(repaired.outcome()).isEqualTo(RepairOutcome.REPAIRED);
            assertThat(repaired.version()).isEqualTo(1);
            assertThat(faults.forSchool(schoolId)).hasSize(2);
            assertThat(faults.medianRepairDaysThisYear(null)).contains(11.5);
        }

        @Test
        void aDismantlingRepairTakesTheCameraDownFromThatDayAndItsCorrectionPutsItBack() {
            long id = faults.record(fault(TODAY.minusDays(30), CameraFaultKind.NOT_WORKING));
            long other = faults.record(fault(TODAY.minusDays(25), CameraFaultKind.POOR_PICTURE));
            faults.repair(stored(id), TODAY.minusDays(10), RepairOutcome.DISMANTLED, "Снята");

            assertThat(status()).isEqualTo(CameraStatus.DISMANTLED);
            assertThat(db.dsl().select(CAMERA.REMOVED_ON).from(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOne(CAMERA.REMOVED_ON))
                    .isEqualTo(TODAY.minusDays(10));
            assertThat(faults.history(cameraId)).allMatch(f -> !f.isOpen(), "the other fault closed with it");
            assertThatThrownBy(() -> faults.record(fault(TODAY, CameraFaultKind.OTHER)))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("fault.error.dismantled"));

            CameraFault dismantling = stored(id);
            faults.correct(new CameraFault(id, cameraId, dismantling.foundOn(), dismantling.kind(), dismantling.note(), null, null, null,
                    dismantling.version()));
            assertThat(status()).as("the other entry still says it was taken down").isEqualTo(CameraStatus.DISMANTLED);
            faults.delete(stored(other));
            assertThat(status()).isEqualTo(CameraStatus.FAULTY);
            assertThat(db.dsl().select(CAMERA.REMOVED_ON).from(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOne(CAMERA.REMOVED_ON)).isNull();
            faults.delete(stored(id));
            assertThat(status()).isEqualTo(CameraStatus.WORKING);
        }

        @Test
        void datesAndASecondOpenFaultOfTheSameKindAreRefused() {
            assertThatThrownBy(() -> faults.record(fault(TODAY.plusDays(1), CameraFaultKind.NO_POWER)))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("validation.dateInFuture"));
            assertThatThrownBy(() -> faults.record(fault(INSTALLED.minusDays(1), CameraFaultKind.NO_POWER)))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("fault.error.beforeInstalled"));
            long id = faults.record(fault(TODAY.minusDays(3), CameraFaultKind.NO_POWER));
            assertThatThrownBy(() -> faults.record(fault(TODAY, CameraFaultKind.NO_POWER)))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("fault.error.openOfKind"));
            assertThatThrownBy(() -> faults.repair(stored(id), TODAY.minusDays(4), RepairOutcome.REPAIRED, null))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("fault.error.repairBeforeFound"));
            assertThatThrownBy(() -> faults.repair(stored(id), TODAY.plusDays(1), RepairOutcome.REPAIRED, null))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("validation.dateInFuture"));
            assertThatThrownBy(() -> faults.repair(stored(id), TODAY, null, null))
                    .satisfies(e -> assertThat(firstErrorKey(e)).isEqualTo("validation.required"));
            assertThat(faults.history(cameraId)).singleElement().satisfies(f -> assertThat(f.isOpen()).isTrue());
        }

        @Test
        void aRepairOverSomeoneElsesChangeIsRefusedWithTheirVersion() {
            long id = faults.record(fault(TODAY.minusDays(3), CameraFaultKind.NO_POWER));
            CameraFault opened = stored(id);
            faults.correct(new CameraFault(id, cameraId, opened.foundOn(), opened.kind(), "Уточнено", null, null, null, opened.version()));
            assertThatThrownBy(() -> faults.repair(opened, TODAY, RepairOutcome.REPAIRED, null))
                    .isInstanceOfSatisfying(EditConflictException.class,
                            e -> assertThat(e.current(CameraFault.class).note()).isEqualTo("Уточнено"));
            assertThat(stored(id).isOpen()).isTrue();
            assertThatThrownBy(() -> faults.delete(opened)).isInstanceOfSatisfying(SaveFailedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("common.error.changedBeforeDelete"));
        }

        @Test
        void anInspectorReadsButMayNotRecordNorAHeadOfAnotherDistrict() {
            CameraFaultService inspector = service(new Access(TestDatabases.account(Role.INSPECTOR, null, null), id -> 4));
            assertThat(inspector.canEdit()).isFalse();
            assertThatThrownBy(() -> inspector.record(fault(TODAY, CameraFaultKind.NO_POWER))).isInstanceOf(AccessDeniedException.class);
            CameraFaultService otherHead = service(new Access(TestDatabases.account(Role.HEAD, null, 2), id -> 4));
            assertThatThrownBy(() -> otherHead.record(fault(TODAY, CameraFaultKind.NO_POWER))).isInstanceOf(AccessDeniedException.class);
            long id = faults.record(fault(TODAY.minusDays(1), CameraFaultKind.NO_POWER));
            assertThat(inspector.history(cameraId)).hasSize(1);
            assertThatThrownBy(() -> inspector.repair(stored(id), TODAY, RepairOutcome.REPAIRED, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspector.delete(stored(id))).isInstanceOf(AccessDeniedException.class);
            assertThat(status()).isEqualTo(CameraStatus.FAULTY);
        }

        @Test
        void theStateOnADayComesFromTheHistory() {
            long id = faults.record(fault(LocalDate.of(2026, 9, 20), CameraFaultKind.NOT_WORKING));
            faults.repair(stored(id), LocalDate.of(2026, 10, 5), RepairOutcome.REPAIRED, null);
            cameras.save(new Camera(null, schoolId, CameraPlacement.INDOOR, CameraViewArea.CORRIDOR, CameraStatus.WORKING,
                    LocalDate.of(2026, 10, 1), null, null, 0));

            assertThat(faults.stateOn(LocalDate.of(2026, 2, 28), CameraArea.school(schoolId))).extracting("present", "inOrder")
                    .containsExactly(0, 0);
            assertThat(faults.stateOn(LocalDate.of(2026, 9, 19), CameraArea.city())).extracting("present", "inOrder").containsExactly(1, 1);
            assertThat(faults.stateOn(LocalDate.of(2026, 9, 30), CameraArea.district(4))).extracting("present", "inOrder")
                    .containsExactly(1, 0);
            assertThat(faults.stateOn(LocalDate.of(2026, 10, 4), CameraArea.school(schoolId))).extracting("present", "inOrder")
                    .containsExactly(2, 1);
            assertThat(faults.stateOn(LocalDate.of(2026, 10, 5), CameraArea.school(schoolId))).extracting("present", "inOrder")
                    .containsExactly(2, 2);
            assertThat(faults.stateOn(LocalDate.of(2026, 9, 30), CameraArea.district(1)).present()).isZero();
        }
    }
}
