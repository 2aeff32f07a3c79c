// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;

import kz.schoolwatch.domain.CameraArea;
import kz.schoolwatch.domain.CameraState;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;

/**
 * What a camera was on a past day, read from its dates and its faults (issue 21) rather than from today's status:
 * present when installed on or before the day (or with no date) and not removed by then; out of order when a fault
 * found on or before the day was not yet repaired.
 */
public final class CameraStates {

    private static final String FAULTY = "FAULTY";
    private static final String DISMANTLED = "DISMANTLED";

    private final Database db;

    public CameraStates(Database db) {
        this.db = db;
    }

    /** Cameras present on {@code day}; a camera dismantled without a removal date is gone on every day. */
    public static Condition presentOn(LocalDate day) {
        return CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day))
                .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                .and(CAMERA.STATUS.ne(DISMANTLED).or(CAMERA.REMOVED_ON.isNotNull()));
    }

    /**
     * Cameras out of order on {@code day}. A camera marked faulty without any open fault recorded (entered as faulty,
     * or imported so) has no history to read: it counts as out of order on every day, as before the history existed.
     */
    public static Condition faultyOn(LocalDate day) {
        Condition openThatDay = openFaultOn(day);
        Condition faultyWithoutRecord = CAMERA.STATUS.eq(FAULTY).andNotExists(selectOne().from(CAMERA_FAULT)
                .where(CAMERA_FAULT.CAMERA_ID.eq(CAMERA.ID)).and(CAMERA_FAULT.REPAIRED_ON.isNull()));
        return openThatDay.or(faultyWithoutRecord);
    }

    /** Cameras in order on {@code day} (to be combined with {@link #presentOn}). */
    public static Condition inOrderOn(LocalDate day) {
        return not(faultyOn(day));
    }

    private static Condition openFaultOn(LocalDate day) {
        return exists(selectOne().from(CAMERA_FAULT)
                .where(CAMERA_FAULT.CAMERA_ID.eq(CAMERA.ID))
                .and(CAMERA_FAULT.FOUND_ON.le(day))
                .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(day))));
    }

    /**
     * The cameras present and in order on {@code day} in {@code area}: one school's, or the open schools' (not
     * archived by that day) of a district or the city.
     */
    public CameraState on(LocalDate day, CameraArea area) {
        Condition where = presentOn(day);
        if (area.schoolId() != null) {
            where = where.and(SCHOOL.ID.eq(area.schoolId()));
        } else {
            where = where.and(SCHOOL.ARCHIVED_ON.isNull().or(SCHOOL.ARCHIVED_ON.gt(day)));
            if (area.districtId() != null) {
                where = where.and(SCHOOL.DISTRICT_ID.eq(area.districtId()));
            }
        }
        Condition condition = where;
        var r = db.read(dsl -> dsl.select(count(), count().filterWhere(inOrderOn(day)))
                .from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                .where(condition).fetchOne());
        return new CameraState(day, r.value1(), r.value2());
    }
}
