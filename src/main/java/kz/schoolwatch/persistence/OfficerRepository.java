// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.persistence.jooq.tables.records.OfficerRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** The officers' registry and which schools each covers, with the history of handovers. */
public final class OfficerRepository {

    private final Database db;
    private final ReferenceNames names;

    public OfficerRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public OfficerRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** Every officer by name, with the number of schools each covers today. */
    public List<OfficerSummary> list() {
        Field<Integer> schools = field(select(count()).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(OFFICER.ID)).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())).as("schools");
        return db.read(dsl -> dsl.select(OFFICER.fields()).select(POLICE_RANK.NAME, DISTRICT.NAME, schools)
                .from(OFFICER)
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(OFFICER.DISTRICT_ID))
                .orderBy(OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.ID)
                .fetch(r -> new OfficerSummary(toOfficer(r), r.get(schools))));
    }

    public Optional<Officer> find(long id) {
        return db.read(dsl -> dsl.select(OFFICER.fields()).select(POLICE_RANK.NAME, DISTRICT.NAME)
                .from(OFFICER)
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(OFFICER.DISTRICT_ID))
                .where(OFFICER.ID.eq(id))
                .fetchOptional(this::toOfficer));
    }

    private Officer toOfficer(Record r) {
        return new Officer(r.get(OFFICER.ID), r.get(OFFICER.RANK_ID), names.rank(r.get(POLICE_RANK.NAME)), r.get(OFFICER.LAST_NAME),
                r.get(OFFICER.FIRST_NAME), r.get(OFFICER.MIDDLE_NAME), r.get(OFFICER.BADGE_NUMBER), r.get(OFFICER.DISTRICT_ID),
                names.district(r.get(DISTRICT.NAME)), r.get(OFFICER.PHONE), r.get(OFFICER.ACTIVE), r.get(OFFICER.ROW_VERSION));
    }

    /** Inserts an officer inside the caller's transaction; returns the id. */
    public long insert(DSLContext dsl, OfficerDraft d) {
        OfficerRecord rec = dsl.newRecord(OFFICER);
        fill(rec, d);
        rec.store();
        return rec.getId();
    }

    /**
     * Replaces an officer's fields (deactivating included) inside the caller's transaction while the row is still at
     * the version its form opened, and counts the version up; returns the rows changed: 0 when someone else saved or
     * removed the officer meanwhile.
     */
    public int update(DSLContext dsl, long id, OfficerDraft d) {
        OfficerRecord rec = dsl.newRecord(OFFICER);
        fill(rec, d);
        return dsl.update(OFFICER).set(rec).set(OFFICER.ROW_VERSION, OFFICER.ROW_VERSION.plus(1))
                .where(OFFICER.ID.eq(id)).and(OFFICER.ROW_VERSION.eq(d.version()))
                .execute();
    }

    /** The officer as stored now, as its form edits it, read inside the caller's transaction. */
    public Optional<OfficerDraft> find(DSLContext dsl, long id) {
        return dsl.selectFrom(OFFICER).where(OFFICER.ID.eq(id)).fetchOptional()
                .map(r -> new OfficerDraft(r.getRankId(), r.getLastName(), r.getFirstName(), r.getMiddleName(),
                        r.getBadgeNumber(), r.getDistrictId(), r.getPhone(), r.getActive(), r.getRowVersion()));
    }

    private static void fill(OfficerRecord rec, OfficerDraft d) {
        rec.setRankId(d.rankId()).setLastName(d.lastName()).setFirstName(d.firstName()).setMiddleName(d.middleName())
                .setBadgeNumber(d.badgeNumber()).setDistrictId(d.districtId()).setPhone(d.phone()).setActive(d.active());
    }

    /** The officer's assignment rows: current ones first, then earlier ones, newest first. */
    public List<Assignment> assignments(long officerId) {
        return db.read(dsl -> dsl.select(SCHOOL_ASSIGNMENT.ID, SCHOOL_ASSIGNMENT.SCHOOL_ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME,
                        SCHOOL_ASSIGNMENT.OFFICER_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        SCHOOL_ASSIGNMENT.ASSIGNED_FROM, SCHOOL_ASSIGNMENT.ASSIGNED_TO)
                .from(SCHOOL_ASSIGNMENT)
                .join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_ASSIGNMENT.SCHOOL_ID))
                .join(OFFICER).on(OFFICER.ID.eq(SCHOOL_ASSIGNMENT.OFFICER_ID))
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(officerId))
                .orderBy(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull().desc(), SCHOOL_ASSIGNMENT.ASSIGNED_TO.desc(), SCHOOL.SCHOOL_NUMBER)
                .fetch(r -> new Assignment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Officer.shortName(r.value6(), r.value7(), r.value8()), r.value9(), r.value10())));
    }

    /** Whether the officer is active, inside the caller's transaction (empty when the officer is gone). */
    public Optional<Boolean> isActive(DSLContext dsl, long officerId) {
        return dsl.select(OFFICER.ACTIVE).from(OFFICER).where(OFFICER.ID.eq(officerId)).fetchOptional(OFFICER.ACTIVE);
    }

    /** The latest start date among the officer's current assignments, locking them for a handover. */
    public Optional<LocalDate> latestOpenStart(DSLContext dsl, long officerId) {
        List<LocalDate> starts = dsl.select(SCHOOL_ASSIGNMENT.ASSIGNED_FROM).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(officerId)).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .forUpdate().fetch(SCHOOL_ASSIGNMENT.ASSIGNED_FROM);
        return starts.stream().max(LocalDate::compareTo);
    }

    /** The schools the officer covers now, inside the caller's transaction. */
    public List<Long> currentSchools(DSLContext dsl, long officerId) {
        return dsl.select(SCHOOL_ASSIGNMENT.SCHOOL_ID).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(officerId)).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .fetch(SCHOOL_ASSIGNMENT.SCHOOL_ID);
    }

    /** «№ 12, № 45»: the schools' numbers in order, as a message names them. */
    public String schoolNumbers(DSLContext dsl, Collection<Long> schoolIds) {
        return dsl.select(SCHOOL.SCHOOL_NUMBER).from(SCHOOL).where(SCHOOL.ID.in(schoolIds)).orderBy(SCHOOL.SCHOOL_NUMBER)
                .fetch(SCHOOL.SCHOOL_NUMBER).stream().map(n -> "№ " + n).collect(Collectors.joining(", "));
    }

    /**
     * Hands every school {@code from} covers to {@code to} from {@code day} on, inside the caller's transaction:
     * the open rows end the day before, new open rows start on {@code day}. Returns the schools moved.
     */
    public int handOver(DSLContext dsl, long from, long to, LocalDate day) {
        List<Long> schools = dsl.select(SCHOOL_ASSIGNMENT.SCHOOL_ID).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(from)).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .fetch(SCHOOL_ASSIGNMENT.SCHOOL_ID);
        dsl.update(SCHOOL_ASSIGNMENT).set(SCHOOL_ASSIGNMENT.ASSIGNED_TO, day.minusDays(1))
                .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(from)).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .execute();
        var insert = dsl.insertInto(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.SCHOOL_ID, SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.ASSIGNED_FROM);
        for (Long school : schools) {
            insert = insert.values(school, to, day);
        }
        if (!schools.isEmpty()) {
            insert.execute();
        }
        return schools.size();
    }
}
