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
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Record8;
import org.jooq.impl.DSL;

/**
 * The facts the requirements judge, as they were on a day (issue 21): the schools open that day, the equipment each
 * had then, and the cameras present then with their details of that day and whether a fault kept them out of order.
 *
 * <p>Six plain reads over the whole scope, joined in memory, rather than a correlated subquery per camera: the
 * city's 100,000 cameras are then read once each, and each history row once, in no order (the latest row on or
 * before the day is kept as they come). A detail or
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
        List<Record8<Long, Integer, String, Integer, String, Integer, Integer, Integer>> schools = dsl
                .select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.DISTRICT_ID, SCHOOL.SCHOOL_TYPE,
                        SCHOOL.PUPILS, SCHOOL.ENTRANCES, SCHOOL.FLOORS)
                .from(SCHOOL).where(schoolCondition).orderBy(SCHOOL.SCHOOL_NUMBER).fetch();
        Set<Long> scope = new HashSet<>();
        schools.forEach(r -> scope.add(r.value1()));
        Map<Long, EquipmentFacts> equipment = equipment(dsl, day, scope);
        Map<Long, List<CameraFacts>> cameras = cameras(dsl, day, schoolCondition);
        List<SchoolFacts> result = new ArrayList<>(schools.size());
        for (var r : schools) {
            long id = r.value1();
            result.add(new SchoolFacts(id, r.value2(), r.value3(), r.value4(), SchoolType.valueOf(r.value5()), r.value6(),
                    r.value7(), r.value8(), equipment.get(id), cameras.getOrDefault(id, List.of()), day));
        }
        return result;
    }

    /**
     * Rows of {@code id} within {@code ids}: named in the query for a few (a school, a district), all rows for many (the
     * city), which H2 reads faster than a long list or a semi-join; the caller keeps only those in {@code ids}.
     */
    private static Condition within(Field<Long> id, Set<Long> ids) {
        return ids.size() <= FEW ? id.in(ids) : DSL.noCondition();
    }

    private static final int FEW = 2_000;

    private static Map<Long, EquipmentFacts> equipment(DSLContext dsl, LocalDate day, Set<Long> scope) {
        Map<Long, EquipmentFacts> result = new HashMap<>();
        Set<Long> withHistory = new HashSet<>();
        Map<Long, LocalDate> latest = new HashMap<>();
        var h = SCHOOL_EQUIPMENT_HISTORY;
        // The row of each school with the latest valid_from on or before the day; a school whose rows all begin after
        // it had nothing recorded yet.
        for (var r : dsl.select(h.SCHOOL_ID, h.VALID_FROM, h.PANIC_BUTTON, h.PANIC_BUTTON_CONNECTED, h.ACCESS_CONTROL, h.TURNSTILES,
                        h.PA_SYSTEM, h.GUARD_COMPANY, h.GUARD_CONTRACT_END)
                .from(h).where(within(h.SCHOOL_ID, scope)).fetch()) {
            long school = r.value1();
            if (!scope.contains(school)) {
                continue;
            }
            withHistory.add(school);
            LocalDate from = r.value2();
            LocalDate best = latest.get(school);
            if (!from.isAfter(day) && (best == null || from.isAfter(best))) {
                latest.put(school, from);
                result.put(school, new EquipmentFacts(r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
            }
        }
        var e = SCHOOL_EQUIPMENT;
        for (var r : dsl.select(e.SCHOOL_ID, e.PANIC_BUTTON, e.PANIC_BUTTON_CONNECTED, e.ACCESS_CONTROL, e.TURNSTILES,
                        e.PA_SYSTEM, e.GUARD_COMPANY, e.GUARD_CONTRACT_END)
                .from(e).where(within(e.SCHOOL_ID, scope)).fetch()) {
            if (scope.contains(r.value1()) && !withHistory.contains(r.value1())) {
                result.put(r.value1(), new EquipmentFacts(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
            }
        }
        return result;
    }

    /** A camera's details as of the day, and the valid_from they hold from (null: as it is now). */
    private record Details(LocalDate from, String zone, Integer zoneNumber, Integer archiveDays, String connection) {
    }

    /** The cameras present on the day in the schools of {@code schoolCondition}, by school. */
    private static Map<Long, List<CameraFacts>> cameras(DSLContext dsl, LocalDate day, Condition schoolCondition) {
        Condition present = CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day))
                .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                .and(CAMERA.STATUS.ne("DISMANTLED").or(CAMERA.REMOVED_ON.isNotNull()));
        // Joined to the school, not "school_id IN (...)": H2 runs the join as one pass over the cameras. Read through a
        // cursor into small records: 100,000 jOOQ records held at once cost more than the query.
        List<Present> cameras = new ArrayList<>();
        try (Cursor<Record6<Long, Long, String, Integer, Integer, String>> rows = dsl
                .select(CAMERA.ID, CAMERA.SCHOOL_ID, CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA.ARCHIVE_DAYS, CAMERA.CONNECTION)
                .from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                .where(present).and(schoolCondition).fetchLazy()) {
            for (var c : rows) {
                cameras.add(new Present(c.value1(), c.value2(), new Details(null, c.value3(), c.value4(), c.value5(), c.value6())));
            }
        }
        Set<Long> ids = new HashSet<>(cameras.size() * 2);
        cameras.forEach(c -> ids.add(c.id()));
        Set<Long> outOfOrder = new HashSet<>(dsl.selectDistinct(CAMERA_FAULT.CAMERA_ID).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.FOUND_ON.le(day))
                .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(day)))
                .fetch(CAMERA_FAULT.CAMERA_ID));
        // Per camera the row with the latest valid_from on or before the day; before its first row, the first
        // (what the camera was entered with).
        var h = CAMERA_DETAIL_HISTORY;
        Map<Long, Details> detailsThen = new HashMap<>();
        try (Cursor<Record6<Long, LocalDate, String, Integer, Integer, String>> rows = dsl
                .select(h.CAMERA_ID, h.VALID_FROM, h.ZONE, h.ZONE_NUMBER, h.ARCHIVE_DAYS, h.CONNECTION)
                .from(h).where(within(h.CAMERA_ID, ids)).fetchLazy()) {
            for (var r : rows) {
                if (!ids.contains(r.value1())) {
                    continue;
                }
                Details seen = detailsThen.get(r.value1());
                LocalDate from = r.value2();
                boolean inForce = !from.isAfter(day);
                boolean better = seen == null
                        || inForce && (seen.from().isAfter(day) || from.isAfter(seen.from()))
                        || !inForce && seen.from().isAfter(day) && from.isBefore(seen.from());
                if (better) {
                    detailsThen.put(r.value1(), new Details(from, r.value3(), r.value4(), r.value5(), r.value6()));
                }
            }
        }
        Map<Long, List<CameraFacts>> result = new HashMap<>();
        for (Present c : cameras) {
            Details d = detailsThen.getOrDefault(c.id(), c.now());
            result.computeIfAbsent(c.schoolId(), k -> new ArrayList<>()).add(new CameraFacts(c.id(), CameraZone.valueOf(d.zone()),
                    d.zoneNumber(), d.archiveDays(), CameraConnection.valueOf(d.connection()), !outOfOrder.contains(c.id())));
        }
        return result;
    }

    /** A camera present on the day, with the details it has now (used when it has no history row). */
    private record Present(long id, long schoolId, Details now) {
    }
}
