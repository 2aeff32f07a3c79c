// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.persistence.jooq.tables.records.CameraRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;

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
                CameraStatus.valueOf(r.getStatus()), r.getInstalledOn(), r.getConnectedToCou(), r.getNote());
    }

    /** Inserts or updates {@code camera} inside the caller's transaction; returns its id. */
    public long save(DSLContext dsl, Camera camera, LocalDate today) {
        CameraRecord r = camera.id() == null ? dsl.newRecord(CAMERA) : dsl.fetchSingle(CAMERA, CAMERA.ID.eq(camera.id()));
        boolean nowDismantled = camera.status() == CameraStatus.DISMANTLED && !CameraStatus.DISMANTLED.name().equals(r.getStatus());
        r.setSchoolId(camera.schoolId())
                .setPlacement(camera.placement().name())
                .setViewArea(camera.viewArea().name())
                .setStatus(camera.status().name())
                .setInstalledOn(camera.installedOn())
                .setConnectedToCou(camera.connectedToCou())
                .setNote(SchoolRepository.blankToNull(camera.note()));
        if (nowDismantled) {
            // Keeps month-on-month camera figures honest: the camera counted until this day.
            r.setRemovedOn(today);
        } else if (camera.status() != CameraStatus.DISMANTLED) {
            r.setRemovedOn(null);
        }
        r.store();
        return r.getId();
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
                    .setConnectedToCou(connected));
        }
        dsl.batchInsert(rows).execute();
    }

    /** Removes a camera entered by mistake (a camera taken down is marked dismantled instead). */
    public void delete(DSLContext dsl, long cameraId) {
        dsl.deleteFrom(CAMERA).where(CAMERA.ID.eq(cameraId)).execute();
    }
}
