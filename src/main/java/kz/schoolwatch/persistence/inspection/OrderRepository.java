// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.inspection;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;

import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.domain.OrderFilter;
import kz.schoolwatch.persistence.compliance.RequirementSets;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Correction orders: issuing, closing, and the lists and counts the screens and the summary show. */
public final class OrderRepository {

    private OrderRepository() {
    }

    /** How many orders were issued and closed in a period, and how many were open and overdue at its end. */
    public record OrderCounts(int issued, int closed, int openAtEnd, int overdueAtEnd) {
    }

    static Condition ofCheck(long checkId) {
        return SECURITY_CHECK.ID.eq(checkId);
    }

    public static Condition ofSchool(long schoolId) {
        return CORRECTION_ORDER.SCHOOL_ID.eq(schoolId);
    }

    /** The list screen's filter, overdue measured on {@code today}. */
    public static Condition of(OrderFilter f, LocalDate today) {
        Condition c = DSL.noCondition();
        if (f.districtId() != null) {
            c = c.and(SCHOOL.DISTRICT_ID.eq(f.districtId()));
        }
        if (f.officerId() != null) {
            c = c.and(SECURITY_CHECK.OFFICER_ID.eq(f.officerId()));
        }
        if (f.openOnly() || f.overdueOnly()) {
            c = c.and(CORRECTION_ORDER.CLOSED_ON.isNull());
        }
        if (f.overdueOnly()) {
            c = c.and(CORRECTION_ORDER.DEADLINE.lt(today));
        }
        return c;
    }

    /** The orders matching {@code where}, the earliest deadline first. */
    public static List<CorrectionOrder> list(DSLContext dsl, Condition where) {
        return dsl.select(CORRECTION_ORDER.asterisk(), SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.DISTRICT_ID,
                        SECURITY_CHECK.ID, SECURITY_CHECK.CHECKED_ON, SECURITY_CHECK.ACT_NUMBER, SECURITY_CHECK.ACT_YEAR,
                        SECURITY_CHECK.OFFICER_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        REQUIREMENT_ITEM.asterisk())
                .from(CORRECTION_ORDER)
                .join(INSPECTION_FINDING).on(INSPECTION_FINDING.ID.eq(CORRECTION_ORDER.FINDING_ID))
                .join(SECURITY_CHECK).on(SECURITY_CHECK.ID.eq(INSPECTION_FINDING.CHECK_ID))
                .join(OFFICER).on(OFFICER.ID.eq(SECURITY_CHECK.OFFICER_ID))
                .join(SCHOOL).on(SCHOOL.ID.eq(CORRECTION_ORDER.SCHOOL_ID))
                .join(REQUIREMENT_ITEM).on(REQUIREMENT_ITEM.ID.eq(INSPECTION_FINDING.REQUIREMENT_ITEM_ID))
                .where(where)
                .orderBy(CORRECTION_ORDER.DEADLINE, CORRECTION_ORDER.ID)
                .fetch(r -> new CorrectionOrder(r.get(CORRECTION_ORDER.ID), r.get(CORRECTION_ORDER.FINDING_ID),
                        r.get(CORRECTION_ORDER.SCHOOL_ID), r.get(SCHOOL.SCHOOL_NUMBER), r.get(SCHOOL.NAME),
                        r.get(SCHOOL.DISTRICT_ID), RequirementSets.item(r.into(REQUIREMENT_ITEM)), r.get(SECURITY_CHECK.ID),
                        r.get(SECURITY_CHECK.CHECKED_ON), r.get(SECURITY_CHECK.ACT_NUMBER), r.get(SECURITY_CHECK.ACT_YEAR),
                        r.get(SECURITY_CHECK.OFFICER_ID),
                        Officer.shortName(r.get(OFFICER.LAST_NAME), r.get(OFFICER.FIRST_NAME), r.get(OFFICER.MIDDLE_NAME)),
                        r.get(CORRECTION_ORDER.DESCRIPTION), r.get(CORRECTION_ORDER.DEADLINE), r.get(CORRECTION_ORDER.RESPONSIBLE),
                        r.get(CORRECTION_ORDER.CLOSED_ON), r.get(CORRECTION_ORDER.CLOSED_BY_CHECK_ID),
                        r.get(CORRECTION_ORDER.CLOSING_NOTE), r.get(CORRECTION_ORDER.ROW_VERSION)));
    }

    public static long insert(DSLContext dsl, long findingId, long schoolId, OrderDraft draft) {
        return dsl.insertInto(CORRECTION_ORDER)
                .set(CORRECTION_ORDER.FINDING_ID, findingId)
                .set(CORRECTION_ORDER.SCHOOL_ID, schoolId)
                .set(CORRECTION_ORDER.DESCRIPTION, draft.description().strip())
                .set(CORRECTION_ORDER.DEADLINE, draft.deadline())
                .set(CORRECTION_ORDER.RESPONSIBLE, draft.responsible().strip())
                .returningResult(CORRECTION_ORDER.ID).fetchOne().value1();
    }

