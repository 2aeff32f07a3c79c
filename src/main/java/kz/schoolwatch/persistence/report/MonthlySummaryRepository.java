// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.report.MonthlySummary.CameraFigures;
import kz.schoolwatch.report.MonthlySummary.Checks;
import kz.schoolwatch.report.MonthlySummary.Coverage;
import kz.schoolwatch.report.MonthlySummary.DistrictCameras;
import kz.schoolwatch.report.MonthlySummary.EventTypeFigures;
import kz.schoolwatch.report.MonthlySummary.Figures;
import kz.schoolwatch.report.MonthlySummary.Leisure;
import kz.schoolwatch.report.MonthlySummary.OffenceKindFigures;
import kz.schoolwatch.report.MonthlySummary.Offences;
import kz.schoolwatch.report.MonthlySummary.OfficerVisits;
import kz.schoolwatch.report.MonthlySummary.OverdueSchool;
import kz.schoolwatch.report.MonthlySummary.SchoolRef;
import kz.schoolwatch.report.MonthlySummary.SchoolVisits;
import kz.schoolwatch.report.ReportScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries behind the monthly summary. Every figure is computed by the database (counts and sums, grouped),
 * so the document for 7,500 schools costs a handful of indexed aggregate queries, not a walk over the rows.
 *
 * <p>"As of" figures take cameras present on the day: installed on or before it (or with no date), not removed
 * by then, and not dismantled without a removal date. The schema keeps no history of a camera's status, so
 * working and faulty at the end of the previous month are read from today's status.
 */
public final class MonthlySummaryRepository {

    private static final String OUTDOOR = "OUTDOOR";
    private static final String INDOOR = "INDOOR";
    private static final String WORKING = "WORKING";
    private static final String FAULTY = "FAULTY";
    private static final String DISMANTLED = "DISMANTLED";

    private static final Logger LOG = LoggerFactory.getLogger(MonthlySummaryRepository.class);

    private final Database db;

    public MonthlySummaryRepository(Database db) {
        this.db = db;
    }

    /** A district or officer a summary can be made for. */
    public record Choice(long id, String title) {
    }

