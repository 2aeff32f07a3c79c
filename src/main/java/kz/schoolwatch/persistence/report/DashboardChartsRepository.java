// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.DashboardCharts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The grouped counts the dashboard's charts draw. */
public final class DashboardChartsRepository {

    private final Database db;
    private final ReferenceNames names;

    public DashboardChartsRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public DashboardChartsRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
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
                        coalesce(DSL.sum(outdoor), inline(BigDecimal.ZERO)),
                        coalesce(DSL.sum(indoor), inline(BigDecimal.ZERO)),
                        count(SCHOOL.ID), count().filterWhere(perSchool.field("working", Integer.class).gt(0)))
                .from(DISTRICT)
                .join(SCHOOL).on(SCHOOL.DISTRICT_ID.eq(DISTRICT.ID)).and(schoolOpen(today))
                .leftJoin(perSchool).on(perSchool.field("school_id", Long.class).eq(SCHOOL.ID))
                .groupBy(DISTRICT.ID, DISTRICT.NAME, DISTRICT.SORT_ORDER)
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new DashboardCharts.District(r.value1(), names.district(r.value2()), r.value3().intValue(), r.value4().intValue(),
                        r.value5(), r.value6()));
    }

    private List<DashboardCharts.EventTypeSeries> events(DSLContext dsl, List<YearMonth> months) {
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(months.size() - 1).atEndOfMonth();
        Map<Integer, int[]> perType = new HashMap<>();
        // Grouped by plain day, not YEAR()/MONTH() of it, so that H2 reads the year off outreach_event_month_ix
        // alone (at most 366 days × types); the days are summed into months here.
        dsl.select(OUTREACH_EVENT.EVENT_TYPE_ID, OUTREACH_EVENT.HELD_ON, count())
                .from(OUTREACH_EVENT).where(OUTREACH_EVENT.HELD_ON.between(from, to))
                .groupBy(OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.EVENT_TYPE_ID)
                .forEach(r -> {
                    int index = months.indexOf(YearMonth.from(r.value2()));
                    perType.computeIfAbsent(r.value1(), k -> new int[months.size()])[index] += r.value3();
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
                        series.add(new DashboardCharts.EventTypeSeries(names.shown(ReferenceNames.Shipped.EVENT_TYPE, r.value2()), values));
                    }
                });
        return series;
    }

    private List<DashboardCharts.OfficerVisits> visits(DSLContext dsl, YearMonth month) {
        // Counted per officer on school_visit_month_ix first (83,000 visits a month on the national dataset), and
        // only the officers' counts joined to their names, instead of joining every visit.
        var perOfficer = dsl.select(SCHOOL_VISIT.OFFICER_ID.as("officer_id"), count().as("visits"))
                .from(SCHOOL_VISIT)
                .where(SCHOOL_VISIT.VISITED_AT.ge(month.atDay(1).atStartOfDay()))
                .and(SCHOOL_VISIT.VISITED_AT.lt(month.plusMonths(1).atDay(1).atStartOfDay()))
                .groupBy(SCHOOL_VISIT.OFFICER_ID)
                .asTable("per_officer");
        Field<Integer> visits = perOfficer.field("visits", Integer.class);
        return dsl.select(OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, visits)
                .from(perOfficer)
                .join(OFFICER).on(OFFICER.ID.eq(perOfficer.field("officer_id", Long.class)))
                .orderBy(visits.desc(), OFFICER.LAST_NAME)
                .limit(DashboardCharts.TOP_OFFICERS)
                .fetch(r -> new DashboardCharts.OfficerVisits(r.value1(),
                        MonthlySummaryRepository.officerTitle("", r.value2(), r.value3(), r.value4()).strip(), r.value5()));
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
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth m : months) {
            ends.add(m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth());
        }
        int[] covered = coveredSchools(dsl, ends);
        List<DashboardCharts.MonthOffences> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int[] c = counts.getOrDefault(months.get(i), new int[2]);
            result.add(new DashboardCharts.MonthOffences(months.get(i), c[0], c[1], covered[i]));
        }
        return result;
    }

    /**
     * Schools with a working camera on each of {@code days} (a camera present that day at a school open that day),
     * from one pass over the working cameras' dates instead of one query per day: twelve scans of 100,000 cameras
     * cost more than a second on the national dataset.
     */
    private static int[] coveredSchools(DSLContext dsl, List<LocalDate> days) {
        List<Set<Long>> schools = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            schools.add(new HashSet<>());
        }
        dsl.selectDistinct(CAMERA.SCHOOL_ID, CAMERA.INSTALLED_ON, CAMERA.REMOVED_ON, SCHOOL.ARCHIVED_ON)
                .from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                .where(CAMERA.STATUS.eq("WORKING"))
                .forEach(r -> {
                    for (int i = 0; i < days.size(); i++) {
                        LocalDate day = days.get(i);
                        boolean present = (r.value2() == null || !r.value2().isAfter(day)) && (r.value3() == null || r.value3().isAfter(day));
                        boolean open = r.value4() == null || r.value4().isAfter(day);
                        if (present && open) {
                            schools.get(i).add(r.value1());
                        }
                    }
                });
        return schools.stream().mapToInt(Set::size).toArray();
    }
}
