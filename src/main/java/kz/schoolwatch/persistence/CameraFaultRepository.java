// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.FaultRow;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.jooq.tables.records.CameraFaultRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The faults of cameras and their repairs (issue 21): each camera's history, and the city's open faults. */
public final class CameraFaultRepository {

    private final Database db;
    private final ReferenceNames names;

    public CameraFaultRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped districts ({@code names}) read in the program's language. */
    public CameraFaultRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    static CameraFault toFault(CameraFaultRecord r) {
        return new CameraFault(r.getId(), r.getCameraId(), r.getFoundOn(), CameraFaultKind.valueOf(r.getKind()), r.getNote(),
                r.getRepairedOn(), r.getRepairOutcome() == null ? null : RepairOutcome.valueOf(r.getRepairOutcome()),
                r.getRepairNote(), r.getRowVersion());
    }

    /** A camera's faults, the latest found first. */
    public List<CameraFault> forCamera(long cameraId) {
        return db.read(dsl -> dsl.selectFrom(CAMERA_FAULT).where(CAMERA_FAULT.CAMERA_ID.eq(cameraId))
                .orderBy(CAMERA_FAULT.FOUND_ON.desc(), CAMERA_FAULT.ID.desc()).fetch(CameraFaultRepository::toFault));
    }

    /** The faults of all cameras of a school, the latest found first. */
    public List<CameraFault> forSchool(long schoolId) {
        return db.read(dsl -> dsl.select(CAMERA_FAULT.fields()).from(CAMERA_FAULT).join(CAMERA).on(CAMERA.ID.eq(CAMERA_FAULT.CAMERA_ID))
                .where(CAMERA.SCHOOL_ID.eq(schoolId))
                .orderBy(CAMERA_FAULT.FOUND_ON.desc(), CAMERA_FAULT.ID.desc())
                .fetch(r -> toFault(r.into(CAMERA_FAULT))));
    }

    /** The fault as stored now, inside the caller's transaction. */
    public Optional<CameraFault> find(DSLContext dsl, long id) {
        return dsl.selectFrom(CAMERA_FAULT).where(CAMERA_FAULT.ID.eq(id)).fetchOptional().map(CameraFaultRepository::toFault);
    }

    /** The camera's open faults, inside the caller's transaction. */
    public List<CameraFault> openOf(DSLContext dsl, long cameraId) {
        return dsl.selectFrom(CAMERA_FAULT).where(CAMERA_FAULT.CAMERA_ID.eq(cameraId)).and(CAMERA_FAULT.REPAIRED_ON.isNull())
                .fetch(CameraFaultRepository::toFault);
    }

    /** Whether a fault of the camera was closed by taking it down, inside the caller's transaction. */
    public Optional<LocalDate> dismantledOn(DSLContext dsl, long cameraId) {
        return dsl.select(CAMERA_FAULT.REPAIRED_ON).from(CAMERA_FAULT).where(CAMERA_FAULT.CAMERA_ID.eq(cameraId))
                .and(CAMERA_FAULT.REPAIR_OUTCOME.eq(RepairOutcome.DISMANTLED.name()))
                .orderBy(CAMERA_FAULT.REPAIRED_ON).limit(1).fetchOptional(CAMERA_FAULT.REPAIRED_ON);
    }

    /** Inserts a fault inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, CameraFault f) {
        CameraFaultRecord r = dsl.newRecord(CAMERA_FAULT);
        fill(r, f);
        r.store();
        return r.getId();
    }

    /** Updates a fault while it is at {@code f.version()}, counting the version up; returns the rows changed. */
    public int update(DSLContext dsl, CameraFault f) {
        CameraFaultRecord r = dsl.newRecord(CAMERA_FAULT);
        fill(r, f);
        return dsl.update(CAMERA_FAULT).set(r).set(CAMERA_FAULT.ROW_VERSION, CAMERA_FAULT.ROW_VERSION.plus(1))
                .where(CAMERA_FAULT.ID.eq(f.id())).and(CAMERA_FAULT.ROW_VERSION.eq(f.version()))
                .execute();
    }

    /** Deletes a fault while it is at {@code f.version()}; returns the rows removed. */
    public int delete(DSLContext dsl, CameraFault f) {
        return dsl.deleteFrom(CAMERA_FAULT).where(CAMERA_FAULT.ID.eq(f.id())).and(CAMERA_FAULT.ROW_VERSION.eq(f.version())).execute();
    }

    private static void fill(CameraFaultRecord r, CameraFault f) {
        r.setCameraId(f.cameraId())
                .setFoundOn(f.foundOn())
                .setKind(f.kind().name())
                .setNote(SchoolRepository.blankToNull(f.note()))
                .setRepairedOn(f.repairedOn())
                .setRepairOutcome(f.outcome() == null ? null : f.outcome().name())
                .setRepairNote(SchoolRepository.blankToNull(f.repairNote()));
    }

    /**
     * Sets the camera's status (and its removal day) inside the caller's transaction, counting its version up when
     * either changes: a camera form opened before sees the change instead of writing the old status back.
     */
    public void setCameraState(DSLContext dsl, long cameraId, CameraStatus status, LocalDate removedOn) {
        dsl.update(CAMERA).set(CAMERA.STATUS, status.name()).set(CAMERA.REMOVED_ON, removedOn)
                .set(CAMERA.ROW_VERSION, CAMERA.ROW_VERSION.plus(1))
                .where(CAMERA.ID.eq(cameraId))
                .and(CAMERA.STATUS.ne(status.name()).or(CAMERA.REMOVED_ON.isDistinctFrom(removedOn)))
                .execute();
    }

    /**
     * Open faults at open schools, the oldest first: the city's ({@code districtId} null) or a district's.
     */
    public List<FaultRow> open(Integer districtId) {
        return rows(CAMERA_FAULT.REPAIRED_ON.isNull(), districtId);
    }

    /** Faults repaired between {@code from} and {@code to} at open schools, the city's or a district's. */
    public List<FaultRow> repairedBetween(LocalDate from, LocalDate to, Integer districtId) {
        return rows(CAMERA_FAULT.REPAIRED_ON.between(from, to), districtId);
    }

    private List<FaultRow> rows(Condition which, Integer districtId) {
        Condition where = which.and(SCHOOL.ARCHIVED_ON.isNull());
        if (districtId != null) {
            where = where.and(SCHOOL.DISTRICT_ID.eq(districtId));
        }
        Condition condition = where;
        return db.read(dsl -> dsl.select(CAMERA_FAULT.fields()).select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, DISTRICT.NAME,
                        CAMERA.PLACEMENT)
                .from(CAMERA_FAULT)
                .join(CAMERA).on(CAMERA.ID.eq(CAMERA_FAULT.CAMERA_ID))
                .join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                .where(condition)
                .orderBy(CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.ID)
                .fetch(this::toRow));
    }

    private FaultRow toRow(Record r) {
        return new FaultRow(toFault(r.into(CAMERA_FAULT)), r.get(SCHOOL.ID), r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME),
                names.district(r.get(DISTRICT.NAME)), CameraPlacement.valueOf(r.get(CAMERA.PLACEMENT)));
    }
}
