// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.CORRECTION_ORDER;
import static kz.schoolwatch.persistence.jooq.Tables.INSPECTION_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_SET;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.schoolwatch.persistence.demo.DemoSchools.SchoolRow;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Checks by requirement with their acts and correction orders in the demo city (issue 22), so that the acts, the list
 * of orders, the dashboard's figure and the monthly summary's section have something to show: a few schools were
 * checked in the last months, one or two items not met each, an order on each failed item. Some orders were fixed,
 * some are open within their deadline, some are overdue. Acts are numbered per district and year, as the program
 * numbers them. Draws from its own {@link Random}, so the rest of the city comes out as before.
 */
final class DemoInspections {

    /** The items a demo check finds not met, by the item's code in the shipped set. */
    private static final List<String> OFTEN_FAILED = List.copyOf(DemoNames.FINDING_NOTES.keySet().stream().sorted().toList());
    private static final int CHECKED_SCHOOLS = 18;

    private final LocalDate today;
    private final Random random;

    DemoInspections(LocalDate today, Random random) {
        this.today = today;
        this.random = random;
    }

    void insert(DSLContext dsl, List<SchoolRow> schools, List<Long> officers) {
        Long set = dsl.select(REQUIREMENT_SET.ID).from(REQUIREMENT_SET).where(REQUIREMENT_SET.VALID_FROM.le(today))
                .orderBy(REQUIREMENT_SET.VALID_FROM.desc()).limit(1).fetchOptional(REQUIREMENT_SET.ID).orElse(null);
        if (set == null || schools.isEmpty() || officers.isEmpty()) {
            return;
        }
        List<Record4<Long, String, String, Integer>> items = dsl.select(REQUIREMENT_ITEM.ID, REQUIREMENT_ITEM.CODE,
                        REQUIREMENT_ITEM.TITLE, REQUIREMENT_ITEM.PUPILS_OVER)
                .from(REQUIREMENT_ITEM).where(REQUIREMENT_ITEM.SET_ID.eq(set)).orderBy(REQUIREMENT_ITEM.POSITION).fetch();
        Map<String, Integer> actNumbers = new HashMap<>();
        int step = Math.max(1, schools.size() / CHECKED_SCHOOLS);
        for (int n = 0; n < CHECKED_SCHOOLS && n * step < schools.size(); n++) {
            // From the end of the list: the schools a newcomer opens first keep a plain history.
            SchoolRow school = schools.get(schools.size() - 1 - n * step);
            int pupils = dsl.select(SCHOOL.PUPILS).from(SCHOOL).where(SCHOOL.ID.eq(school.id())).fetchOne(SCHOOL.PUPILS);
            LocalDate checkedOn = today.minusDays(5 + random.nextInt(80));
            int number = actNumbers.merge(school.districtId() + "/" + checkedOn.getYear(), 1, Integer::sum);
            long check = dsl.insertInto(SECURITY_CHECK, SECURITY_CHECK.SCHOOL_ID, SECURITY_CHECK.OFFICER_ID, SECURITY_CHECK.CHECKED_ON,
                            SECURITY_CHECK.REMARKS, SECURITY_CHECK.ACT_YEAR, SECURITY_CHECK.ACT_NUMBER, SECURITY_CHECK.ACT_DISTRICT_ID)
                    .values(school.id(), officers.get(random.nextInt(officers.size())), checkedOn, DemoNames.ACT_REMARKS,
                            checkedOn.getYear(), number, school.districtId())
                    .returning(SECURITY_CHECK.ID).fetchOne(SECURITY_CHECK.ID);
            String failedFirst = OFTEN_FAILED.get(random.nextInt(OFTEN_FAILED.size()));
            String failedSecond = random.nextInt(3) == 0 ? OFTEN_FAILED.get(random.nextInt(OFTEN_FAILED.size())) : failedFirst;
            for (Record4<Long, String, String, Integer> item : items) {
                if (item.value4() != null && pupils <= item.value4()) {
                    continue; // not required of a school this size
                }
                boolean failed = item.value2() != null && (item.value2().equals(failedFirst) || item.value2().equals(failedSecond));
                long finding = dsl.insertInto(INSPECTION_FINDING, INSPECTION_FINDING.CHECK_ID, INSPECTION_FINDING.REQUIREMENT_ITEM_ID,
                                INSPECTION_FINDING.RESULT, INSPECTION_FINDING.NOTE)
                        .values(check, item.value1(), failed ? "NOT_MET" : "MET", failed ? DemoNames.FINDING_NOTES.get(item.value2()) : null)
                        .returning(INSPECTION_FINDING.ID).fetchOne(INSPECTION_FINDING.ID);
                if (failed) {
                    order(dsl, finding, school.id(), checkedOn, item.value3());
                }
            }
        }
    }

    /** An order on a failed finding: a third fixed, the rest open, of which those past their deadline are overdue. */
    private void order(DSLContext dsl, long finding, long school, LocalDate checkedOn, String item) {
        LocalDate deadline = checkedOn.plusDays(random.nextBoolean() ? 14 : 30);
        boolean fixed = random.nextInt(3) == 0 && !deadline.minusDays(3).isAfter(today);
        LocalDate drawn = deadline.minusDays(random.nextInt(4));
        LocalDate closedOn = fixed ? (drawn.isAfter(today) ? today : drawn) : null;
        dsl.insertInto(CORRECTION_ORDER, CORRECTION_ORDER.FINDING_ID, CORRECTION_ORDER.SCHOOL_ID, CORRECTION_ORDER.DESCRIPTION,
                        CORRECTION_ORDER.DEADLINE, CORRECTION_ORDER.RESPONSIBLE, CORRECTION_ORDER.CLOSED_ON, CORRECTION_ORDER.CLOSING_NOTE)
                .values(finding, school, String.format(DemoNames.ORDER_DESCRIPTION, item), deadline,
                        DemoNames.ORDER_RESPONSIBLE.get(random.nextInt(DemoNames.ORDER_RESPONSIBLE.size())), closedOn,
                        fixed ? DemoNames.ORDER_FIXED : null)
                .execute();
    }
}
