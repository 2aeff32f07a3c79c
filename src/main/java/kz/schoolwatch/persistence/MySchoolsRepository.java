// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.MySchool;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Field;

/** An officer's own schools with their cameras, last visit and last security check: the inspector's landing screen. */
public final class MySchoolsRepository {

    private final Database db;
    private final ReferenceNames names;

    public MySchoolsRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public MySchoolsRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /**
     * The open schools {@code officerId} is assigned to on {@code today}, by number. The last visit counts anybody's
     * (a school visited by a colleague is not due again); both dates are of days up to {@code today}.
     */
    public List<MySchool> forOfficer(long officerId, LocalDate today) {
        Field<Integer> cameras = field(select(count()).from(CAMERA)
                .where(CAMERA.SCHOOL_ID.eq(SCHOOL.ID)).and(CAMERA.STATUS.ne(CameraStatus.DISMANTLED.name())));
        Field<Integer> working = field(select(count()).from(CAMERA)
                .where(CAMERA.SCHOOL_ID.eq(SCHOOL.ID)).and(CAMERA.STATUS.eq(CameraStatus.WORKING.name())));
        Field<LocalDateTime> lastVisit = field(select(max(SCHOOL_VISIT.VISITED_AT)).from(SCHOOL_VISIT)
                .where(SCHOOL_VISIT.SCHOOL_ID.eq(SCHOOL.ID)).and(SCHOOL_VISIT.VISITED_AT.lt(today.plusDays(1).atStartOfDay())));
        Field<LocalDate> lastCheck = field(select(max(SECURITY_CHECK.CHECKED_ON)).from(SECURITY_CHECK)
                .where(SECURITY_CHECK.SCHOOL_ID.eq(SCHOOL.ID)).and(SECURITY_CHECK.CHECKED_ON.le(today)));
        return db.read(dsl -> dsl.selectDistinct(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, DISTRICT.NAME, cameras, working,
                                lastVisit, lastCheck)
                .from(SCHOOL_ASSIGNMENT)
                .join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_ASSIGNMENT.SCHOOL_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(officerId))
                .and(SCHOOL_ASSIGNMENT.ASSIGNED_FROM.le(today))
                .and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull().or(SCHOOL_ASSIGNMENT.ASSIGNED_TO.ge(today)))
                .and(SCHOOL.ARCHIVED_ON.isNull())
                .orderBy(SCHOOL.SCHOOL_NUMBER)
                .fetch(r -> new MySchool(r.value1(), r.value2(), r.value3(), names.district(r.value4()), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().toLocalDate(), r.value8())));
    }
}
