// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.jooq.tables.records.SchoolRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** Schools: the registry table, the editor's record, archiving. */
public final class SchoolRepository {

    private final Database db;
    private final ReferenceNames names;

    public SchoolRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public SchoolRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /**
     * Every school (open and archived) with camera counts, current officer, panic button, last check and guard
     * contract end, in one query: the Schools screen filters and sorts these rows in memory.
     */
    public List<SchoolRow> listRows() {
        return rows(null);
    }

    /**
     * The first {@code limit} schools by number, with the same figures as {@link #listRows()}: what the Schools
     * screen paints first while the whole list is still loading.
     */
    public List<SchoolRow> firstRows(int limit) {
        return rows(limit);
    }

    private List<SchoolRow> rows(Integer limit) {
        return db.read(dsl -> {
            // Separate simple queries merged here: H2 plans each well, while one query joining the camera
            // aggregate (or grouping over the join) compared schools with schools and took seconds on 7,500.
            List<Long> ids = limit == null ? null
                    : dsl.select(SCHOOL.ID).from(SCHOOL).orderBy(SCHOOL.SCHOOL_NUMBER).limit(limit).fetch(SCHOOL.ID);
            Map<Long, int[]> cameras = cameraCounts(dsl, ids);
            Map<Long, LocalDate> lastChecks = dsl.select(SECURITY_CHECK.SCHOOL_ID, max(SECURITY_CHECK.CHECKED_ON))
                    .from(SECURITY_CHECK)
                    .where(ids == null ? noCondition() : SECURITY_CHECK.SCHOOL_ID.in(ids))
                    .groupBy(SECURITY_CHECK.SCHOOL_ID)
                    .fetchMap(Record2::value1, Record2::value2);
            int[] none = new int[3];
            return dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID, DISTRICT.NAME,
                            OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                            SCHOOL_EQUIPMENT.PANIC_BUTTON, SCHOOL_EQUIPMENT.GUARD_CONTRACT_END, SCHOOL.ARCHIVED_ON)
                    .from(SCHOOL)
                    .join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .leftJoin(SCHOOL_EQUIPMENT).on(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(SCHOOL.ID))
                    .leftJoin(SCHOOL_ASSIGNMENT).on(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(SCHOOL.ID).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull()))
                    .leftJoin(OFFICER).on(OFFICER.ID.eq(SCHOOL_ASSIGNMENT.OFFICER_ID))
                    .where(ids == null ? noCondition() : SCHOOL.ID.in(ids))
                    .orderBy(SCHOOL.SCHOOL_NUMBER)
                    .fetch(r -> {
                        long id = r.get(SCHOOL.ID);
                        int[] c = cameras.getOrDefault(id, none);
                        return new SchoolRow(id, r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME),
                                SchoolType.valueOf(r.get(SCHOOL.SCHOOL_TYPE)), r.get(SCHOOL.DISTRICT_ID), names.district(r.get(DISTRICT.NAME)),
                                r.get(OFFICER.ID),
                                Officer.shortName(r.get(OFFICER.LAST_NAME), r.get(OFFICER.FIRST_NAME), r.get(OFFICER.MIDDLE_NAME)),
                                c[0], c[1], c[2],
                                Boolean.TRUE.equals(r.get(SCHOOL_EQUIPMENT.PANIC_BUTTON)),
                                lastChecks.get(id), r.get(SCHOOL_EQUIPMENT.GUARD_CONTRACT_END), r.get(SCHOOL.ARCHIVED_ON));
                    });
        });
    }

    /** Per school: {outdoor, indoor, working}, dismantled cameras left out. */
    private static Map<Long, int[]> cameraCounts(DSLContext dsl, List<Long> onlySchools) {
        Map<Long, int[]> counts = new HashMap<>();
        dsl.select(CAMERA.SCHOOL_ID, CAMERA.PLACEMENT, CAMERA.STATUS, count())
                .from(CAMERA)
                .where(CAMERA.STATUS.ne(CameraStatus.DISMANTLED.name()))
                .and(onlySchools == null ? noCondition() : CAMERA.SCHOOL_ID.in(onlySchools))
                .groupBy(CAMERA.SCHOOL_ID, CAMERA.PLACEMENT, CAMERA.STATUS)
                .forEach(r -> {
                    int[] c = counts.computeIfAbsent(r.value1(), k -> new int[3]);
                    c[CameraPlacement.OUTDOOR.name().equals(r.value2()) ? 0 : 1] += r.value4();
                    if (CameraStatus.WORKING.name().equals(r.value3())) {
                        c[2] += r.value4();
                    }
                });
        return counts;
    }

    /** The editor's view of one school. */
    public Optional<SchoolDetails> find(long id) {
        return db.read(dsl -> dsl.selectFrom(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOptional().map(SchoolRepository::toDetails));
    }

    static SchoolDetails toDetails(SchoolRecord r) {
        return new SchoolDetails(r.getId(), r.getSchoolNumber(), r.getName(), SchoolType.valueOf(r.getSchoolType()),
                Ownership.valueOf(r.getOwnership()), TeachingLanguage.valueOf(r.getTeachingLanguage()), r.getDistrictId(),
                r.getAddress(), r.getDirectorName(), r.getPhone(), r.getPupils(), r.getEntrances(), r.getFloors(), r.getArchivedOn(),
                r.getRowVersion());
    }

    /** True when another school (not {@code exceptId}) already has {@code number}. */
    public boolean numberTaken(DSLContext dsl, int number, Long exceptId) {
        var condition = SCHOOL.SCHOOL_NUMBER.eq(number);
        if (exceptId != null) {
            condition = condition.and(SCHOOL.ID.ne(exceptId));
        }
        return dsl.fetchExists(SCHOOL, condition);
    }

    /** Inserts a new school inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, SchoolDetails s) {
        SchoolRecord r = dsl.newRecord(SCHOOL);
        fill(r, s);
        r.store();
        return r.getId();
    }

    /**
     * Updates a school inside the caller's transaction while it is still at the version its form opened, and
     * counts the version up; returns the rows changed: 0 when someone else saved or removed it meanwhile.
     */
    public int update(DSLContext dsl, SchoolDetails s) {
        SchoolRecord r = dsl.newRecord(SCHOOL);
        fill(r, s);
        return dsl.update(SCHOOL).set(r).set(SCHOOL.ROW_VERSION, SCHOOL.ROW_VERSION.plus(1))
                .where(SCHOOL.ID.eq(s.id())).and(SCHOOL.ROW_VERSION.eq(s.version()))
                .execute();
    }

    /** The school as stored now, read inside the caller's transaction (after a versioned update found it changed). */
    public Optional<SchoolDetails> find(DSLContext dsl, long id) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOptional().map(SchoolRepository::toDetails);
    }

    /**
     * The school as stored now, its row locked until the caller's transaction ends ({@code SELECT ... FOR UPDATE}):
     * an archive or a delete committing at the same moment waits for this transaction, and this one sees theirs
     * if it came first. Static: every service writing at a school uses it, with or without this repository.
     */
    public static Optional<SchoolDetails> lockForChange(DSLContext dsl, long id) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.ID.eq(id)).forUpdate().fetchOptional().map(SchoolRepository::toDetails);
    }

    private static void fill(SchoolRecord r, SchoolDetails s) {
        r.setSchoolNumber(s.number())
                .setName(s.name().trim())
                .setSchoolType(s.type().name())
                .setOwnership(s.ownership().name())
                .setTeachingLanguage(s.language().name())
                .setDistrictId(s.districtId())
                .setAddress(blankToNull(s.address()))
                .setDirectorName(blankToNull(s.directorName()))
                .setPhone(blankToNull(s.phone()))
                .setPupils(s.pupils() == null ? 0 : s.pupils())
                .setEntrances(s.entrances())
                .setFloors(s.floors());
    }

    /** A trimmed text, or null when nothing is left once trimmed (trimming also drops control characters). */
    static String blankToNull(String s) {
        return s == null || s.trim().isBlank() ? null : s.trim();
    }

    /** The district of school {@code id}, or null if there is no such school. */
    public Integer districtOf(long id) {
        return db.read(dsl -> dsl.select(SCHOOL.DISTRICT_ID).from(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOne(SCHOOL.DISTRICT_ID));
    }

    /** True when the school appears in visits, events, checks or offences: then it is archived, never deleted. */
    public boolean hasHistory(DSLContext dsl, long id) {
        return dsl.fetchExists(SCHOOL_VISIT, SCHOOL_VISIT.SCHOOL_ID.eq(id))
                || dsl.fetchExists(OUTREACH_EVENT, OUTREACH_EVENT.SCHOOL_ID.eq(id))
                || dsl.fetchExists(SECURITY_CHECK, SECURITY_CHECK.SCHOOL_ID.eq(id))
                || dsl.fetchExists(OFFENCE, OFFENCE.SCHOOL_ID.eq(id));
    }

    /** Archives or reopens a school; a new version, so a card still open on the old one learns of it on saving. */
    public void setArchived(DSLContext dsl, long id, LocalDate on) {
        dsl.update(SCHOOL).set(SCHOOL.ARCHIVED_ON, on).set(SCHOOL.ROW_VERSION, SCHOOL.ROW_VERSION.plus(1))
                .where(SCHOOL.ID.eq(id)).execute();
    }

    /** Deletes a school that has no history, with its cameras, equipment and assignments. */
    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(CAMERA).where(CAMERA.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL_EQUIPMENT).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(id)).execute();
        // Its equipment's history too (issue 21): the table's key to the school does not cascade.
        dsl.deleteFrom(SCHOOL_EQUIPMENT_HISTORY).where(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL_ASSIGNMENT).where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL).where(SCHOOL.ID.eq(id)).execute();
    }
}
