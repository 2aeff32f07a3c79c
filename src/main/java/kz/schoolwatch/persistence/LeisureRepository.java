// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CLUB;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectConditionStep;

/** Leisure centres, their clubs, and the monthly attendance counts (never names). */
public final class LeisureRepository {

    private final Database db;
    private final ReferenceNames names;

    public LeisureRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public LeisureRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** Open centres by name, each with its clubs. */
    public List<LeisureCentre> centres() {
        return db.read(dsl -> {
            Map<Long, List<String>> clubs = new HashMap<>();
            dsl.select(LEISURE_CLUB.LEISURE_CENTRE_ID, LEISURE_CLUB.NAME).from(LEISURE_CLUB).orderBy(LEISURE_CLUB.ID)
                    .forEach(r -> clubs.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            return dsl.select(LEISURE_CENTRE.ID, LEISURE_CENTRE.NAME, LEISURE_CENTRE.DISTRICT_ID, DISTRICT.NAME, LEISURE_CENTRE.ADDRESS,
                            LEISURE_CENTRE.ROW_VERSION)
                    .from(LEISURE_CENTRE).join(DISTRICT).on(DISTRICT.ID.eq(LEISURE_CENTRE.DISTRICT_ID))
                    .where(LEISURE_CENTRE.CLOSED_ON.isNull())
                    .orderBy(LEISURE_CENTRE.NAME)
                    .fetch(r -> new LeisureCentre(r.value1(), r.value2(), r.value3(), names.district(r.value4()), r.value5(),
                            clubs.getOrDefault(r.value1(), List.of()), r.value6()));
        });
    }

    /** Inserts a centre and its clubs inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, LeisureCentreDraft d) {
        long id = dsl.insertInto(LEISURE_CENTRE, LEISURE_CENTRE.NAME, LEISURE_CENTRE.DISTRICT_ID, LEISURE_CENTRE.ADDRESS)
                .values(d.name(), d.districtId(), d.address()).returning(LEISURE_CENTRE.ID).fetchOne(LEISURE_CENTRE.ID);
        insertClubs(dsl, id, d.clubs());
        return id;
    }

    /**
     * Replaces a centre's fields and its list of clubs inside the caller's transaction while it is still at the
     * version its form opened, and counts the version up; 0 rows when someone else changed or removed it meanwhile.
     */
    public int update(DSLContext dsl, long id, LeisureCentreDraft d) {
        int n = dsl.update(LEISURE_CENTRE).set(LEISURE_CENTRE.NAME, d.name()).set(LEISURE_CENTRE.DISTRICT_ID, d.districtId())
                .set(LEISURE_CENTRE.ADDRESS, d.address()).set(LEISURE_CENTRE.ROW_VERSION, LEISURE_CENTRE.ROW_VERSION.plus(1))
                .where(LEISURE_CENTRE.ID.eq(id)).and(LEISURE_CENTRE.ROW_VERSION.eq(d.version())).execute();
        if (n > 0) {
            dsl.deleteFrom(LEISURE_CLUB).where(LEISURE_CLUB.LEISURE_CENTRE_ID.eq(id)).execute();
            insertClubs(dsl, id, d.clubs());
        }
        return n;
    }

    /** The centre as stored now with its clubs, inside the caller's transaction. */
    public Optional<LeisureCentreDraft> find(DSLContext dsl, long id) {
        List<String> clubs = dsl.select(LEISURE_CLUB.NAME).from(LEISURE_CLUB).where(LEISURE_CLUB.LEISURE_CENTRE_ID.eq(id))
                .orderBy(LEISURE_CLUB.ID).fetch(LEISURE_CLUB.NAME);
        return dsl.selectFrom(LEISURE_CENTRE).where(LEISURE_CENTRE.ID.eq(id))
                .fetchOptional(r -> new LeisureCentreDraft(r.getName(), r.getDistrictId(), r.getAddress(), clubs, r.getRowVersion()));
    }

    private static void insertClubs(DSLContext dsl, long centreId, List<String> clubs) {
        for (String club : clubs) {
            dsl.insertInto(LEISURE_CLUB, LEISURE_CLUB.LEISURE_CENTRE_ID, LEISURE_CLUB.NAME).values(centreId, club).execute();
        }
    }

    /** Every open centre with its counts for {@code month} (first day); zeros and version 0 where nothing was entered. */
    public List<LeisureAttendance> attendance(LocalDate month) {
        return db.read(dsl -> attendanceQuery(dsl, month, LEISURE_CENTRE.CLOSED_ON.isNull())
                .orderBy(LEISURE_CENTRE.NAME)
                .fetch(r -> new LeisureAttendance(r.value1(), r.value2(), names.district(r.value3()), month, r.value4(), r.value5(), r.value6())));
    }

    /** A centre's counts for {@code month} as stored now, inside the caller's transaction; empty when none were entered. */
    public Optional<LeisureAttendance> findAttendance(DSLContext dsl, long centreId, LocalDate month) {
        return attendanceQuery(dsl, month, LEISURE_CENTRE.ID.eq(centreId)).and(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID.isNotNull())
                .fetchOptional(r -> new LeisureAttendance(r.value1(), r.value2(), names.district(r.value3()), month, r.value4(), r.value5(), r.value6()));
    }

    private static SelectConditionStep<Record6<Long, String, String, Integer, Integer, Integer>> attendanceQuery(
            DSLContext dsl, LocalDate month, Condition centres) {
        return dsl.select(LEISURE_CENTRE.ID, LEISURE_CENTRE.NAME, DISTRICT.NAME,
                        coalesce(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS, inline(0)),
                        coalesce(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN, inline(0)),
                        coalesce(LEISURE_ATTENDANCE.ROW_VERSION, inline(0)))
                .from(LEISURE_CENTRE)
                .join(DISTRICT).on(DISTRICT.ID.eq(LEISURE_CENTRE.DISTRICT_ID))
                .leftJoin(LEISURE_ATTENDANCE).on(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID.eq(LEISURE_CENTRE.ID))
                .and(LEISURE_ATTENDANCE.PERIOD_MONTH.eq(month))
                .where(centres);
    }

    /**
     * The first counts of a centre for a month, inside the caller's transaction. A plain insert, not an upsert:
     * when another officer entered the month's counts first, the primary key (LEISURE_ATTENDANCE_PK) refuses it
     * instead of overwriting theirs.
     */
    public void insertAttendance(DSLContext dsl, long centreId, LocalDate month, int teenagers, int children) {
        dsl.insertInto(LEISURE_ATTENDANCE)
                .set(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID, centreId)
                .set(LEISURE_ATTENDANCE.PERIOD_MONTH, month)
                .set(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS, teenagers)
                .set(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN, children)
                .execute();
    }

    /** Corrects a month's counts still at {@code version} and counts it up; 0 rows when changed or gone meanwhile. */
    public int updateAttendance(DSLContext dsl, long centreId, LocalDate month, int teenagers, int children, int version) {
        return dsl.update(LEISURE_ATTENDANCE)
                .set(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS, teenagers)
                .set(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN, children)
                .set(LEISURE_ATTENDANCE.ROW_VERSION, LEISURE_ATTENDANCE.ROW_VERSION.plus(1))
                .where(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID.eq(centreId)).and(LEISURE_ATTENDANCE.PERIOD_MONTH.eq(month))
                .and(LEISURE_ATTENDANCE.ROW_VERSION.eq(version))
                .execute();
    }
}
