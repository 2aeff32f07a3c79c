// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.compliance;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.SchoolFacts;
import kz.schoolwatch.domain.SchoolFacts.CameraFacts;
import kz.schoolwatch.domain.SchoolFacts.EquipmentFacts;
import kz.schoolwatch.domain.SchoolType;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The facts the requirements judge, as they were on a day (issue 21): the schools open that day, the equipment each
 * had then, and the cameras present then with their details of that day and whether a fault kept them out of order.
 *
 * <p>Five plain reads over the whole scope, joined in memory, rather than a correlated subquery per camera: the
 * city's 100,000 cameras are then read once each, and the history's rows in their key's order. A detail or
 * equipment row counts from its valid_from; a camera or school with no history row at all (loaded in bulk) counts
 * with what it has now; one whose history starts after the day had nothing recorded yet: its equipment is unknown,
 * its camera's details those it was entered with (the first row).
 */
public final class ComplianceFactsRepository {

    private ComplianceFactsRepository() {
    }

    /** The facts of the schools open on {@code day}: of one district, or of the city when {@code districtId} is null. */
    public static List<SchoolFacts> facts(DSLContext dsl, LocalDate day, Integer districtId) {
        Condition schools = SCHOOL.ARCHIVED_ON.isNull().or(SCHOOL.ARCHIVED_ON.gt(day));
        if (districtId != null) {
            schools = schools.and(SCHOOL.DISTRICT_ID.eq(districtId));
        }
        return facts(dsl, day, schools);
    }

    /** The facts of one school on {@code day}, open or not. */
    public static List<SchoolFacts> factsOfSchool(DSLContext dsl, LocalDate day, long schoolId) {
        return facts(dsl, day, SCHOOL.ID.eq(schoolId));
    }

