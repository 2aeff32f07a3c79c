// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.CameraStates;
import kz.schoolwatch.report.ReportScope;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The month and the scope of one summary, as the conditions its queries share: which schools, cameras, checks,
 * visits and events belong to it.
 */
final class MonthScope {

    final DSLContext dsl;
    final ReportScope scope;
    final LocalDate asOf;
    final LocalDate from;
    final LocalDate to;
    /** Shipped districts, ranks, event types and offence kinds named in the summary's language. */
    final ReferenceNames names;

    MonthScope(DSLContext dsl, YearMonth month, ReportScope scope, LocalDate asOf, ReferenceNames names) {
        this.dsl = dsl;
        this.names = names;
        this.scope = scope;
        this.asOf = asOf;
        this.from = month.atDay(1);
        this.to = month.atEndOfMonth();
    }

    /** Schools open on {@code day} that belong to the scope. */
    Condition schoolInScope(LocalDate day) {
        Condition open = SCHOOL.ARCHIVED_ON.isNull().or(SCHOOL.ARCHIVED_ON.gt(day));
        return switch (scope.kind()) {
            case CITY -> open;
            case DISTRICT -> open.and(SCHOOL.DISTRICT_ID.eq((int) scope.id()));
            case OFFICER -> open.and(SCHOOL.ID.in(select(SCHOOL_ASSIGNMENT.SCHOOL_ID).from(SCHOOL_ASSIGNMENT)
                    .where(SCHOOL_ASSIGNMENT.OFFICER_ID.eq(scope.id()))
                    .and(SCHOOL_ASSIGNMENT.ASSIGNED_FROM.le(day))
                    .and(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull().or(SCHOOL_ASSIGNMENT.ASSIGNED_TO.ge(day)))));
        };
    }

    static Condition cameraPresent(LocalDate day) {
        return CameraStates.presentOn(day);
    }

    /** Checks in the month: by the officer for an officer's summary, else at the scope's schools. */
    Condition checkInScope() {
        Condition inMonth = SECURITY_CHECK.CHECKED_ON.between(from, to);
        if (scope.kind() == ReportScope.Kind.OFFICER) {
            return inMonth.and(SECURITY_CHECK.OFFICER_ID.eq(scope.id()));
        }
        return inMonth.and(SECURITY_CHECK.SCHOOL_ID.in(select(SCHOOL.ID).from(SCHOOL).where(schoolInScope(asOf))));
    }

    /** Visits in the month: by the officer for an officer's summary, else at the scope's schools. */
    Condition visitInScope() {
        Condition inMonth = SCHOOL_VISIT.VISITED_AT.ge(from.atStartOfDay()).and(SCHOOL_VISIT.VISITED_AT.lt(to.plusDays(1).atStartOfDay()));
        if (scope.kind() == ReportScope.Kind.OFFICER) {
            return inMonth.and(SCHOOL_VISIT.OFFICER_ID.eq(scope.id()));
        }
        // EXISTS, not IN (SELECT id FROM school …): with the IN list of every open school H2 looked the visits up
        // school by school through school_visit_school_ix and read all 1,000,000 rows of the table (10 s of the
        // national summary); with EXISTS it walks the month on school_visit_month_ix, which holds every column
        // this query reads, and checks each row's school by its key.
        return inMonth.andExists(selectOne().from(SCHOOL).where(SCHOOL.ID.eq(SCHOOL_VISIT.SCHOOL_ID)).and(schoolInScope(asOf)));
    }

    /** Events in the month: with the officer present, or held at the scope's schools or leisure centres. */
    Condition eventInScope() {
        Condition inMonth = OUTREACH_EVENT.HELD_ON.between(from, to);
        return switch (scope.kind()) {
            case CITY -> inMonth;
            case DISTRICT -> inMonth.and(OUTREACH_EVENT.SCHOOL_ID.in(select(SCHOOL.ID).from(SCHOOL).where(SCHOOL.DISTRICT_ID.eq((int) scope.id())))
                    .or(OUTREACH_EVENT.LEISURE_CENTRE_ID.in(select(LEISURE_CENTRE.ID).from(LEISURE_CENTRE)
                            .where(LEISURE_CENTRE.DISTRICT_ID.eq((int) scope.id())))));
            case OFFICER -> inMonth.andExists(selectOne().from(EVENT_OFFICER)
                    .where(EVENT_OFFICER.EVENT_ID.eq(OUTREACH_EVENT.ID)).and(EVENT_OFFICER.OFFICER_ID.eq(scope.id())));
        };
    }
}
