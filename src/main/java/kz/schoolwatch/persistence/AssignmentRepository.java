// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;

import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;

/** Which officer covers which school, with the history of handovers. */
public final class AssignmentRepository {

    private final Database db;
    private final ReferenceNames names;

    public AssignmentRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public AssignmentRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** A school's officers, the current one first, then the earlier ones newest first. */
    public List<OfficerAssignment> history(long schoolId) {
        return db.read(dsl -> dsl.select(SCHOOL_ASSIGNMENT.OFFICER_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        POLICE_RANK.NAME, SCHOOL_ASSIGNMENT.ASSIGNED_FROM, SCHOOL_ASSIGNMENT.ASSIGNED_TO)
                .from(SCHOOL_ASSIGNMENT)
                .join(OFFICER).on(OFFICER.ID.eq(SCHOOL_ASSIGNMENT.OFFICER_ID))
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(schoolId))
                .orderBy(SCHOOL_ASSIGNMENT.ASSIGNED_TO.desc().nullsFirst(), SCHOOL_ASSIGNMENT.ASSIGNED_FROM.desc())
                .fetch(r -> new OfficerAssignment(r.value1(),
                        Officer.shortName(r.value2(), r.value3(), r.value4()) + ", " + names.rank(r.value5()), r.value6(), r.value7())));
    }

    /**
     * Makes {@code officerId} the school's officer from {@code from}, inside the caller's transaction: the open
     * assignment closes the day before, so the history has no gap and no overlap. Assigning the officer who
     * already covers the school changes nothing.
     */
    public void assign(DSLContext dsl, long schoolId, long officerId, LocalDate from) {
        var open = dsl.selectFrom(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(schoolId).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull()))
                .fetch();
        for (var row : open) {
            if (row.getOfficerId() == officerId) {
                return;
            }
        }
        for (var row : open) {
            LocalDate end = from.minusDays(1);
            if (end.isBefore(row.getAssignedFrom())) {
                // Handed over on the day it began: that short period never really happened.
                row.delete();
            } else {
                row.setAssignedTo(end).store();
            }
        }
        dsl.insertInto(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.SCHOOL_ID, SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.ASSIGNED_FROM)
                .values(schoolId, officerId, from).execute();
    }

    /** Ends the current assignment (the school has no officer from {@code from}). */
    public void unassign(DSLContext dsl, long schoolId, LocalDate from) {
        dsl.update(SCHOOL_ASSIGNMENT).set(SCHOOL_ASSIGNMENT.ASSIGNED_TO, from.minusDays(1))
                .where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(schoolId).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                        .and(SCHOOL_ASSIGNMENT.ASSIGNED_FROM.lt(from)))
                .execute();
    }
}
