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
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.jooq.tables.records.SchoolRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Table;

/** Schools: the registry table, the editor's record, archiving. */
public final class SchoolRepository {

    private final Database db;

    public SchoolRepository(Database db) {
        this.db = db;
    }

    /**
     * Every school (open and archived) with camera counts, current officer, panic button, last check and guard
     * contract end, in one query: the Schools screen filters and sorts these rows in memory.
     */
    public List<SchoolRow> listRows() {
        return db.read(dsl -> {
            Field<Integer> outdoor = count().filterWhere(CAMERA.PLACEMENT.eq(CameraPlacement.OUTDOOR.name())).as("outdoor");
            Field<Integer> indoor = count().filterWhere(CAMERA.PLACEMENT.eq(CameraPlacement.INDOOR.name())).as("indoor");
            Field<Integer> working = count().filterWhere(CAMERA.STATUS.eq(CameraStatus.WORKING.name())).as("working");
            Table<Record4<Long, Integer, Integer, Integer>> cams = dsl.select(CAMERA.SCHOOL_ID, outdoor, indoor, working)
                    .from(CAMERA).where(CAMERA.STATUS.ne(CameraStatus.DISMANTLED.name()))
                    .groupBy(CAMERA.SCHOOL_ID).asTable("cams");
            Field<LocalDate> lastChecked = max(SECURITY_CHECK.CHECKED_ON).as("last_checked");
            Table<Record2<Long, LocalDate>> checks = dsl.select(SECURITY_CHECK.SCHOOL_ID, lastChecked)
                    .from(SECURITY_CHECK).groupBy(SECURITY_CHECK.SCHOOL_ID).asTable("checks");
            return dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID, DISTRICT.NAME,
                            OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                            cams.field(outdoor), cams.field(indoor), cams.field(working),
                            SCHOOL_EQUIPMENT.PANIC_BUTTON, checks.field(lastChecked), SCHOOL_EQUIPMENT.GUARD_CONTRACT_END,
                            SCHOOL.ARCHIVED_ON)
                    .from(SCHOOL)
                    .join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .leftJoin(cams).on(cams.field(CAMERA.SCHOOL_ID).eq(SCHOOL.ID))
                    .leftJoin(checks).on(checks.field(SECURITY_CHECK.SCHOOL_ID).eq(SCHOOL.ID))
                    .leftJoin(SCHOOL_EQUIPMENT).on(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(SCHOOL.ID))
                    .leftJoin(SCHOOL_ASSIGNMENT).on(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(SCHOOL.ID).and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull()))
                    .leftJoin(OFFICER).on(OFFICER.ID.eq(SCHOOL_ASSIGNMENT.OFFICER_ID))
                    .orderBy(SCHOOL.SCHOOL_NUMBER)
                    .fetch(r -> new SchoolRow(
                            r.get(SCHOOL.ID), r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME),
                            SchoolType.valueOf(r.get(SCHOOL.SCHOOL_TYPE)), r.get(SCHOOL.DISTRICT_ID), r.get(DISTRICT.NAME),
                            r.get(OFFICER.ID),
                            OfficerNames.shortName(r.get(OFFICER.LAST_NAME), r.get(OFFICER.FIRST_NAME), r.get(OFFICER.MIDDLE_NAME)),
                            orZero(r.get(cams.field(outdoor))), orZero(r.get(cams.field(indoor))), orZero(r.get(cams.field(working))),
                            Boolean.TRUE.equals(r.get(SCHOOL_EQUIPMENT.PANIC_BUTTON)),
                            r.get(checks.field(lastChecked)), r.get(SCHOOL_EQUIPMENT.GUARD_CONTRACT_END),
                            r.get(SCHOOL.ARCHIVED_ON)));
        });
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The editor's view of one school. */
    public Optional<SchoolDetails> find(long id) {
        return db.read(dsl -> dsl.selectFrom(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOptional().map(SchoolRepository::toDetails));
    }

    static SchoolDetails toDetails(SchoolRecord r) {
        return new SchoolDetails(r.getId(), r.getSchoolNumber(), r.getName(), SchoolType.valueOf(r.getSchoolType()),
                Ownership.valueOf(r.getOwnership()), TeachingLanguage.valueOf(r.getTeachingLanguage()), r.getDistrictId(),
                r.getAddress(), r.getDirectorName(), r.getPhone(), r.getPupils(), r.getArchivedOn());
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

    /** Updates an existing school inside the caller's transaction. */
    public void update(DSLContext dsl, SchoolDetails s) {
        SchoolRecord r = dsl.fetchSingle(SCHOOL, SCHOOL.ID.eq(s.id()));
        fill(r, s);
        r.store();
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
                .setPupils(s.pupils() == null ? 0 : s.pupils());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** True when the school appears in visits, events, checks or offences: then it is archived, never deleted. */
    public boolean hasHistory(DSLContext dsl, long id) {
        return dsl.fetchExists(SCHOOL_VISIT, SCHOOL_VISIT.SCHOOL_ID.eq(id))
                || dsl.fetchExists(OUTREACH_EVENT, OUTREACH_EVENT.SCHOOL_ID.eq(id))
                || dsl.fetchExists(SECURITY_CHECK, SECURITY_CHECK.SCHOOL_ID.eq(id))
                || dsl.fetchExists(OFFENCE, OFFENCE.SCHOOL_ID.eq(id));
    }

    public void setArchived(DSLContext dsl, long id, LocalDate on) {
        dsl.update(SCHOOL).set(SCHOOL.ARCHIVED_ON, on).where(SCHOOL.ID.eq(id)).execute();
    }

    /** Deletes a school that has no history, with its cameras, equipment and assignments. */
    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(CAMERA).where(CAMERA.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL_EQUIPMENT).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL_ASSIGNMENT).where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(id)).execute();
        dsl.deleteFrom(SCHOOL).where(SCHOOL.ID.eq(id)).execute();
    }
}
