// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;

import java.time.LocalDate;

import kz.schoolwatch.domain.SchoolEquipment;
import org.jooq.DSLContext;

/**
 * Keeps each school's equipment from the day it was saved (issue 21), so that compliance "as of" a past date judges
 * the panic button, guard and turnstiles the school had then. One row per school and day: a second save on the same
 * day replaces the first.
 */
public final class EquipmentHistory {

    private EquipmentHistory() {
    }

    /** Records the school's equipment as valid from {@code day}, inside the caller's transaction. */
    public static void record(DSLContext dsl, SchoolEquipment e, LocalDate day) {
        // Delete and insert rather than MERGE, which PostgreSQL 14 has not.
        dsl.deleteFrom(SCHOOL_EQUIPMENT_HISTORY)
                .where(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID.eq(e.schoolId())).and(SCHOOL_EQUIPMENT_HISTORY.VALID_FROM.eq(day))
                .execute();
        dsl.insertInto(SCHOOL_EQUIPMENT_HISTORY)
                .set(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID, e.schoolId())
                .set(SCHOOL_EQUIPMENT_HISTORY.VALID_FROM, day)
                .set(SCHOOL_EQUIPMENT_HISTORY.PANIC_BUTTON, e.panicButton())
                .set(SCHOOL_EQUIPMENT_HISTORY.PANIC_BUTTON_CONNECTED, e.panicButton() && e.panicButtonConnected())
                .set(SCHOOL_EQUIPMENT_HISTORY.ACCESS_CONTROL, e.accessControl())
                .set(SCHOOL_EQUIPMENT_HISTORY.TURNSTILES, e.turnstiles())
                .set(SCHOOL_EQUIPMENT_HISTORY.METAL_DETECTOR, e.metalDetector())
                .set(SCHOOL_EQUIPMENT_HISTORY.PA_SYSTEM, e.paSystem())
                .set(SCHOOL_EQUIPMENT_HISTORY.GUARD_COMPANY, SchoolRepository.blankToNull(e.guardCompany()))
                .set(SCHOOL_EQUIPMENT_HISTORY.GUARD_CONTRACT_END, e.hasGuard() ? e.guardContractEnd() : null)
                .execute();
    }
}