    /** Records a fix of an open order; returns the rows changed (0: gone, closed or changed meanwhile). */
    public static int markFixed(DSLContext dsl, long orderId, int version, LocalDate on, String note) {
        return dsl.update(CORRECTION_ORDER)
                .set(CORRECTION_ORDER.CLOSED_ON, on)
                .set(CORRECTION_ORDER.CLOSING_NOTE, InspectionRepository.blankToNull(note))
                .set(CORRECTION_ORDER.ROW_VERSION, CORRECTION_ORDER.ROW_VERSION.plus(1))
                .where(CORRECTION_ORDER.ID.eq(orderId)).and(CORRECTION_ORDER.ROW_VERSION.eq(version))
                .and(CORRECTION_ORDER.CLOSED_ON.isNull())
                .execute();
    }

    /**
     * Closes the school's open orders whose requirement the follow-up check {@code checkId} found met: the same item,
     * or an item of a later set with the same shipped code. Returns how many closed.
     */
    public static int closeByFollowUp(DSLContext dsl, long checkId, long schoolId, LocalDate on) {
        var metNow = INSPECTION_FINDING.as("met_now");
        var itemNow = REQUIREMENT_ITEM.as("item_now");
        var sameItem = DSL.select(DSL.one()).from(metNow).join(itemNow).on(itemNow.ID.eq(metNow.REQUIREMENT_ITEM_ID))
                .where(metNow.CHECK_ID.eq(checkId)).and(metNow.RESULT.eq(FindingResult.MET.name()))
                .and(metNow.REQUIREMENT_ITEM_ID.eq(INSPECTION_FINDING.REQUIREMENT_ITEM_ID)
                        .or(itemNow.CODE.isNotNull().and(itemNow.CODE.eq(REQUIREMENT_ITEM.CODE))));
        List<Long> ids = dsl.select(CORRECTION_ORDER.ID).from(CORRECTION_ORDER)
                .join(INSPECTION_FINDING).on(INSPECTION_FINDING.ID.eq(CORRECTION_ORDER.FINDING_ID))
                .join(REQUIREMENT_ITEM).on(REQUIREMENT_ITEM.ID.eq(INSPECTION_FINDING.REQUIREMENT_ITEM_ID))
                .where(CORRECTION_ORDER.SCHOOL_ID.eq(schoolId)).and(CORRECTION_ORDER.CLOSED_ON.isNull())
                .and(INSPECTION_FINDING.CHECK_ID.ne(checkId)).and(DSL.exists(sameItem))
                .fetch(CORRECTION_ORDER.ID);
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(CORRECTION_ORDER)
                .set(CORRECTION_ORDER.CLOSED_ON, on)
                .set(CORRECTION_ORDER.CLOSED_BY_CHECK_ID, checkId)
                .set(CORRECTION_ORDER.ROW_VERSION, CORRECTION_ORDER.ROW_VERSION.plus(1))
                .where(CORRECTION_ORDER.ID.in(ids)).execute();
    }

    /** The orders of a district's schools, of an officer's checks, or (both null) of the city. */
    public static Condition inScope(Integer districtId, Long officerId) {
        Condition c = districtId == null ? DSL.noCondition() : SCHOOL.DISTRICT_ID.eq(districtId);
        return officerId == null ? c : c.and(SECURITY_CHECK.OFFICER_ID.eq(officerId));
    }

    /** The orders in {@code scope} still open at the end of {@code day} whose deadline had passed by then. */
    public static Condition overdueOn(Condition scope, LocalDate day) {
        return scope.and(openAtEndOf(day)).and(CORRECTION_ORDER.DEADLINE.lt(day));
    }

    /** Issued by {@code day} and not closed by its end. */
    private static Condition openAtEndOf(LocalDate day) {
        return SECURITY_CHECK.CHECKED_ON.le(day).and(CORRECTION_ORDER.CLOSED_ON.isNull().or(CORRECTION_ORDER.CLOSED_ON.gt(day)));
    }

    /** Orders issued (by check day) and closed in [from, to], open and overdue at the end of {@code to}; null district: the city. */
    public static OrderCounts counts(DSLContext dsl, Integer districtId, LocalDate from, LocalDate to) {
        return counts(dsl, inScope(districtId, null), from, to);
    }

    /** The same for the orders matching {@code where} (see {@link #inScope}). */
    public static OrderCounts counts(DSLContext dsl, Condition where, LocalDate from, LocalDate to) {
        Condition openAtEnd = openAtEndOf(to);
        var r = dsl.select(
                        DSL.count().filterWhere(SECURITY_CHECK.CHECKED_ON.between(from, to)),
                        DSL.count().filterWhere(CORRECTION_ORDER.CLOSED_ON.between(from, to)),
                        DSL.count().filterWhere(openAtEnd),
                        DSL.count().filterWhere(openAtEnd.and(CORRECTION_ORDER.DEADLINE.lt(to))))
                .from(CORRECTION_ORDER)
                .join(INSPECTION_FINDING).on(INSPECTION_FINDING.ID.eq(CORRECTION_ORDER.FINDING_ID))
                .join(SECURITY_CHECK).on(SECURITY_CHECK.ID.eq(INSPECTION_FINDING.CHECK_ID))
                .join(SCHOOL).on(SCHOOL.ID.eq(CORRECTION_ORDER.SCHOOL_ID))
                .where(where).fetchOne();
        return new OrderCounts(r.value1(), r.value2(), r.value3(), r.value4());
    }
}
