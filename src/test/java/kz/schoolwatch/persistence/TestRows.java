// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;

import java.time.LocalDate;
import kz.schoolwatch.persistence.store.Database;

/** Inserts the few rows a repository or service test starts from, straight through jOOQ. */
public final class TestRows {

    private final Database db;

    public TestRows(Database db) {
        this.db = db;
    }

    public long school(int number, int districtId) {
        return db.dsl().insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID)
                .values(number, "КГУ «Общеобразовательная школа №" + number + "»", "GENERAL", districtId)
                .returning(SCHOOL.ID).fetchOne(SCHOOL.ID);
    }

    public long officer(String lastName, String badge, int districtId) {
        return db.dsl().insertInto(OFFICER, OFFICER.RANK_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.BADGE_NUMBER, OFFICER.DISTRICT_ID)
                .values(8, lastName, "Тимур", badge, districtId)
                .returning(OFFICER.ID).fetchOne(OFFICER.ID);
    }

    public void assign(long schoolId, long officerId, LocalDate from) {
        db.dsl().insertInto(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.SCHOOL_ID, SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.ASSIGNED_FROM)
                .values(schoolId, officerId, from).execute();
    }

    public long centre(String name, int districtId) {
        return db.dsl().insertInto(LEISURE_CENTRE, LEISURE_CENTRE.NAME, LEISURE_CENTRE.DISTRICT_ID).values(name, districtId)
                .returning(LEISURE_CENTRE.ID).fetchOne(LEISURE_CENTRE.ID);
    }

    public int firstPurposeId() {
        return db.dsl().fetchOne("SELECT MIN(id) FROM visit_purpose").get(0, Integer.class);
    }

    public int count(String table) {
        return db.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }
}
