// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;

import java.util.Optional;

import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.persistence.jooq.tables.records.SchoolEquipmentRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;

/** A school's security equipment besides cameras: one row per school. */
public final class EquipmentRepository {

    private final Database db;

    public EquipmentRepository(Database db) {
        this.db = db;
    }

    /** What is recorded for the school, or nothing-present (version 0) when no row exists yet. */
    public SchoolEquipment find(long schoolId) {
        return db.read(dsl -> find(dsl, schoolId)).orElse(SchoolEquipment.none(schoolId));
    }

    /** The school's row as stored now, inside the caller's transaction; empty when none was saved yet. */
    public Optional<SchoolEquipment> find(DSLContext dsl, long schoolId) {
        return dsl.selectFrom(SCHOOL_EQUIPMENT).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(schoolId)).fetchOptional()
                .map(r -> new SchoolEquipment(r.getSchoolId(), r.getPanicButton(), r.getPanicButtonConnected(), r.getAccessControl(),
                        r.getMetalDetector(), r.getGuardCompany(), r.getGuardContractEnd(), r.getPaSystem(), r.getTurnstiles(),
                        r.getRowVersion()));
    }

    /** Inserts the school's first row, inside the caller's transaction. */
    public void insert(DSLContext dsl, SchoolEquipment e) {
        SchoolEquipmentRecord r = dsl.newRecord(SCHOOL_EQUIPMENT).setSchoolId(e.schoolId());
        fill(r, e);
        r.store();
    }

    /**
     * Updates the school's row inside the caller's transaction while it is still at the version its form opened,
     * and counts the version up; returns the rows changed: 0 when someone else saved or removed it meanwhile.
     */
    public int update(DSLContext dsl, SchoolEquipment e) {
        SchoolEquipmentRecord r = dsl.newRecord(SCHOOL_EQUIPMENT);
        fill(r, e);
        return dsl.update(SCHOOL_EQUIPMENT).set(r).set(SCHOOL_EQUIPMENT.ROW_VERSION, SCHOOL_EQUIPMENT.ROW_VERSION.plus(1))
                .where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(e.schoolId())).and(SCHOOL_EQUIPMENT.ROW_VERSION.eq(e.version()))
                .execute();
    }

    private static void fill(SchoolEquipmentRecord r, SchoolEquipment e) {
        r.setPanicButton(e.panicButton())
                .setPanicButtonConnected(e.panicButton() && e.panicButtonConnected())
                .setAccessControl(e.accessControl())
                .setMetalDetector(e.metalDetector())
                .setGuardCompany(SchoolRepository.blankToNull(e.guardCompany()))
                .setGuardContractEnd(e.hasGuard() ? e.guardContractEnd() : null)
                .setPaSystem(e.paSystem())
                .setTurnstiles(e.turnstiles());
    }
}
