// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.persistence.jooq.tables.records.CameraRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The cameras of each school. */
public final class CameraRepository {

    private final Database db;

    public CameraRepository(Database db) {
        this.db = db;
    }

    /** A school's cameras, outdoor first, in the order they were entered. */
    public List<Camera> forSchool(long schoolId) {
        return db.read(dsl -> dsl.selectFrom(CAMERA).where(CAMERA.SCHOOL_ID.eq(schoolId))
                .orderBy(CAMERA.PLACEMENT.desc(), CAMERA.ID)
                .fetch(CameraRepository::toCamera));
    }

    static Camera toCamera(CameraRecord r) {
        return new Camera(r.getId(), r.getSchoolId(), CameraPlacement.valueOf(r.getPlacement()), CameraViewArea.valueOf(r.getViewArea()),
                CameraStatus.valueOf(r.getStatus()), r.getInstalledOn(), details(r), r.getNote(), r.getRowVersion());
    }

    static CameraDetails details(CameraRecord r) {
        return new CameraDetails(CameraZone.valueOf(r.getZone()), r.getZoneNumber(),
                r.getTechnology() == null ? null : CameraTechnology.valueOf(r.getTechnology()), r.getArchiveDays(),
                CameraConnection.valueOf(r.getConnection()), r.getLastCheckedOn());
    }

    /** The camera as stored now, read inside the caller's transaction (after a versioned write found it changed). */
    public Optional<Camera> find(DSLContext dsl, long cameraId) {
        return dsl.selectFrom(CAMERA).where(CAMERA.ID.eq(cameraId)).fetchOptional().map(CameraRepository::toCamera);
    }

    /** Inserts a new camera inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, Camera camera, LocalDate today) {
        CameraRecord r = dsl.newRecord(CAMERA);
        fill(r, camera);
        // A camera entered as already taken down counts until the day it is entered.
        r.setRemovedOn(camera.status() == CameraStatus.DISMANTLED ? today : null);
        r.store();
        CameraHistory.record(dsl, r.getId(), camera.details(), camera.installedOn() != null && camera.installedOn().isBefore(today)
                ? camera.installedOn() : today);
        return r.getId();
    }

    /**
     * Updates a camera inside the caller's transaction while it is still at the version its form opened, and
     * counts the version up; returns the rows changed: 0 when someone else saved or deleted it meanwhile.
     */
    public int update(DSLContext dsl, Camera camera, LocalDate today) {
        CameraDetails before = dsl.selectFrom(CAMERA).where(CAMERA.ID.eq(camera.id())).fetchOptional()
                .map(CameraRepository::details).orElse(null);
        CameraRecord r = dsl.newRecord(CAMERA);
        fill(r, camera);
        // Keeps month-on-month camera figures honest: a camera dismantled now counted until this day, one
        // dismantled before keeps its day, a working or faulty one has none (SET reads the row as it was).
        Field<LocalDate> removedOn = camera.status() != CameraStatus.DISMANTLED ? DSL.inline(null, CAMERA.REMOVED_ON)
                : DSL.when(CAMERA.STATUS.eq(CameraStatus.DISMANTLED.name()), CAMERA.REMOVED_ON).otherwise(DSL.val(today));
        int changed = dsl.update(CAMERA).set(r).set(CAMERA.REMOVED_ON, removedOn).set(CAMERA.ROW_VERSION, CAMERA.ROW_VERSION.plus(1))
                .where(CAMERA.ID.eq(camera.id())).and(CAMERA.ROW_VERSION.eq(camera.version()))
                .execute();
        if (changed > 0 && camera.details().differsInHistoryFrom(before)) {
            CameraHistory.record(dsl, camera.id(), camera.details(), today);
        }
        return changed;
    }

    private static void fill(CameraRecord r, Camera camera) {
        r.setSchoolId(camera.schoolId())
                .setPlacement(camera.placement().name())
                .setViewArea(camera.viewArea().name())
                .setStatus(camera.status().name())
                .setInstalledOn(camera.installedOn())
                .setZone(camera.details().zone().name())
                .setZoneNumber(camera.details().zoneNumber())
                .setTechnology(camera.details().technology() == null ? null : camera.details().technology().name())
                .setArchiveDays(camera.details().archiveDays())
                .setConnection(camera.details().connection().name())
                .setLastCheckedOn(camera.details().lastCheckedOn())
                .setNote(SchoolRepository.blankToNull(camera.note()));
    }

    /** Adds {@code outdoor} + {@code indoor} cameras as one batch, for inventories that arrive as counts. */
    public void addMany(DSLContext dsl, long schoolId, int outdoor, int indoor, CameraStatus status, LocalDate installedOn,
                        boolean connected) {
        List<CameraRecord> rows = new ArrayList<>(outdoor + indoor);
        for (int i = 0; i < outdoor + indoor; i++) {
            rows.add(dsl.newRecord(CAMERA)
                    .setSchoolId(schoolId)
                    .setPlacement((i < outdoor ? CameraPlacement.OUTDOOR : CameraPlacement.INDOOR).name())
                    .setViewArea(CameraViewArea.OTHER.name())
                    .setStatus(status.name())
                    .setInstalledOn(installedOn)
                    .setConnection((connected ? CameraConnection.COU : CameraConnection.NONE).name()));
        }
        dsl.batchInsert(rows).execute();
        // Batch inserts give back no ids: the new cameras are the school's without a history yet.
        CameraHistory.recordMissing(dsl, schoolId, installedOn != null ? installedOn : LocalDate.now());
    }

    /**
     * Removes a camera entered by mistake (a camera taken down is marked dismantled instead), while it is still at
     * the version the list showed; returns the rows removed: 0 when someone else changed or removed it meanwhile.
     */
    public int delete(DSLContext dsl, Camera camera) {
        return dsl.deleteFrom(CAMERA).where(CAMERA.ID.eq(camera.id())).and(CAMERA.ROW_VERSION.eq(camera.version())).execute();
    }
}
