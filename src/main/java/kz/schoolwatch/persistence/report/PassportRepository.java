// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.passport.SchoolPassport;
import kz.schoolwatch.report.passport.SchoolPassport.CameraLine;
import kz.schoolwatch.report.passport.SchoolPassport.CheckLine;
import kz.schoolwatch.report.passport.SchoolPassport.Dated;
import kz.schoolwatch.report.passport.SchoolPassport.Equipment;
import kz.schoolwatch.report.passport.SchoolPassport.OfficerLine;
import kz.schoolwatch.report.passport.SchoolPassport.OpenFault;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads what a school's security passport shows, as it was on a day, in one read. */
public final class PassportRepository {

    /** Checks, visits and events listed by name; the rest are only counted. */
    static final int LAST_CHECKS = 3;
    static final int LAST_WORK = 4;

    private final Database db;
    private final ReferenceNames names;

    public PassportRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** The school's passport on {@code day} with its {@code compliance} of that day; empty when there is no such school. */
    public Optional<SchoolPassport> read(long schoolId, LocalDate day, SchoolCompliance compliance) {
        return db.read(dsl -> school(dsl, schoolId).map(school -> new SchoolPassport(day, school, officers(dsl, schoolId, day),
                cameras(dsl, schoolId, day), equipment(dsl, schoolId), compliance, openFaults(dsl, schoolId, day),
                checks(dsl, schoolId, day), visitCount(dsl, schoolId, day), visits(dsl, schoolId, day),
                eventCount(dsl, schoolId, day), events(dsl, schoolId, day))));
    }

    /** The schools of a district open on {@code day}, by number: the order of a district's passports. */
    public List<Long> schoolsOfDistrict(int districtId, LocalDate day) {
        return db.read(dsl -> dsl.select(SCHOOL.ID).from(SCHOOL)
                .where(SCHOOL.DISTRICT_ID.eq(districtId))
                .and(SCHOOL.ARCHIVED_ON.isNull().or(SCHOOL.ARCHIVED_ON.gt(day)))
                .orderBy(SCHOOL.SCHOOL_NUMBER).fetch(SCHOOL.ID));
    }

    /** A district's name in the program's language. */
    public Optional<String> districtName(int districtId) {
        return db.read(dsl -> dsl.select(DISTRICT.NAME).from(DISTRICT).where(DISTRICT.ID.eq(districtId))
                .fetchOptional(DISTRICT.NAME)).map(names::district);
    }