    private static List<SchoolFacts> facts(DSLContext dsl, LocalDate day, Condition schoolCondition) {
        var schoolIds = DSL.select(SCHOOL.ID).from(SCHOOL).where(schoolCondition);
        Map<Long, EquipmentFacts> equipment = equipment(dsl, day, schoolIds);
        Map<Long, List<CameraFacts>> cameras = cameras(dsl, day, schoolIds);
        List<SchoolFacts> result = new ArrayList<>();
        for (Record r : dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.DISTRICT_ID, SCHOOL.SCHOOL_TYPE,
                        SCHOOL.PUPILS, SCHOOL.ENTRANCES, SCHOOL.FLOORS)
                .from(SCHOOL).where(schoolCondition).orderBy(SCHOOL.SCHOOL_NUMBER).fetch()) {
            long id = r.get(SCHOOL.ID);
            result.add(new SchoolFacts(id, r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME), r.get(SCHOOL.DISTRICT_ID),
                    SchoolType.valueOf(r.get(SCHOOL.SCHOOL_TYPE)), r.get(SCHOOL.PUPILS), r.get(SCHOOL.ENTRANCES),
                    r.get(SCHOOL.FLOORS), equipment.get(id), cameras.getOrDefault(id, List.of()), day));
        }
        return result;
    }

    private static Map<Long, EquipmentFacts> equipment(DSLContext dsl, LocalDate day, Select<? extends Record1<Long>> schoolIds) {
        Map<Long, EquipmentFacts> result = new HashMap<>();
        Set<Long> withHistory = new HashSet<>(dsl.selectDistinct(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID).from(SCHOOL_EQUIPMENT_HISTORY)
                .where(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID.in(schoolIds)).fetch(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID));
        var h = SCHOOL_EQUIPMENT_HISTORY;
        // In the key's order, so the last row of a school on or before the day is the one that stays.
        for (Record r : dsl.select(h.SCHOOL_ID, h.PANIC_BUTTON, h.PANIC_BUTTON_CONNECTED, h.ACCESS_CONTROL, h.TURNSTILES,
                        h.PA_SYSTEM, h.GUARD_COMPANY, h.GUARD_CONTRACT_END)
                .from(h).where(h.SCHOOL_ID.in(schoolIds)).and(h.VALID_FROM.le(day)).orderBy(h.SCHOOL_ID, h.VALID_FROM).fetch()) {
            result.put(r.get(h.SCHOOL_ID), new EquipmentFacts(r.get(h.PANIC_BUTTON), r.get(h.PANIC_BUTTON_CONNECTED),
                    r.get(h.ACCESS_CONTROL), r.get(h.TURNSTILES), r.get(h.PA_SYSTEM), r.get(h.GUARD_COMPANY),
                    r.get(h.GUARD_CONTRACT_END)));
        }
        var e = SCHOOL_EQUIPMENT;
        for (Record r : dsl.select(e.SCHOOL_ID, e.PANIC_BUTTON, e.PANIC_BUTTON_CONNECTED, e.ACCESS_CONTROL, e.TURNSTILES,
                        e.PA_SYSTEM, e.GUARD_COMPANY, e.GUARD_CONTRACT_END)
                .from(e).where(e.SCHOOL_ID.in(schoolIds)).fetch()) {
            if (!withHistory.contains(r.get(e.SCHOOL_ID))) {
                result.put(r.get(e.SCHOOL_ID), new EquipmentFacts(r.get(e.PANIC_BUTTON), r.get(e.PANIC_BUTTON_CONNECTED),
                        r.get(e.ACCESS_CONTROL), r.get(e.TURNSTILES), r.get(e.PA_SYSTEM), r.get(e.GUARD_COMPANY),
                        r.get(e.GUARD_CONTRACT_END)));
            }
        }
        return result;
    }

    /** The cameras present on the day, by school. */
    private static Map<Long, List<CameraFacts>> cameras(DSLContext dsl, LocalDate day, Select<? extends Record1<Long>> schoolIds) {
        Condition present = CAMERA.SCHOOL_ID.in(schoolIds)
                .and(CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day)))
                .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                .and(CAMERA.STATUS.ne("DISMANTLED").or(CAMERA.REMOVED_ON.isNotNull()));
        Set<Long> outOfOrder = new HashSet<>(dsl.selectDistinct(CAMERA_FAULT.CAMERA_ID).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.FOUND_ON.le(day))
                .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(day)))
                .fetch(CAMERA_FAULT.CAMERA_ID));
        var h = CAMERA_DETAIL_HISTORY;
        Map<Long, Record> detailsThen = new HashMap<>();
        for (Record r : dsl.select(h.CAMERA_ID, h.VALID_FROM, h.ZONE, h.ZONE_NUMBER, h.ARCHIVE_DAYS, h.CONNECTION)
                .from(h).where(h.CAMERA_ID.in(DSL.select(CAMERA.ID).from(CAMERA).where(present)))
                .orderBy(h.CAMERA_ID, h.VALID_FROM).fetch()) {
            // The last row on or before the day; before the first row, the first (what the camera was entered with).
            if (!r.get(h.VALID_FROM).isAfter(day) || !detailsThen.containsKey(r.get(h.CAMERA_ID))) {
                detailsThen.put(r.get(h.CAMERA_ID), r);
            }
        }
        Map<Long, List<CameraFacts>> result = new HashMap<>();
        for (Record c : dsl.select(CAMERA.ID, CAMERA.SCHOOL_ID, CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA.ARCHIVE_DAYS, CAMERA.CONNECTION)
                .from(CAMERA).where(present).fetch()) {
            long id = c.get(CAMERA.ID);
            Record d = detailsThen.get(id);
            CameraFacts facts = d == null
                    ? new CameraFacts(id, CameraZone.valueOf(c.get(CAMERA.ZONE)), c.get(CAMERA.ZONE_NUMBER), c.get(CAMERA.ARCHIVE_DAYS),
                            CameraConnection.valueOf(c.get(CAMERA.CONNECTION)), !outOfOrder.contains(id))
                    : new CameraFacts(id, CameraZone.valueOf(d.get(h.ZONE)), d.get(h.ZONE_NUMBER), d.get(h.ARCHIVE_DAYS),
                            CameraConnection.valueOf(d.get(h.CONNECTION)), !outOfOrder.contains(id));
            result.computeIfAbsent(c.get(CAMERA.SCHOOL_ID), k -> new ArrayList<>()).add(facts);
        }
        return result;
    }
}
