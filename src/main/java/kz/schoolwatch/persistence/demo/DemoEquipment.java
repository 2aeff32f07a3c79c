// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.schoolwatch.persistence.jooq.tables.records.SchoolEquipmentRecord;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.TableRecord;

/**
 * The demo schools' equipment as the requirements see it (issue 21): turnstiles at some big schools, everything at
 * the exemplary ones, and its history: what a school had two years ago, and the turnstiles, the panic button's link
 * or the access control some of them added during the year.
 */
final class DemoEquipment {

    private final LocalDate today;
    private final Random random;
    private final List<TableRecord<?>> history = new ArrayList<>();
    private Map<Long, SchoolEquipmentRecord> stored;

    DemoEquipment(LocalDate today, Random random) {
        this.today = today;
        this.random = random;
    }

    void school(DSLContext dsl, long schoolId, int pupils, boolean exemplary, List<Query> updates) {
        if (stored == null) {
            stored = dsl.selectFrom(SCHOOL_EQUIPMENT).fetchMap(SCHOOL_EQUIPMENT.SCHOOL_ID);
        }
        SchoolEquipmentRecord e = stored.get(schoolId);
        if (e == null) {
            return;
        }
        boolean turnstiles = exemplary || random.nextInt(100) < (pupils > 1500 ? 45 : 8);
        boolean panic = exemplary || e.getPanicButton();
        boolean linked = exemplary || e.getPanicButtonConnected();
        boolean access = exemplary || e.getAccessControl();
        boolean pa = exemplary || e.getPaSystem();
        String guard = e.getGuardCompany() == null && exemplary ? anyGuard() : e.getGuardCompany();
        LocalDate contractEnd = exemplary && (e.getGuardContractEnd() == null || !e.getGuardContractEnd().isAfter(today.plusDays(30)))
                ? today.plusDays(60 + random.nextInt(300)) : e.getGuardContractEnd();
        updates.add(dsl.update(SCHOOL_EQUIPMENT).set(SCHOOL_EQUIPMENT.TURNSTILES, turnstiles).set(SCHOOL_EQUIPMENT.PANIC_BUTTON, panic)
                .set(SCHOOL_EQUIPMENT.PANIC_BUTTON_CONNECTED, linked).set(SCHOOL_EQUIPMENT.ACCESS_CONTROL, access)
                .set(SCHOOL_EQUIPMENT.PA_SYSTEM, pa).set(SCHOOL_EQUIPMENT.GUARD_COMPANY, guard)
                .set(SCHOOL_EQUIPMENT.GUARD_CONTRACT_END, contractEnd).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(schoolId)));
        // What changed this year: a date before the change reads the school without it.
        int r = random.nextInt(100);
        boolean turnstilesAdded = turnstiles && r < 30;
        boolean linkAdded = !turnstilesAdded && linked && r < 45;
        boolean accessAdded = !turnstilesAdded && !linkAdded && access && r < 60;
        LocalDate start = today.minusYears(2);
        if (turnstilesAdded || linkAdded || accessAdded) {
            LocalDate changed = today.minusDays(20 + random.nextInt(300));
            history.add(row(dsl, schoolId, start, e, panic, linked && !linkAdded, access && !accessAdded, turnstiles && !turnstilesAdded,
                    pa, guard, contractEnd));
            start = changed;
        }
        history.add(row(dsl, schoolId, start, e, panic, linked, access, turnstiles, pa, guard, contractEnd));
    }

    /** A guard company another demo school has (the demo's names live in {@link DemoSchools}). */
    private String anyGuard() {
        return stored.values().stream().map(SchoolEquipmentRecord::getGuardCompany).filter(g -> g != null).sorted().findFirst().orElse(null);
    }

    private static TableRecord<?> row(DSLContext dsl, long schoolId, LocalDate from, SchoolEquipmentRecord e, boolean panic,
                                      boolean linked, boolean access, boolean turnstiles, boolean pa, String guard, LocalDate contractEnd) {
        return dsl.newRecord(SCHOOL_EQUIPMENT_HISTORY).setSchoolId(schoolId).setValidFrom(from).setPanicButton(panic)
                .setPanicButtonConnected(linked).setAccessControl(access).setTurnstiles(turnstiles)
                .setMetalDetector(e.getMetalDetector()).setPaSystem(pa).setGuardCompany(guard).setGuardContractEnd(contractEnd);
    }

    void insertHistory(DSLContext dsl) {
        dsl.batchInsert(history).execute();
    }
}