    private Optional<SchoolPassport.School> school(DSLContext dsl, long id) {
        return dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, DISTRICT.NAME, SCHOOL.ADDRESS, SCHOOL.DIRECTOR_NAME,
                        SCHOOL.PHONE, SCHOOL.SCHOOL_TYPE, SCHOOL.PUPILS, SCHOOL.ENTRANCES, SCHOOL.FLOORS)
                .from(SCHOOL).join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                .where(SCHOOL.ID.eq(id))
                .fetchOptional(r -> new SchoolPassport.School(r.value1(), r.value2(), r.value3(), names.district(r.value4()),
                        r.value5(), r.value6(), r.value7(), SchoolType.valueOf(r.value8()), r.value9(), r.value10(), r.value11()));
    }

    private List<OfficerLine> officers(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.select(POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, OFFICER.PHONE)
                .from(SCHOOL_ASSIGNMENT)
                .join(OFFICER).on(OFFICER.ID.eq(SCHOOL_ASSIGNMENT.OFFICER_ID))
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(SCHOOL_ASSIGNMENT.SCHOOL_ID.eq(schoolId))
                .and(SCHOOL_ASSIGNMENT.ASSIGNED_FROM.le(day))
                .and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull().or(SCHOOL_ASSIGNMENT.ASSIGNED_TO.ge(day)))
                .orderBy(SCHOOL_ASSIGNMENT.ASSIGNED_FROM.desc())
                .fetch(r -> new OfficerLine(names.rank(r.value1()), Officer.shortName(r.value2(), r.value3(), r.value4()), r.value5()));
    }

    /** The cameras the school had on the day (installed, not removed, not dismantled), with today's details. */
    private List<CameraLine> cameras(DSLContext dsl, long schoolId, LocalDate day) {
        var openFault = DSL.exists(DSL.selectOne().from(CAMERA_FAULT).where(CAMERA_FAULT.CAMERA_ID.eq(CAMERA.ID))
                .and(CAMERA_FAULT.FOUND_ON.le(day))
                .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(day))));
        return dsl.select(CAMERA.PLACEMENT, CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA.ARCHIVE_DAYS, CAMERA.CONNECTION,
                        CAMERA.STATUS, DSL.field(openFault))
                .from(CAMERA)
                .where(CAMERA.SCHOOL_ID.eq(schoolId))
                .and(CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day)))
                .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                .and(CAMERA.STATUS.ne("DISMANTLED"))
                .orderBy(CAMERA.ID)
                .fetch(r -> new CameraLine(CameraPlacement.valueOf(r.value1()), CameraZone.valueOf(r.value2()), r.value3(),
                        r.value4(), CameraConnection.valueOf(r.value5()), "FAULTY".equals(r.value6()) || Boolean.TRUE.equals(r.value7())));
    }

    private Equipment equipment(DSLContext dsl, long schoolId) {
        return dsl.selectFrom(SCHOOL_EQUIPMENT).where(SCHOOL_EQUIPMENT.SCHOOL_ID.eq(schoolId)).fetchOptional()
                .map(r -> new Equipment(r.getPanicButton(), r.getPanicButtonConnected(), r.getAccessControl(), r.getTurnstiles(),
                        r.getMetalDetector(), r.getPaSystem(), r.getGuardCompany(), r.getGuardContractEnd()))
                .orElse(null);
    }

    private List<OpenFault> openFaults(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.select(CAMERA.PLACEMENT, CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.KIND)
                .from(CAMERA_FAULT).join(CAMERA).on(CAMERA.ID.eq(CAMERA_FAULT.CAMERA_ID))
                .where(CAMERA.SCHOOL_ID.eq(schoolId))
                .and(CAMERA_FAULT.FOUND_ON.le(day))
                .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(day)))
                .orderBy(CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.ID)
                .fetch(r -> new OpenFault(CameraPlacement.valueOf(r.value1()), CameraZone.valueOf(r.value2()), r.value3(),
                        r.value4(), CameraFaultKind.valueOf(r.value5())));
    }

    private List<CheckLine> checks(DSLContext dsl, long schoolId, LocalDate day) {
        var f = SECURITY_CHECK_FINDING;
        return dsl.select(SECURITY_CHECK.CHECKED_ON, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        DSL.count().filterWhere(f.RESULT.eq("OK")), DSL.count().filterWhere(f.RESULT.eq("DEFECT")),
                        DSL.count().filterWhere(f.RESULT.eq("ABSENT")))
                .from(SECURITY_CHECK)
                .join(OFFICER).on(OFFICER.ID.eq(SECURITY_CHECK.OFFICER_ID))
                .leftJoin(f).on(f.CHECK_ID.eq(SECURITY_CHECK.ID))
                .where(SECURITY_CHECK.SCHOOL_ID.eq(schoolId)).and(SECURITY_CHECK.CHECKED_ON.le(day))
                .groupBy(SECURITY_CHECK.ID, SECURITY_CHECK.CHECKED_ON, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME)
                .orderBy(SECURITY_CHECK.CHECKED_ON.desc(), SECURITY_CHECK.ID.desc())
                .limit(LAST_CHECKS)
                .fetch(r -> new CheckLine(r.value1(), Officer.shortName(r.value2(), r.value3(), r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    private static org.jooq.Condition visitsThisYear(long schoolId, LocalDate day) {
        return SCHOOL_VISIT.SCHOOL_ID.eq(schoolId)
                .and(SCHOOL_VISIT.VISITED_AT.ge(day.withDayOfYear(1).atStartOfDay()))
                .and(SCHOOL_VISIT.VISITED_AT.lt(day.plusDays(1).atStartOfDay()));
    }

    private static org.jooq.Condition eventsThisYear(long schoolId, LocalDate day) {
        return OUTREACH_EVENT.SCHOOL_ID.eq(schoolId)
                .and(OUTREACH_EVENT.HELD_ON.between(day.withDayOfYear(1), day));
    }

    private int visitCount(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.fetchCount(SCHOOL_VISIT, visitsThisYear(schoolId, day));
    }

    private List<Dated> visits(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.select(SCHOOL_VISIT.VISITED_AT, VISIT_PURPOSE.NAME)
                .from(SCHOOL_VISIT).join(VISIT_PURPOSE).on(VISIT_PURPOSE.ID.eq(SCHOOL_VISIT.PURPOSE_ID))
                .where(visitsThisYear(schoolId, day))
                .orderBy(SCHOOL_VISIT.VISITED_AT.desc(), SCHOOL_VISIT.ID.desc())
                .limit(LAST_WORK)
                .fetch(r -> new Dated(r.value1().toLocalDate(), names.shown(ReferenceNames.Shipped.VISIT_PURPOSE, r.value2())));
    }

    private int eventCount(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.fetchCount(OUTREACH_EVENT, eventsThisYear(schoolId, day));
    }

    private List<Dated> events(DSLContext dsl, long schoolId, LocalDate day) {
        return dsl.select(OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.TITLE, EVENT_TYPE.NAME)
                .from(OUTREACH_EVENT).join(EVENT_TYPE).on(EVENT_TYPE.ID.eq(OUTREACH_EVENT.EVENT_TYPE_ID))
                .where(eventsThisYear(schoolId, day))
                .orderBy(OUTREACH_EVENT.HELD_ON.desc(), OUTREACH_EVENT.ID.desc())
                .limit(LAST_WORK)
                .fetch(r -> new Dated(r.value1(), r.value2() == null || r.value2().isBlank()
                        ? names.shown(ReferenceNames.Shipped.EVENT_TYPE, r.value3()) : r.value2()));
    }
}
