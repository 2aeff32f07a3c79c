// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's card against another officer's saves (issue 18), on both engines: cameras and equipment saved over
 * someone else's change are refused with theirs; work at a school archived or deleted meanwhile is refused with
 * its own message, and nothing is written.
 */
class SchoolCardConflictsTest {

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
        private TestRows rows;
        private final List<DataChanges.Topic> published = new ArrayList<>();
        private SchoolService schools;
        private CameraService cameras;
        private EquipmentService equipment;
        private SecurityCheckService checks;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            rows = new TestRows(db);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            DataChanges changes = new DataChanges();
            changes.subscribe(published::add);
            SchoolRepository repo = new SchoolRepository(db);
            schools = new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), changes, clock,
                    TestDatabases.head());
            cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), repo, changes, clock,
                    TestDatabases.head());
            equipment = new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head());
            checks = new SecurityCheckService(db, new SecurityCheckRepository(db), changes, clock, TestDatabases.head());
        }

        private static Camera edited(Camera c, CameraStatus status, String note) {
            return new Camera(c.id(), c.schoolId(), c.placement(), c.viewArea(), status, c.installedOn(), c.details(), note,
                    c.version());
        }

        private static Map<CheckItem, CheckResult> allOk() {
            Map<CheckItem, CheckResult> m = new EnumMap<>(CheckItem.class);
            for (CheckItem item : CheckItem.values()) {
                m.put(item, CheckResult.OK);
            }
            return m;
        }

        private long schoolWithHistory(int number) {
            long id = rows.school(number, 2);
            long officer = rows.officer("Исин", "B" + number, 2);
            checks.record(new SecurityCheck(null, id, officer, null, TODAY.minusDays(5), allOk(), null));
            return id;
        }

        @Test
        void aCameraSavedOverSomeoneElsesChangeIsRefusedWithTheirs() {
            long school = rows.school(150, 2);
            long id = cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.YARD, CameraStatus.WORKING,
                    null, CameraDetails.connected(true), null, 0));
            Camera opened = cameras.forSchool(school).get(0);
            assertThat(opened.version()).isEqualTo(1);

            cameras.save(edited(opened, CameraStatus.FAULTY, "объектив разбит"));
            published.clear();
            EditConflictException refused = catchThrowableOfType(
                    () -> cameras.save(edited(opened, CameraStatus.DISMANTLED, "снята")), EditConflictException.class);

            Camera theirs = refused.current(Camera.class);
            assertThat(theirs.status()).isEqualTo(CameraStatus.FAULTY);
            assertThat(theirs.note()).isEqualTo("объектив разбит");
            assertThat(theirs.version()).isEqualTo(2);
            assertThat(db.dsl().fetchOne(CAMERA, CAMERA.ID.eq(id)).getRemovedOn()).isNull();
            assertThat(published).isEmpty();

            // Saved over their version, the merge goes in and counts the version up again.
            cameras.save(edited(theirs, CameraStatus.DISMANTLED, theirs.note()));
            Camera now = cameras.forSchool(school).get(0);
            assertThat(now.status()).isEqualTo(CameraStatus.DISMANTLED);
            assertThat(now.note()).isEqualTo("объектив разбит");
            assertThat(now.version()).isEqualTo(3);
            assertThat(db.dsl().fetchOne(CAMERA, CAMERA.ID.eq(id)).getRemovedOn()).isEqualTo(TODAY);
        }

        @Test
        void aCameraChangedMeanwhileIsNotDeletedAndOneGoneSaysSo() {
            long school = rows.school(151, 2);
            cameras.addMany(school, 1, 0, CameraStatus.WORKING, null, false);
            Camera listed = cameras.forSchool(school).get(0);
            cameras.save(edited(listed, CameraStatus.FAULTY, null));

            EditConflictException changed = catchThrowableOfType(() -> cameras.delete(listed), EditConflictException.class);
            assertThat(changed.current(Camera.class).status()).isEqualTo(CameraStatus.FAULTY);
            assertThat(db.dsl().fetchCount(CAMERA)).isEqualTo(1);

            Camera now = cameras.forSchool(school).get(0);
            cameras.delete(now);
            SaveFailedException gone = catchThrowableOfType(() -> cameras.delete(now), SaveFailedException.class);
            assertThat(gone.messageKey()).isEqualTo("common.error.gone");
            SaveFailedException editedGone = catchThrowableOfType(() -> cameras.save(edited(now, CameraStatus.WORKING, null)),
                    SaveFailedException.class);
            assertThat(editedGone.messageKey()).isEqualTo("common.error.gone");
            assertThat(db.dsl().fetchCount(CAMERA)).isZero();
        }

        @Test
        void equipmentSavedOverSomeoneElsesChangeIsRefusedWithTheirsAlsoForTheFirstSave() {
            long school = rows.school(152, 2);
            SchoolEquipment nothing = equipment.find(school);
            assertThat(nothing.version()).isZero();

            equipment.save(new SchoolEquipment(school, true, false, false, false, null, null, false, false, 0));
            EditConflictException first = catchThrowableOfType(() -> equipment.save(
                    new SchoolEquipment(school, false, false, true, false, null, null, false, false, 0)), EditConflictException.class);
            SchoolEquipment theirs = first.current(SchoolEquipment.class);
            assertThat(theirs.panicButton()).isTrue();
            assertThat(theirs.version()).isEqualTo(1);

            equipment.save(new SchoolEquipment(school, true, true, false, false, null, null, false, false, 1));
            EditConflictException later = catchThrowableOfType(() -> equipment.save(
                    new SchoolEquipment(school, true, false, true, false, null, null, false, false, 1)), EditConflictException.class);
            assertThat(later.current(SchoolEquipment.class).panicButtonConnected()).isTrue();
            assertThat(later.current(SchoolEquipment.class).version()).isEqualTo(2);
            assertThat(equipment.find(school).accessControl()).isFalse();
            assertThat(db.dsl().fetchCount(SCHOOL_EQUIPMENT)).isEqualTo(1);
        }

        @Test
        void workAtASchoolArchivedMeanwhileIsRefusedAndNothingWritten() {
            long school = schoolWithHistory(153);
            cameras.save(new Camera(null, school, CameraPlacement.INDOOR, CameraViewArea.CORRIDOR, CameraStatus.WORKING,
                    null, CameraDetails.connected(false), null, 0));
            Camera opened = cameras.forSchool(school).get(0);
            long officer = rows.officer("Сериков", "B1531", 2);
            assertThat(schools.remove(school)).isEqualTo(SchoolService.RemoveOutcome.ARCHIVED);
            int checksBefore = db.dsl().fetchCount(SECURITY_CHECK);
            published.clear();

            List<SaveFailedException> refusals = List.of(
                    catchThrowableOfType(() -> cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.YARD,
                            CameraStatus.WORKING, null, CameraDetails.connected(false), null, 0)), SaveFailedException.class),
                    catchThrowableOfType(() -> cameras.save(edited(opened, CameraStatus.FAULTY, null)), SaveFailedException.class),
                    catchThrowableOfType(() -> cameras.addMany(school, 2, 2, CameraStatus.WORKING, null, false), SaveFailedException.class),
                    catchThrowableOfType(() -> equipment.save(new SchoolEquipment(school, true, false, false, false, null, null, false, false, 0)),
                            SaveFailedException.class),
                    catchThrowableOfType(() -> checks.record(new SecurityCheck(null, school, officer, null, TODAY, allOk(), null)),
                            SaveFailedException.class),
                    catchThrowableOfType(() -> schools.assignOfficer(school, officer, TODAY), SaveFailedException.class));

            assertThat(refusals).allSatisfy(e -> {
                assertThat(e.messageKey()).isEqualTo("school.error.archivedMeanwhile");
                assertThat(e.args()).containsExactly("153");
            });
            assertThat(db.dsl().fetchCount(CAMERA)).isEqualTo(1);
            assertThat(cameras.forSchool(school).get(0).status()).isEqualTo(CameraStatus.WORKING);
            assertThat(db.dsl().fetchCount(SCHOOL_EQUIPMENT)).isZero();
            assertThat(db.dsl().fetchCount(SECURITY_CHECK)).isEqualTo(checksBefore);
            assertThat(db.dsl().fetchCount(SCHOOL_ASSIGNMENT)).isZero();
            assertThat(published).isEmpty();

            // Back from the archive, the same work goes in.
            schools.restore(school);
            cameras.addMany(school, 1, 0, CameraStatus.WORKING, null, false);
            schools.assignOfficer(school, officer, TODAY);
            assertThat(db.dsl().fetchCount(CAMERA)).isEqualTo(2);
        }

        @Test
        void workAtASchoolDeletedMeanwhileIsRefusedWithItsOwnMessage() {
            long school = rows.school(154, 2);
            long officer = rows.officer("Сериков", "B154", 2);
            assertThat(schools.remove(school)).isEqualTo(SchoolService.RemoveOutcome.DELETED);

            List<SaveFailedException> refusals = List.of(
                    catchThrowableOfType(() -> cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.YARD,
                            CameraStatus.WORKING, null, CameraDetails.connected(false), null, 0)), SaveFailedException.class),
                    catchThrowableOfType(() -> equipment.save(new SchoolEquipment(school, true, false, false, false, null, null, false, false, 0)),
                            SaveFailedException.class),
                    catchThrowableOfType(() -> checks.record(new SecurityCheck(null, school, officer, null, TODAY, allOk(), null)),
                            SaveFailedException.class),
                    catchThrowableOfType(() -> schools.assignOfficer(school, officer, TODAY), SaveFailedException.class),
                    catchThrowableOfType(() -> schools.remove(school), SaveFailedException.class),
                    catchThrowableOfType(() -> schools.restore(school), SaveFailedException.class));

            assertThat(refusals).extracting(SaveFailedException::messageKey).containsOnly("school.error.goneMeanwhile");
            assertThat(db.dsl().fetchCount(CAMERA)).isZero();
            assertThat(db.dsl().fetchCount(SCHOOL_EQUIPMENT)).isZero();
            assertThat(db.dsl().fetchCount(SECURITY_CHECK)).isZero();
        }

        @Test
        void aCameraSavedWhileAnotherPcArchivesTheSchoolWaitsForItAndIsRefused() throws Exception {
            // Two PCs write at once only on the server; on a PC the program writes one transaction at a time.
            assumeTrue(engine == Engine.POSTGRESQL);
            long school = rows.school(156, 2);
            ExecutorService saving = Executors.newSingleThreadExecutor();
            try (Connection otherPc = EngineDatabases.connect(db)) {
                otherPc.setAutoCommit(false);
                try (Statement archive = otherPc.createStatement()) {
                    archive.executeUpdate("UPDATE school SET archived_on = CURRENT_DATE, row_version = row_version + 1 WHERE id = " + school);
                }
                Future<?> save = saving.submit(() -> cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR,
                        CameraViewArea.YARD, CameraStatus.WORKING, null, CameraDetails.connected(false), null, 0)));
                // The save waits on the school's row while the archive is not committed; without the lock it would
                // have read the school as open and written the camera.
                assertThatThrownBy(() -> save.get(700, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
                otherPc.commit();

                assertThatThrownBy(() -> save.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOfSatisfying(SaveFailedException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("school.error.archivedMeanwhile"));
            } finally {
                saving.shutdownNow();
            }
            assertThat(db.dsl().fetchCount(CAMERA)).isZero();
        }

        @Test
        void archivingTwiceKeepsTheFirstDayAndCountsTheVersionOnce() {
            long school = schoolWithHistory(155);
            db.dsl().update(SCHOOL).set(SCHOOL.ARCHIVED_ON, TODAY.minusDays(3)).set(SCHOOL.ROW_VERSION, SCHOOL.ROW_VERSION.plus(1))
                    .where(SCHOOL.ID.eq(school)).execute();
            int version = schools.find(school).version();

            assertThat(schools.remove(school)).isEqualTo(SchoolService.RemoveOutcome.ARCHIVED);

            assertThat(schools.find(school).archivedOn()).isEqualTo(TODAY.minusDays(3));
            assertThat(schools.find(school).version()).isEqualTo(version);
            schools.restore(school);
            schools.restore(school);
            assertThat(schools.find(school).archivedOn()).isNull();
            assertThat(schools.find(school).version()).isEqualTo(version + 1);
        }
    }
}