    /** The districts in their usual order. */
    public List<Choice> districts() {
        return db.read(dsl -> dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2())));
    }

    /** Active officers by name, titled «капитан полиции Сейтов А. Б. (жетон 123456)». */
    public List<Choice> officers() {
        return db.read(dsl -> dsl.select(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        OFFICER.BADGE_NUMBER)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ACTIVE.isTrue())
                .orderBy(OFFICER.LAST_NAME, OFFICER.FIRST_NAME)
                .fetch(r -> new Choice(r.value1(), officerTitle(r.value2(), r.value3(), r.value4(), r.value5()) + " (" + r.value6() + ")")));
    }

    /** The district whose name is {@code name}, ignoring case and surrounding spaces. */
    public Optional<Choice> districtByName(String name) {
        String wanted = name.trim();
        return districts().stream().filter(d -> d.title().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The officer (active or not) with badge number {@code badge}. */
    public Optional<Choice> officerByBadge(String badge) {
        return db.read(dsl -> dsl.select(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        OFFICER.BADGE_NUMBER)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.BADGE_NUMBER.eq(badge.trim()))
                .fetchOptional(r -> new Choice(r.value1(), officerTitle(r.value2(), r.value3(), r.value4(), r.value5()) + " (" + r.value6() + ")")));
    }

    /** «капитан полиции Сейтов А. Б.» for the officer with {@code id}, if there is one. */
    public Optional<String> officerName(long id) {
        return db.read(dsl -> dsl.select(POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ID.eq(id))
                .fetchOptional(r -> officerTitle(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** The rank of officer {@code id}, e.g. «майор полиции». */
    public Optional<String> officerRank(long id) {
        return db.read(dsl -> dsl.select(POLICE_RANK.NAME).from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ID.eq(id)).fetchOptional(POLICE_RANK.NAME));
    }

    /**
     * Reads every figure of the summary for {@code month} and {@code scope}, in one read.
     *
     * @param asOf        the day the "now" figures are taken on (the month's last day, or today)
     * @param overdueDays a school is overdue when its last security check is older than this many days at {@code asOf}
     */
    public Figures load(YearMonth month, ReportScope scope, LocalDate asOf, int overdueDays) {
        LocalDate previous = month.minusMonths(1).atEndOfMonth();
        return db.read(dsl -> {
            Query q = new Query(dsl, month, scope, asOf);
            Timer t = new Timer();
            SchoolCameras perSchool = t.lap("camerasPerSchool", q.camerasPerSchool());
            List<DistrictCameras> byDistrict = perSchool.byDistrict();
            int schools = byDistrict.stream().mapToInt(DistrictCameras::schools).sum();
            int covered = byDistrict.stream().mapToInt(DistrictCameras::schoolsCovered).sum();
            CameraFigures now = perSchool.total();
            CameraFigures before = t.lap("camerasPrevious", q.cameras(previous));
            Coverage coverage = new Coverage(schools, covered, perSchool.uncovered());
            var checks = t.lap("checks", q.checks(overdueDays));
            Visits visits = t.lap("visits", q.visits());
            var byOfficer = visits.byOfficer();
            var bySchool = visits.bySchool();
            var events = t.lap("eventsByType", q.eventsByType());
            var offences = t.lap("offences", q.offences());
            var leisure = t.lap("leisure", q.leisure());
            LOG.debug("Monthly summary {} {} read: {}", month, scope.kind(), t);
            return new Figures(now, before, byDistrict, coverage, checks, byOfficer, bySchool, events, offences, leisure);
        });
    }

    /** One district's schools and cameras, summed school by school. */
    private static final class DistrictSum {
        private final String name;
        private int schools;
        private int covered;
        private int outdoor;
        private int indoor;

        DistrictSum(String name) {
            this.name = name;
        }

        void add(int schoolOutdoor, int schoolIndoor, boolean schoolCovered) {
            schools++;
            covered += schoolCovered ? 1 : 0;
            outdoor += schoolOutdoor;
            indoor += schoolIndoor;
        }

        DistrictCameras figures() {
            return new DistrictCameras(name, schools, covered, outdoor, indoor);
        }
    }

    /** The camera figures on the summary's day: by district, in total, and the schools without a working camera. */
    private record SchoolCameras(List<DistrictCameras> byDistrict, CameraFigures total, List<SchoolRef> uncovered) {
    }

    /** The month's visits, by officer and by school. */
    private record Visits(List<OfficerVisits> byOfficer, List<SchoolVisits> bySchool) {
    }

    /** Milliseconds per query, for the debug log: where a slow summary spends its time. */
    private static final class Timer {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        <T> T lap(String name, T value) {
            long now = System.nanoTime();
            laps.append(name).append('=').append((now - last) / 1_000_000).append("ms ");
            last = now;
            return value;
        }

        @Override
        public String toString() {
            return laps.toString().strip();
        }
    }

    static String officerTitle(String rank, String last, String first, String middle) {
        StringBuilder s = new StringBuilder(rank).append(' ').append(last).append(' ').append(first.charAt(0)).append('.');
        if (middle != null && !middle.isBlank()) {
            s.append(' ').append(middle.charAt(0)).append('.');
        }
        return s.toString();
    }

    /** The queries of one summary, sharing the month and the scope's conditions. */
    private static final class Query {
        private final DSLContext dsl;
        private final ReportScope scope;
        private final LocalDate asOf;
        private final LocalDate from;
        private final LocalDate to;

        Query(DSLContext dsl, YearMonth month, ReportScope scope, LocalDate asOf) {
            this.dsl = dsl;
            this.scope = scope;
            this.asOf = asOf;
            this.from = month.atDay(1);
            this.to = month.atEndOfMonth();
        }

        /** Schools open on {@code day} that belong to the scope. */
        private Condition schoolInScope(LocalDate day) {
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

        private static Condition cameraPresent(LocalDate day) {
            return CAMERA.INSTALLED_ON.isNull().or(CAMERA.INSTALLED_ON.le(day))
                    .and(CAMERA.REMOVED_ON.isNull().or(CAMERA.REMOVED_ON.gt(day)))
                    .and(CAMERA.STATUS.ne(DISMANTLED).or(CAMERA.REMOVED_ON.isNotNull()));
        }

        CameraFigures cameras(LocalDate day) {
            Record5<Integer, Integer, Integer, Integer, Integer> r = dsl.select(
                            count().filterWhere(CAMERA.PLACEMENT.eq(OUTDOOR)),
                            count().filterWhere(CAMERA.PLACEMENT.eq(INDOOR)),
                            count().filterWhere(CAMERA.STATUS.ne(FAULTY)),
                            count().filterWhere(CAMERA.STATUS.eq(FAULTY)),
                            count().filterWhere(CAMERA.CONNECTED_TO_COU.isTrue()))
                    .from(CAMERA).join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID))
                    .where(cameraPresent(day)).and(schoolInScope(day))
                    .fetchOne();
            return new CameraFigures(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
        }

        /** Per school: present cameras on {@code asOf} by placement, status and link to the ЦОУ. */
        private Table<?> perSchool() {
            return dsl.select(CAMERA.SCHOOL_ID.as("school_id"),
                            count().filterWhere(CAMERA.PLACEMENT.eq(OUTDOOR)).as("outdoor"),
                            count().filterWhere(CAMERA.PLACEMENT.eq(INDOOR)).as("indoor"),
                            count().filterWhere(CAMERA.STATUS.eq(WORKING)).as("working"),
                            count().filterWhere(CAMERA.STATUS.eq(FAULTY)).as("faulty"),
                            count().filterWhere(CAMERA.CONNECTED_TO_COU.isTrue()).as("connected"))
                    .from(CAMERA)
                    .where(cameraPresent(asOf))
                    .groupBy(CAMERA.SCHOOL_ID)
                    .asTable("per_school");
        }

        /**
         * Every school of the scope with its cameras on {@code asOf}, in one read: the districts' figures, the
         * totals "now" and the schools without a working camera are all sums over these rows. (Three queries
         * each grouping the 100,000 cameras of the national dataset again took about 0.6 s.)
         */
        SchoolCameras camerasPerSchool() {
            Table<?> ps = perSchool();
            Field<Integer> outdoor = coalesce(ps.field("outdoor", Integer.class), inline(0));
            Field<Integer> indoor = coalesce(ps.field("indoor", Integer.class), inline(0));
            Field<Integer> working = coalesce(ps.field("working", Integer.class), inline(0));
            Field<Integer> faulty = coalesce(ps.field("faulty", Integer.class), inline(0));
            Field<Integer> connected = coalesce(ps.field("connected", Integer.class), inline(0));
            // Rows come district by district in the report's order; each district's figures are summed as they pass.
            Map<Integer, DistrictSum> districts = new LinkedHashMap<>();
            List<SchoolRef> uncovered = new ArrayList<>();
            int[] total = new int[5];
            dsl.select(DISTRICT.ID, DISTRICT.NAME, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, outdoor, indoor, working, faulty, connected)
                    .from(SCHOOL)
                    .join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .leftJoin(ps).on(ps.field("school_id", Long.class).eq(SCHOOL.ID))
                    .where(schoolInScope(asOf))
                    .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME, DISTRICT.ID, SCHOOL.SCHOOL_NUMBER)
                    .forEach(r -> {
                        int out = r.value5();
                        int in = r.value6();
                        int work = r.value7();
                        districts.computeIfAbsent(r.value1(), k -> new DistrictSum(r.value2())).add(out, in, work > 0);
                        if (work == 0) {
                            uncovered.add(new SchoolRef(r.value3(), r.value4(), r.value2()));
                        }
                        total[0] += out;
                        total[1] += in;
                        total[2] += out + in - r.value8();
                        total[3] += r.value8();
                        total[4] += r.value9();
                    });
            List<DistrictCameras> byDistrict = districts.values().stream().map(DistrictSum::figures).toList();
            uncovered.sort(Comparator.comparingInt(SchoolRef::number));
            return new SchoolCameras(byDistrict, new CameraFigures(total[0], total[1], total[2], total[3], total[4]), uncovered);
        }

        /** Checks in the month: by the officer for an officer's summary, else at the scope's schools. */
        private Condition checkInScope() {
            Condition inMonth = SECURITY_CHECK.CHECKED_ON.between(from, to);
            if (scope.kind() == ReportScope.Kind.OFFICER) {
                return inMonth.and(SECURITY_CHECK.OFFICER_ID.eq(scope.id()));
            }
            return inMonth.and(SECURITY_CHECK.SCHOOL_ID.in(select(SCHOOL.ID).from(SCHOOL).where(schoolInScope(asOf))));
        }

        Checks checks(int overdueDays) {
            var done = dsl.select(count(), countDistinct(SECURITY_CHECK.SCHOOL_ID))
                    .from(SECURITY_CHECK).where(checkInScope()).fetchOne();
            Field<LocalDate> last = dsl.select(max(SECURITY_CHECK.CHECKED_ON)).from(SECURITY_CHECK)
                    .where(SECURITY_CHECK.SCHOOL_ID.eq(SCHOOL.ID)).and(SECURITY_CHECK.CHECKED_ON.le(asOf))
                    .asField("last_check");
            LocalDate limit = asOf.minusDays(overdueDays);
            var lastChecks = dsl.select(SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, DISTRICT.NAME.as("district"), last)
                    .from(SCHOOL).join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .where(schoolInScope(asOf))
                    .asTable("last_checks");
            Field<LocalDate> lastCheck = lastChecks.field(last);
            List<OverdueSchool> overdue = dsl.selectFrom(lastChecks)
                    .where(lastCheck.isNull().or(lastCheck.lt(limit)))
                    .orderBy(lastChecks.field(SCHOOL.SCHOOL_NUMBER))
                    .fetch(r -> new OverdueSchool(new SchoolRef(r.get(lastChecks.field(SCHOOL.SCHOOL_NUMBER)),
                            r.get(lastChecks.field(SCHOOL.NAME)), r.get(lastChecks.field("district", String.class))), r.get(lastCheck)));
            return new Checks(done.value1(), done.value2(), overdueDays, overdue);
        }

        /** Visits in the month: by the officer for an officer's summary, else at the scope's schools. */
        private Condition visitInScope() {
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

        /**
         * Visits by officer and by school from one pass over the month's visits: grouped by (officer, school) in
         * the database, then summed here, with no COUNT(DISTINCT) and one index range scan instead of two.
         */
        Visits visits() {
            Field<Integer> visits = count().as("visits");
            Field<LocalDateTime> last = max(SCHOOL_VISIT.VISITED_AT).as("last_visit");
            var pairs = dsl.select(SCHOOL_VISIT.OFFICER_ID, SCHOOL_VISIT.SCHOOL_ID, visits, last)
                    .from(SCHOOL_VISIT).where(visitInScope())
                    .groupBy(SCHOOL_VISIT.OFFICER_ID, SCHOOL_VISIT.SCHOOL_ID)
                    .fetch();
            Map<Long, int[]> perOfficer = new HashMap<>();
            Map<Long, int[]> perSchoolCount = new HashMap<>();
            Map<Long, LocalDateTime> perSchoolLast = new HashMap<>();
            for (var r : pairs) {
                int[] o = perOfficer.computeIfAbsent(r.value1(), k -> new int[2]);
                o[0] += r.value3();
                o[1]++;
                perSchoolCount.computeIfAbsent(r.value2(), k -> new int[1])[0] += r.value3();
                perSchoolLast.merge(r.value2(), r.value4(), (a, b) -> a.isAfter(b) ? a : b);
            }
            List<OfficerVisits> byOfficer = new ArrayList<>();
            if (!perOfficer.isEmpty()) {
                dsl.select(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, OFFICER.BADGE_NUMBER)
                        .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                        .orderBy(OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.BADGE_NUMBER)
                        .forEach(r -> {
                            int[] o = perOfficer.get(r.value1());
                            if (o != null) {
                                byOfficer.add(new OfficerVisits(officerTitle(r.value2(), r.value3(), r.value4(), r.value5()), r.value6(), o[0], o[1]));
                            }
                        });
            }
            List<SchoolVisits> bySchool = new ArrayList<>();
            if (!perSchoolCount.isEmpty()) {
                dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, DISTRICT.NAME)
                        .from(SCHOOL).join(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                        .orderBy(SCHOOL.SCHOOL_NUMBER)
                        .forEach(r -> {
                            int[] n = perSchoolCount.get(r.value1());
                            if (n != null) {
                                bySchool.add(new SchoolVisits(new SchoolRef(r.value2(), r.value3(), r.value4()), n[0],
                                        perSchoolLast.get(r.value1()).toLocalDate()));
                            }
                        });
            }
            return new Visits(byOfficer, bySchool);
        }

        /** Events in the month: with the officer present, or held at the scope's schools or leisure centres. */
        private Condition eventInScope() {
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

        List<EventTypeFigures> eventsByType() {
            var perType = dsl.select(OUTREACH_EVENT.EVENT_TYPE_ID.as("type_id"), count().as("events"),
                            sum(OUTREACH_EVENT.PUPILS).as("pupils"), sum(OUTREACH_EVENT.PARENTS).as("parents"))
                    .from(OUTREACH_EVENT).where(eventInScope())
                    .groupBy(OUTREACH_EVENT.EVENT_TYPE_ID)
                    .asTable("per_type");
            Field<Integer> events = coalesce(perType.field("events", Integer.class), inline(0));
            return dsl.select(EVENT_TYPE.NAME, events,
                            coalesce(perType.field("pupils", BigDecimal.class), inline(BigDecimal.ZERO)),
                            coalesce(perType.field("parents", BigDecimal.class), inline(BigDecimal.ZERO)))
                    .from(EVENT_TYPE)
                    .leftJoin(perType).on(perType.field("type_id", Integer.class).eq(EVENT_TYPE.ID))
                    .where(EVENT_TYPE.ACTIVE.isTrue().or(events.gt(0)))
                    .orderBy(EVENT_TYPE.SORT_ORDER, EVENT_TYPE.NAME)
                    .fetch(r -> new EventTypeFigures(r.value1(), r.value2(), r.value3().intValue(), r.value4().intValue()));
        }

        Offences offences() {
            var perKind = dsl.select(OFFENCE.OFFENCE_KIND_ID.as("kind_id"), count().as("total"),
                            count().filterWhere(OFFENCE.LOCATION.eq("INSIDE")).as("inside"),
                            count().filterWhere(OFFENCE.LOCATION.eq("GROUNDS")).as("grounds"),
                            count().filterWhere(OFFENCE.CAMERAS_HELPED.isTrue()).as("helped"))
                    .from(OFFENCE)
                    .where(OFFENCE.OCCURRED_ON.between(from, to))
                    .and(OFFENCE.SCHOOL_ID.in(select(SCHOOL.ID).from(SCHOOL).where(schoolInScope(asOf))))
                    .groupBy(OFFENCE.OFFENCE_KIND_ID)
                    .asTable("per_kind");
            Field<Integer> total = coalesce(perKind.field("total", Integer.class), inline(0));
            return new Offences(dsl.select(OFFENCE_KIND.NAME, total,
                            coalesce(perKind.field("inside", Integer.class), inline(0)),
                            coalesce(perKind.field("grounds", Integer.class), inline(0)),
                            coalesce(perKind.field("helped", Integer.class), inline(0)))
                    .from(OFFENCE_KIND)
                    .leftJoin(perKind).on(perKind.field("kind_id", Integer.class).eq(OFFENCE_KIND.ID))
                    .where(OFFENCE_KIND.ACTIVE.isTrue().or(total.gt(0)))
                    .orderBy(OFFENCE_KIND.SORT_ORDER, OFFENCE_KIND.NAME)
                    .fetch(r -> new OffenceKindFigures(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
        }

        /** Leisure centres of the scope's district (the officer's own district for an officer), or all of them. */
        Leisure leisure() {
            Condition centres = switch (scope.kind()) {
                case CITY -> noCondition();
                case DISTRICT -> LEISURE_CENTRE.DISTRICT_ID.eq((int) scope.id());
                case OFFICER -> LEISURE_CENTRE.DISTRICT_ID.eq(select(OFFICER.DISTRICT_ID).from(OFFICER).where(OFFICER.ID.eq(scope.id())));
            };
            var r = dsl.select(countDistinct(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID),
                            coalesce(sum(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS), inline(BigDecimal.ZERO)),
                            coalesce(sum(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN), inline(BigDecimal.ZERO)))
                    .from(LEISURE_ATTENDANCE)
                    .join(LEISURE_CENTRE).on(LEISURE_CENTRE.ID.eq(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID))
                    .where(LEISURE_ATTENDANCE.PERIOD_MONTH.eq(from)).and(centres)
                    .fetchOne();
            return new Leisure(r.value1(), r.value2().intValue(), r.value3().intValue());
        }
    }
}
