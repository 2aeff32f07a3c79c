// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CHECK_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.CheckAssignment;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The inspection plan's facts: each open school's last check, and the open assignments of next checks. */
public final class InspectionPlanRepository {

    /** A school as the plan sees it. */
    public record PlanSchool(long id, int number, String name, int districtId, String district, SchoolType type, LocalDate lastCheck) {
    }

    private final Database db;
    private final ReferenceNames names;

    public InspectionPlanRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** The schools open today, of one district or (null) the city, with the day of each one's latest check. */
    public List<PlanSchool> schools(Integer districtId) {
        return db.read(dsl -> {
            var last = dsl.select(SECURITY_CHECK.SCHOOL_ID, max(SECURITY_CHECK.CHECKED_ON).as("last_check"))
                    .from(SECURITY_CHECK).groupBy(SECURITY_CHECK.SCHOOL_ID).asTable("last");
            Condition open = SCHOOL.ARCHIVED_ON.isNull();
            if (districtId != null) {
                open = open.and(SCHOOL.DISTRICT_ID.eq(districtId));
            }
            return dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.DISTRICT_ID, DISTRICT.NAME, SCHOOL.SCHOOL_TYPE,
                            last.field("last_check", LocalDate.class))
                    .from(SCHOOL).join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .leftJoin(last).on(last.field(SECURITY_CHECK.SCHOOL_ID).eq(SCHOOL.ID))
                    .where(open).orderBy(SCHOOL.SCHOOL_NUMBER)
                    .fetch(r -> new PlanSchool(r.get(SCHOOL.ID), r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME),
                            r.get(SCHOOL.DISTRICT_ID), names.district(r.get(DISTRICT.NAME)), SchoolType.valueOf(r.get(SCHOOL.SCHOOL_TYPE)),
                            r.get(last.field("last_check", LocalDate.class))));
        });
    }

    /** The open assignments by school (the latest, should a school have two). */
    public Map<Long, CheckAssignment> openAssignments() {
        return db.read(dsl -> {
            Map<Long, CheckAssignment> bySchool = new HashMap<>();
            for (Record r : dsl.select(CHECK_ASSIGNMENT.asterisk(), OFFICER.LAST_NAME, OFFICER.FIRST_NAME)
                    .from(CHECK_ASSIGNMENT).join(OFFICER).on(OFFICER.ID.eq(CHECK_ASSIGNMENT.OFFICER_ID))
                    .where(openCondition()).orderBy(CHECK_ASSIGNMENT.ASSIGNED_ON, CHECK_ASSIGNMENT.ID).fetch()) {
                CheckAssignment a = assignment(r);
                bySchool.put(a.schoolId(), a);
            }
            return bySchool;
        });
    }

    /** The school's open assignment, read in the caller's transaction. */
    public Optional<CheckAssignment> openFor(DSLContext dsl, long schoolId) {
        return dsl.select(CHECK_ASSIGNMENT.asterisk(), OFFICER.LAST_NAME, OFFICER.FIRST_NAME)
                .from(CHECK_ASSIGNMENT).join(OFFICER).on(OFFICER.ID.eq(CHECK_ASSIGNMENT.OFFICER_ID))
                .where(openCondition()).and(CHECK_ASSIGNMENT.SCHOOL_ID.eq(schoolId))
                .orderBy(CHECK_ASSIGNMENT.ASSIGNED_ON.desc(), CHECK_ASSIGNMENT.ID.desc()).limit(1)
                .fetchOptional(InspectionPlanRepository::assignment);
    }

    /** The assignment as stored now, read in the caller's transaction. */
    public Optional<CheckAssignment> find(DSLContext dsl, long id) {
        return dsl.select(CHECK_ASSIGNMENT.asterisk(), OFFICER.LAST_NAME, OFFICER.FIRST_NAME)
                .from(CHECK_ASSIGNMENT).join(OFFICER).on(OFFICER.ID.eq(CHECK_ASSIGNMENT.OFFICER_ID))
                .where(CHECK_ASSIGNMENT.ID.eq(id)).fetchOptional(InspectionPlanRepository::assignment);
    }

    /** Open: no check of the school on or after the day it was assigned. */
    private static Condition openCondition() {
        return notExists(selectOne().from(SECURITY_CHECK).where(SECURITY_CHECK.SCHOOL_ID.eq(CHECK_ASSIGNMENT.SCHOOL_ID))
                .and(SECURITY_CHECK.CHECKED_ON.ge(CHECK_ASSIGNMENT.ASSIGNED_ON)));
    }

    private static CheckAssignment assignment(Record r) {
        return new CheckAssignment(r.get(CHECK_ASSIGNMENT.ID), r.get(CHECK_ASSIGNMENT.SCHOOL_ID), r.get(CHECK_ASSIGNMENT.OFFICER_ID),
                r.get(OFFICER.LAST_NAME) + " " + r.get(OFFICER.FIRST_NAME), r.get(CHECK_ASSIGNMENT.ASSIGNED_ON),
                r.get(CHECK_ASSIGNMENT.DUE_BY), r.get(CHECK_ASSIGNMENT.NOTE), r.get(CHECK_ASSIGNMENT.ROW_VERSION));
    }

    public long insert(DSLContext dsl, CheckAssignment a) {
        return dsl.insertInto(CHECK_ASSIGNMENT).set(CHECK_ASSIGNMENT.SCHOOL_ID, a.schoolId()).set(CHECK_ASSIGNMENT.OFFICER_ID, a.officerId())
                .set(CHECK_ASSIGNMENT.ASSIGNED_ON, a.assignedOn()).set(CHECK_ASSIGNMENT.DUE_BY, a.dueBy())
                .set(CHECK_ASSIGNMENT.NOTE, SchoolRepository.blankToNull(a.note()))
                .returning(CHECK_ASSIGNMENT.ID).fetchOne(CHECK_ASSIGNMENT.ID);
    }

    /** Changes the officer, day and note while the row is at the version read; returns the rows changed. */
    public int update(DSLContext dsl, CheckAssignment a) {
        return dsl.update(CHECK_ASSIGNMENT).set(CHECK_ASSIGNMENT.OFFICER_ID, a.officerId()).set(CHECK_ASSIGNMENT.DUE_BY, a.dueBy())
                .set(CHECK_ASSIGNMENT.NOTE, SchoolRepository.blankToNull(a.note()))
                .set(CHECK_ASSIGNMENT.ROW_VERSION, CHECK_ASSIGNMENT.ROW_VERSION.plus(1))
                .where(CHECK_ASSIGNMENT.ID.eq(a.id())).and(CHECK_ASSIGNMENT.ROW_VERSION.eq(a.version())).execute();
    }

    public int delete(DSLContext dsl, CheckAssignment a) {
        return dsl.deleteFrom(CHECK_ASSIGNMENT).where(CHECK_ASSIGNMENT.ID.eq(a.id())).and(CHECK_ASSIGNMENT.ROW_VERSION.eq(a.version()))
                .execute();
    }
}
