// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.year;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.report.DashboardCharts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The grouped counts the dashboard's charts draw. */
public final class DashboardChartsRepository {

    private final Database db;

    public DashboardChartsRepository(Database db) {
        this.db = db;
    }

    /** Reads every chart's figures as of {@code today}. */
    public DashboardCharts load(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        return db.read(dsl -> new DashboardCharts(districts(dsl, today), months, events(dsl, months), visits(dsl, current),
                offences(dsl, months, today)));
    }

    private static Condition cameraPresent(LocalDate day) {
        return CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day))
                .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                .and(CAMERA.STATUS.ne("DISMANTLED").or(CAMERA.REMOVED_ON.isNotNull()));
    }

    private static Condition schoolOpen(LocalDate day) {
        return SCHOOL.ARCHIVED_ON.isNull().or(SCHOOL.ARCHIVED_ON.gt(day));
    }

    private List<DashboardCharts.District> districts(DSLContext dsl, LocalDate today) {
        var perSchool = dsl.select(CAMERA.SCHOOL_ID.as("school_id"),
                        count().filterWhere(CAMERA.PLACEMENT.eq("OUTDOOR")).as("outdoor"),
                        count().filterWhere(CAMERA.PLACEMENT.eq("INDOOR")).as("indoor"),
                        count().filterWhere(CAMERA.STATUS.eq("WORKING")).as("working"))
                .from(CAMERA).where(cameraPresent(today)).groupBy(CAMERA.SCHOOL_ID).asTable("ps");
        Field<Integer> outdoor = perSchool.field("outdoor", Integer.class);
        Field<Integer> indoor = perSchool.field("indoor", Integer.class);
        return dsl.select(DISTRICT.ID, DISTRICT.NAME,
                        coalesce(org.jooq.impl.DSL.sum(outdoor), inline(java.math.BigDecimal.ZERO)),
                        coalesce(org.jooq.impl.DSL.sum(indoor), inline(java.math.BigDecimal.ZERO)),
                        count(SCHOOL.ID), count().filterWhere(perSchool.field("working", Integer.class).gt(0)))
                .from(DISTRICT)
                .join(SCHOOL).on(SCHOOL.DISTRICT_ID.eq(DISTRICT.ID)).and(schoolOpen(today))
                .leftJoin(perSchool).on(perSchool.field("school_id", Long.class).eq(SCHOOL.ID))
                .groupBy(DISTRICT.ID, DISTRICT.NAME, DISTRICT.SORT_ORDER)
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new DashboardCharts.District(r.value1(), r.value2(), r.value3().intValue(), r.value4().intValue(),
                        r.value5(), r.value6()));
    }

    private List<DashboardCharts.EventTypeSeries> events(DSLContext dsl, List<YearMonth> months) {
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(months.size() - 1).atEndOfMonth();
        Map<Integer, int[]> perType = new HashMap<>();
        dsl.select(OUTREACH_EVENT.EVENT_TYPE_ID, year(OUTREACH_EVENT.HELD_ON), month(OUTREACH_EVENT.HELD_ON), count())
                .from(OUTREACH_EVENT).where(OUTREACH_EVENT.HELD_ON.between(from, to))
                .groupBy(OUTREACH_EVENT.EVENT_TYPE_ID, year(OUTREACH_EVENT.HELD_ON), month(OUTREACH_EVENT.HELD_ON))
                .forEach(r -> {
                    int index = months.indexOf(YearMonth.of(r.value2(), r.value3()));
                    perType.computeIfAbsent(r.value1(), k -> new int[months.size()])[index] = r.value4();
                });
        List<DashboardCharts.EventTypeSeries> series = new ArrayList<>();
        dsl.select(EVENT_TYPE.ID, EVENT_TYPE.NAME, EVENT_TYPE.ACTIVE).from(EVENT_TYPE).orderBy(EVENT_TYPE.SORT_ORDER, EVENT_TYPE.NAME)
                .forEach(r -> {
                    int[] counts = perType.get(r.value1());
                    if (counts != null || r.value3()) {
                        List<Integer> values = new ArrayList<>();
                        for (int i = 0; i < months.size(); i++) {
                            values.add(counts == null ? 0 : counts[i]);
                        }
                        series.add(new DashboardCharts.EventTypeSeries(r.value2(), values));
                    }
                });
        return series;
    }

    private List<DashboardCharts.OfficerVisits> visits(DSLContext dsl, YearMonth month) {
        Field<Integer> visits = count().as("visits");
        return dsl.select(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, visits)
                .from(SCHOOL_VISIT)
                .join(OFFICER).on(OFFICER.ID.eq(SCHOOL_VISIT.OFFICER_ID))
                .join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(SCHOOL_VISIT.VISITED_AT.ge(month.atDay(1).atStartOfDay()))
                .and(SCHOOL_VISIT.VISITED_AT.lt(month.plusMonths(1).atDay(1).atStartOfDay()))
                .groupBy(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME)
                .orderBy(visits.desc(), OFFICER.LAST_NAME)
                .limit(DashboardCharts.TOP_OFFICERS)
                .fetch(r -> new DashboardCharts.OfficerVisits(r.value1(),
                        MonthlySummaryRepository.officerTitle("", r.value3(), r.value4(), r.value5()).strip(), r.value6()));
    }

    private List<DashboardCharts.MonthOffences> offences(DSLContext dsl, List<YearMonth> months, LocalDate today) {
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(months.size() - 1).atEndOfMonth();
        Map<YearMonth, int[]> counts = new HashMap<>();
        dsl.select(year(OFFENCE.OCCURRED_ON), month(OFFENCE.OCCURRED_ON),
                        count().filterWhere(OFFENCE.LOCATION.eq("INSIDE")), count().filterWhere(OFFENCE.LOCATION.eq("GROUNDS")))
                .from(OFFENCE).where(OFFENCE.OCCURRED_ON.between(from, to))
                .groupBy(year(OFFENCE.OCCURRED_ON), month(OFFENCE.OCCURRED_ON))
                .forEach(r -> counts.put(YearMonth.of(r.value1(), r.value2()), new int[] {r.value3(), r.value4()}));
        List<DashboardCharts.MonthOffences> result = new ArrayList<>();
        for (YearMonth m : months) {
            LocalDate end = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
            int covered = dsl.select(countDistinct(CAMERA.SCHOOL_ID)).from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                    .where(cameraPresent(end)).and(CAMERA.STATUS.eq("WORKING")).and(schoolOpen(end))
                    .fetchOne().value1();
            int[] c = counts.getOrDefault(m, new int[2]);
            result.add(new DashboardCharts.MonthOffences(m, c[0], c[1], covered));
        }
        return result;
    }
}
