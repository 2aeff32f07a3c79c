// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Schools whose compliance the tests know: one that meets every requirement, one with a gap at its second entrance,
 * one without cameras; and the services a card and the Schools list work with, over a fresh database.
 */
final class ComplianceFixture {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);
    /** The day the second entrance's camera goes up in the tests that add it. */
    static final LocalDate SECOND_CAMERA_DAY = LocalDate.of(2026, 11, 20);

    final Database db;
    final DataChanges changes = new DataChanges();
    final SchoolService schools;
    final CameraService cameras;
    final ComplianceService compliance;
    private final TestRows rows;

    ComplianceFixture(Database db) {
        this.db = db;
        this.rows = new TestRows(db);
        schools = new SchoolService(db, new SchoolRepository(db), new AssignmentRepository(db), new ReferenceRepository(db),
                changes, CLOCK, TestDatabases.head());
        cameras = new CameraService(db, new CameraRepository(db), new CameraStatsRepository(db), new SchoolRepository(db), changes,
                CLOCK, TestDatabases.head());
        compliance = new ComplianceService(db, new SettingsRepository(db), CLOCK);
    }

    SchoolCardServices cardServices(TaskRunner tasks, Messages messages) {
        return new SchoolCardServices(schools, cameras,
                new EquipmentService(db, new EquipmentRepository(db), changes, TestDatabases.head()),
                new SecurityCheckService(db, new SecurityCheckRepository(db), changes, CLOCK, TestDatabases.head()),
                new SettingsService(new SettingsRepository(db), changes, TestDatabases.head()),
                new VisitService(db, new VisitRepository(db), changes, CLOCK, TestDatabases.head()),
                changes, tasks, messages, CLOCK, null, compliance);
    }

    /** A school of 250 pupils, two entrances and one floor, fully equipped, with cameras on its floor and grounds. */
    long school(int number, int district) {
        long id = rows.school(number, district);
        db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 250).set(SCHOOL.ENTRANCES, 2).set(SCHOOL.FLOORS, 1).where(SCHOOL.ID.eq(id)).execute();
        db.dsl().insertInto(SCHOOL_EQUIPMENT).set(SCHOOL_EQUIPMENT.SCHOOL_ID, id).set(SCHOOL_EQUIPMENT.PANIC_BUTTON, true)
                .set(SCHOOL_EQUIPMENT.PANIC_BUTTON_CONNECTED, true).set(SCHOOL_EQUIPMENT.ACCESS_CONTROL, true)
                .set(SCHOOL_EQUIPMENT.TURNSTILES, true).set(SCHOOL_EQUIPMENT.PA_SYSTEM, true)
                .set(SCHOOL_EQUIPMENT.GUARD_COMPANY, "ТОО «Кузет»").execute();
        camera(id, CameraZone.FLOOR, 1);
        camera(id, CameraZone.PERIMETER, null);
        return id;
    }

    /** {@link #school} with a camera at its first entrance only: «нет камеры у входа №2». */
    long schoolWithGap(int number, int district) {
        long id = school(number, district);
        camera(id, CameraZone.ENTRANCE, 1);
        return id;
    }

    /** {@link #schoolWithGap} with its second entrance's camera too: every requirement met. */
    long compliantSchool(int number, int district) {
        long id = schoolWithGap(number, district);
        camera(id, CameraZone.ENTRANCE, 2);
        return id;
    }

    /** A school of 250 pupils with nothing recorded but its number. */
    long bareSchool(int number, int district) {
        long id = rows.school(number, district);
        db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 250).where(SCHOOL.ID.eq(id)).execute();
        return id;
    }

    private void camera(long school, CameraZone zone, Integer number) {
        db.dsl().insertInto(CAMERA).set(CAMERA.SCHOOL_ID, school).set(CAMERA.PLACEMENT, "OUTDOOR")
                .set(CAMERA.INSTALLED_ON, LocalDate.of(2025, 1, 1)).set(CAMERA.ZONE, zone.name()).set(CAMERA.ZONE_NUMBER, number)
                .set(CAMERA.ARCHIVE_DAYS, 30).set(CAMERA.CONNECTION, "COU").execute();
    }

    /** Adds the camera at the second entrance through the service, as the cameras tab does, from {@link #SECOND_CAMERA_DAY}. */
    void addSecondEntranceCamera(long school) {
        cameras.save(new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE, CameraStatus.WORKING, SECOND_CAMERA_DAY,
                new CameraDetails(CameraZone.ENTRANCE, 2, CameraTechnology.DIGITAL, 30, CameraConnection.COU, SECOND_CAMERA_DAY), null, 0));
    }
}
