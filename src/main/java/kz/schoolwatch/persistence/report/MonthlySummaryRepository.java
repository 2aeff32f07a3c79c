// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.MonthlySummary.CameraFigures;
import kz.schoolwatch.report.MonthlySummary.Coverage;
import kz.schoolwatch.report.MonthlySummary.DistrictCameras;
import kz.schoolwatch.report.MonthlySummary.Figures;
import kz.schoolwatch.report.ReportScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries behind the monthly summary: the choices of scope here, the figures in {@link CameraQueries} and
 * {@link ActivityQueries} over one {@link MonthScope}. Every figure is computed by the database (counts and sums,
 * grouped), so the document for 7,500 schools costs a handful of indexed aggregate queries, not a walk over the rows.
 *
 * <p>"As of" figures take cameras present on the day: installed on or before it (or with no date), not removed
 * by then, and not dismantled without a removal date. Working and faulty on a day (the previous month's end, the
 * summary's day) come from the cameras' faults and repairs (issue 21), not from today's status.
 */
public final class MonthlySummaryRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlySummaryRepository.class);

    private final Database db;
    private final ReferenceNames names;

    public MonthlySummaryRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public MonthlySummaryRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** A district or officer a summary can be made for. */
    public record Choice(long id, String title) {
    }

    /** The districts by the name they show with. */
    public List<Choice> districts() {
        return storedDistricts().stream().map(d -> new Choice(d.id(), names.district(d.title())))
                .sorted(names.byShownName(Choice::title)).toList();
    }

    private List<Choice> storedDistricts() {
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
                .fetch(r -> new Choice(r.value1(), officerTitle(names.rank(r.value2()), r.value3(), r.value4(), r.value5()) + " (" + r.value6() + ")")));
    }

    /**
     * The district whose name is {@code name}, ignoring case and surrounding spaces: its stored name, or a shipped
     * district's name in any of the three languages. Titled as {@link #districts()} shows it.
     */
    public Optional<Choice> districtByName(String name) {
        String wanted = name.trim();
        String stored = ReferenceNames.seededName(ReferenceNames.Shipped.DISTRICT, wanted).orElse(wanted);
        return storedDistricts().stream().filter(d -> d.title().equalsIgnoreCase(stored)).findFirst()
                .map(d -> new Choice(d.id(), names.district(d.title())));
    }

    /** The officer (active or not) with badge number {@code badge}. */
    public Optional<Choice> officerByBadge(String badge) {
        return db.read(dsl -> dsl.select(OFFICER.ID, POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME,
                        OFFICER.BADGE_NUMBER)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.BADGE_NUMBER.eq(badge.trim()))
                .fetchOptional(r -> new Choice(r.value1(), officerTitle(names.rank(r.value2()), r.value3(), r.value4(), r.value5()) + " (" + r.value6() + ")")));
    }

    /** «капитан полиции Сейтов А. Б.» for the officer with {@code id}, if there is one. */
    public Optional<String> officerName(long id) {
        return db.read(dsl -> dsl.select(POLICE_RANK.NAME, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ID.eq(id))
                .fetchOptional(r -> officerTitle(names.rank(r.value1()), r.value2(), r.value3(), r.value4())));
    }

    /** The rank of officer {@code id}, e.g. «майор полиции». */
    public Optional<String> officerRank(long id) {
        return db.read(dsl -> dsl.select(POLICE_RANK.NAME).from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ID.eq(id)).fetchOptional(POLICE_RANK.NAME).map(names::rank));
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
            MonthScope m = new MonthScope(dsl, month, scope, asOf, names);
            CameraQueries cameras = new CameraQueries(m);
            ActivityQueries activity = new ActivityQueries(m);
            Timer t = new Timer();
            CameraQueries.SchoolCameras perSchool = t.lap("camerasPerSchool", cameras.camerasPerSchool());
            List<DistrictCameras> byDistrict = perSchool.byDistrict();
            int schools = byDistrict.stream().mapToInt(DistrictCameras::schools).sum();
            int covered = byDistrict.stream().mapToInt(DistrictCameras::schoolsCovered).sum();
            CameraFigures now = perSchool.total();
            CameraFigures before = t.lap("camerasPrevious", cameras.cameras(previous));
            Coverage coverage = new Coverage(schools, covered, perSchool.uncovered());
            var checks = t.lap("checks", activity.checks(overdueDays));
            ActivityQueries.Visits visits = t.lap("visits", activity.visits());
            var byOfficer = visits.byOfficer();
            var bySchool = visits.bySchool();
            var events = t.lap("eventsByType", activity.eventsByType());
            var offences = t.lap("offences", activity.offences());
            var leisure = t.lap("leisure", activity.leisure());
            LOG.debug("Monthly summary {} {} read: {}", month, scope.kind(), t);
            return new Figures(now, before, byDistrict, coverage, checks, byOfficer, bySchool, events, offences, leisure);
        });
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
}
