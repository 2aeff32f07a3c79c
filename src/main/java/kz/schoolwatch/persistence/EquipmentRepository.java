// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;

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

    /** What is recorded for the school, or nothing-present when no row exists yet. */
    public SchoolEquipment find(long schoolId) {
        return db.read(dsl -> dsl.selectFrom(SCHOOL_EQUIPMENT).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(schoolId)).fetchOptional()
                .map(r -> new SchoolEquipment(r.getSchoolId(), r.getPanicButton(), r.getPanicButtonConnected(), r.getAccessControl(),
                        r.getMetalDetector(), r.getGuardCompany(), r.getGuardContractEnd(), r.getPaSystem()))
                .orElse(SchoolEquipment.none(schoolId)));
    }

    /** Inserts or replaces the row, inside the caller's transaction. */
    public void save(DSLContext dsl, SchoolEquipment e) {
        SchoolEquipmentRecord r = dsl.fetchOptional(SCHOOL_EQUIPMENT, SCHOOL_EQUIPMENT.SCHOOL_ID.eq(e.schoolId()))
                .orElseGet(() -> dsl.newRecord(SCHOOL_EQUIPMENT).setSchoolId(e.schoolId()));
        r.setPanicButton(e.panicButton())
                .setPanicButtonConnected(e.panicButton() && e.panicButtonConnected())
                .setAccessControl(e.accessControl())
                .setMetalDetector(e.metalDetector())
                .setGuardCompany(SchoolRepository.blankToNull(e.guardCompany()))
                .setGuardContractEnd(e.hasGuard() ? e.guardContractEnd() : null)
                .setPaSystem(e.paSystem());
        r.store();
    }
}
