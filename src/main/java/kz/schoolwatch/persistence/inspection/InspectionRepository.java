// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.inspection;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_PHOTO;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.NewInspection;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.persistence.compliance.RequirementSets;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Checks by requirement (acts) and their findings, in the caller's transaction. The act's number is the next one of
 * the school's district and the check's year, taken inside the transaction that saves the check: two saves at once
 * meet the unique constraint {@code security_check_act_uq}, and the service tries the later one again.
 */
public final class InspectionRepository {

    public static final String ACT_NUMBER_CONSTRAINT = "security_check_act_uq";

    private InspectionRepository() {
    }

    /** The district a school belongs to; empty when the school is gone. */
    public static Optional<Integer> districtOf(DSLContext dsl, long schoolId) {
        return dsl.select(SCHOOL.DISTRICT_ID).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).fetchOptional(SCHOOL.DISTRICT_ID);
    }

    /** Saves the check, its act number and its findings; returns the check's id. */
    public static long insert(DSLContext dsl, NewInspection check, int districtId) {
        int year = check.checkedOn().getYear();
        Integer last = dsl.select(DSL.max(SECURITY_CHECK.ACT_NUMBER)).from(SECURITY_CHECK)
                .where(SECURITY_CHECK.ACT_DISTRICT_ID.eq(districtId)).and(SECURITY_CHECK.ACT_YEAR.eq(year))
                .fetchOne(0, Integer.class);
        var r = dsl.newRecord(SECURITY_CHECK)
                .setSchoolId(check.schoolId())
                .setOfficerId(check.officerId())
                .setCheckedOn(check.checkedOn())
                .setRemarks(blankToNull(check.remarks()))
                .setActDistrictId(districtId)
                .setActYear(year)
                .setActNumber(last == null ? 1 : last + 1)
                .setFollowsCheckId(check.followsCheckId());
        r.store();
        for (InspectionFinding f : check.findings()) {
            dsl.insertInto(INSPECTION_FINDING)
                    .set(INSPECTION_FINDING.CHECK_ID, r.getId())
                    .set(INSPECTION_FINDING.REQUIREMENT_ITEM_ID, f.item().id())
                    .set(INSPECTION_FINDING.RESULT, f.result().name())
                    .set(INSPECTION_FINDING.NOTE, blankToNull(f.note()))
                    .execute();
        }
        return r.getId();
    }

    /** The act of a check by requirement, with its orders and its findings' photo thumbnails; empty for an old check. */
    public static Optional<InspectionAct> act(DSLContext dsl, long checkId) {
        var c = dsl.select(SECURITY_CHECK.asterisk(), SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.ADDRESS, DISTRICT.NAME,
                        POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME)
                .from(SECURITY_CHECK).join(SCHOOL).on(SCHOOL.ID.eq(SECURITY_CHECK.SCHOOL_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(SECURITY_CHECK.ACT_DISTRICT_ID))
                .join(OFFICER).on(OFFICER.ID.eq(SECURITY_CHECK.OFFICER_ID))
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(SECURITY_CHECK.ID.eq(checkId)).and(SECURITY_CHECK.ACT_NUMBER.isNotNull())
                .fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        List<InspectionFinding> findings = findings(dsl, checkId);
        Map<Long, List<byte[]>> thumbnails = new LinkedHashMap<>();
        dsl.select(INSPECTION_PHOTO.FINDING_ID, INSPECTION_PHOTO.THUMBNAIL).from(INSPECTION_PHOTO)
                .join(INSPECTION_FINDING).on(INSPECTION_FINDING.ID.eq(INSPECTION_PHOTO.FINDING_ID))
                .where(INSPECTION_FINDING.CHECK_ID.eq(checkId)).orderBy(INSPECTION_PHOTO.ID)
                .forEach(p -> thumbnails.computeIfAbsent(p.value1(), k -> new ArrayList<>()).add(p.value2()));
        return Optional.of(new InspectionAct(checkId, c.get(SECURITY_CHECK.SCHOOL_ID), c.get(SCHOOL.SCHOOL_NUMBER),
                c.get(SCHOOL.NAME), c.get(SCHOOL.ADDRESS), c.get(DISTRICT.NAME), c.get(SECURITY_CHECK.CHECKED_ON),
                c.get(POLICE_RANK.NAME),
                Officer.shortName(c.get(OFFICER.LAST_NAME), c.get(OFFICER.FIRST_NAME), c.get(OFFICER.MIDDLE_NAME)),
                c.get(SECURITY_CHECK.ACT_NUMBER), c.get(SECURITY_CHECK.ACT_YEAR), c.get(SECURITY_CHECK.FOLLOWS_CHECK_ID),
                c.get(SECURITY_CHECK.REMARKS), findings,
                OrderRepository.list(dsl, OrderRepository.ofCheck(checkId)), thumbnails));
    }

    /** The ids of a school's checks that have an act, with the act's number «n/year». */
    public static Map<Long, String> actNumbers(DSLContext dsl, long schoolId) {
        Map<Long, String> out = new LinkedHashMap<>();
        dsl.select(SECURITY_CHECK.ID, SECURITY_CHECK.ACT_NUMBER, SECURITY_CHECK.ACT_YEAR).from(SECURITY_CHECK)
                .where(SECURITY_CHECK.SCHOOL_ID.eq(schoolId)).and(SECURITY_CHECK.ACT_NUMBER.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2() + "/" + r.value3()));
        return out;
    }

    /** A check's findings in the order of their requirement items. */
    public static List<InspectionFinding> findings(DSLContext dsl, long checkId) {
        return dsl.select(INSPECTION_FINDING.ID, INSPECTION_FINDING.RESULT, INSPECTION_FINDING.NOTE, REQUIREMENT_ITEM.asterisk())
                .from(INSPECTION_FINDING).join(REQUIREMENT_ITEM).on(REQUIREMENT_ITEM.ID.eq(INSPECTION_FINDING.REQUIREMENT_ITEM_ID))
                .where(INSPECTION_FINDING.CHECK_ID.eq(checkId)).orderBy(REQUIREMENT_ITEM.POSITION, REQUIREMENT_ITEM.ID)
                .fetch(r -> new InspectionFinding(r.get(INSPECTION_FINDING.ID),
                        RequirementSets.item(r.into(REQUIREMENT_ITEM)), FindingResult.valueOf(r.get(INSPECTION_FINDING.RESULT)),
                        r.get(INSPECTION_FINDING.NOTE)));
    }

    /** A finding's check day, school and result, for issuing an order; empty when gone. */
    public static Optional<FindingOrigin> origin(DSLContext dsl, long findingId) {
        return dsl.select(INSPECTION_FINDING.RESULT, SECURITY_CHECK.CHECKED_ON, SECURITY_CHECK.SCHOOL_ID)
                .from(INSPECTION_FINDING).join(SECURITY_CHECK).on(SECURITY_CHECK.ID.eq(INSPECTION_FINDING.CHECK_ID))
                .where(INSPECTION_FINDING.ID.eq(findingId))
                .fetchOptional(r -> new FindingOrigin(FindingResult.valueOf(r.value1()), r.value2(), r.value3()));
    }

    /** Where a finding comes from. */
    public record FindingOrigin(FindingResult result, java.time.LocalDate checkedOn, long schoolId) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
