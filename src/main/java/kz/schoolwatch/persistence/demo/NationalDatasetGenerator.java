// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with a country-sized, synthetic dataset for benchmarks: by default 7,500 schools,
 * 100,000 cameras, 1,000,000 visits and 200,000 events over the last year. Rows are made inside H2 with
 * {@code INSERT … SELECT … FROM SYSTEM_RANGE} (no row crosses JDBC), so a million visits take seconds.
 * Every row is marked as demo data where the table allows. Deterministic: the same options give the same data.
 */
public final class NationalDatasetGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(NationalDatasetGenerator.class);

    /**
     * How much to make. {@code days} is how far back visits, events, checks and offences go from {@code today}.
     */
    public record Options(int districts, int schools, int cameras, double schoolsWithoutCamerasShare, int officers,
                          int visits, int events, int leisureCentres, int checks, int offences, int days, LocalDate today) {

        /** 7,500 schools, 100,000 cameras, 1,000,000 visits, 200,000 events: the national scale of the issues. */
        public static Options national(LocalDate today) {
            return new Options(200, 7_500, 100_000, 0.05, 1_500, 1_000_000, 200_000, 2_000, 15_000, 7_500, 365, today);
        }

        public Options withSchools(int n) {
            return new Options(districts, n, cameras, schoolsWithoutCamerasShare, officers, visits, events, leisureCentres, checks, offences, days, today);
        }

        public Options withCameras(int n) {
            return new Options(districts, schools, n, schoolsWithoutCamerasShare, officers, visits, events, leisureCentres, checks, offences, days, today);
        }

        public Options withVisits(int n) {
            return new Options(districts, schools, cameras, schoolsWithoutCamerasShare, officers, n, events, leisureCentres, checks, offences, days, today);
        }

        public Options withEvents(int n) {
            return new Options(districts, schools, cameras, schoolsWithoutCamerasShare, officers, visits, n, leisureCentres, checks, offences, days, today);
        }

        public Options withOfficers(int n) {
            return new Options(districts, schools, cameras, schoolsWithoutCamerasShare, n, visits, events, leisureCentres, checks, offences, days, today);
        }
    }

    /** Rows per statement: one huge transaction would hold its whole undo log in memory. */
    private static final int CHUNK = 100_000;

    private final Database db;
    private final int chunk;

    public NationalDatasetGenerator(Database db) {
        this(db, CHUNK);
    }

    /** With {@code chunk} rows per statement (tests use small chunks). */
    NationalDatasetGenerator(Database db, int chunk) {
        this.db = db;
        this.chunk = chunk;
    }

    /**
     * Generates the dataset. The reference rows of the migrations (districts, ranks, purposes, event types,
     * offence kinds) are kept; extra districts are added up to {@code options.districts()}.
     *
     * @param log receives a line per table with its time, for the person running it
     * @throws IllegalStateException when the database already holds schools
     */
    public void generate(Options o, Consumer<String> log) {
        DSLContext dsl = db.dsl();
        if (dsl.fetchExists(SCHOOL)) {
            throw new IllegalStateException("The national dataset goes into an empty database only");
        }
        int existingDistricts = dsl.fetchCount(DISTRICT);
        chunkedStep(log, "district", Math.max(0, o.districts() - existingDistricts),
                "INSERT INTO district (name, sort_order) SELECT 'Район №' || X, 100 + X FROM SYSTEM_RANGE(?, ?)");
        long districtMin = contiguousMin(dsl, DISTRICT, DISTRICT.ID.coerce(Long.class));
        int districts = dsl.fetchCount(DISTRICT);

        chunkedStep(log, "school", o.schools(),
                "INSERT INTO school (school_number, name, school_type, ownership, teaching_language, district_id, address, pupils, "
                        + "entrances, floors, is_demo) "
                        + "SELECT X, 'КГУ «Общеобразовательная школа №' || X || '»', "
                        + "CASE MOD(X, 6) WHEN 0 THEN 'GENERAL' WHEN 1 THEN 'SCHOOL_GYMNASIUM' WHEN 2 THEN 'GYMNASIUM' "
                        + "WHEN 3 THEN 'LYCEUM' WHEN 4 THEN 'SCHOOL_LYCEUM' ELSE 'GENERAL' END, "
                        + "CASE WHEN MOD(X, 20) = 0 THEN 'PRIVATE' ELSE 'STATE' END, "
                        + "CASE MOD(X, 3) WHEN 0 THEN 'KAZAKH' WHEN 1 THEN 'RUSSIAN' ELSE 'KAZAKH_RUSSIAN' END, "
                        + "? + MOD(X, ?), 'ул. Абая, ' || (1 + MOD(X, 300)), 300 + MOD(X * 37, 2500), "
                        + "CASE WHEN MOD(X, 11) = 0 THEN NULL ELSE 1 + MOD(X, 3) END, CASE WHEN MOD(X, 13) = 0 THEN NULL ELSE 2 + MOD(X, 3) END, "
                        + "TRUE FROM SYSTEM_RANGE(?, ?)",
                districtMin, districts);
        long schoolMin = contiguousMin(dsl, SCHOOL, SCHOOL.ID);
        step(log, "school_equipment", o.schools(),
                "INSERT INTO school_equipment (school_id, panic_button, panic_button_connected, access_control, metal_detector, guard_company, "
                        + "pa_system, turnstiles) "
                        + "SELECT ID, MOD(ID, 7) <> 0, MOD(ID, 7) <> 0 AND MOD(ID, 3) <> 0, MOD(ID, 5) = 0, MOD(ID, 10) = 0, "
                        + "CASE WHEN MOD(ID, 9) <> 0 THEN 'ТОО «Кузет»' END, MOD(ID, 2) = 0, MOD(ID, 4) = 0 FROM school");
        // The equipment's history (issue 21): what it was from the start, and for every sixth school a change this year.
        step(log, "school_equipment_history", o.schools() + o.schools() / 6,
                "INSERT INTO school_equipment_history (school_id, valid_from, panic_button, panic_button_connected, access_control, "
                        + "turnstiles, metal_detector, pa_system, guard_company, guard_contract_end) "
                        + "SELECT school_id, DATE '2000-01-01', panic_button, MOD(school_id, 6) <> 0 AND panic_button_connected, access_control, "
                        + "turnstiles, metal_detector, pa_system, guard_company, guard_contract_end FROM school_equipment "
                        + "UNION ALL SELECT school_id, DATEADD(DAY, -90, CAST(? AS DATE)), panic_button, panic_button_connected, access_control, "
                        + "turnstiles, metal_detector, pa_system, guard_company, guard_contract_end FROM school_equipment WHERE MOD(school_id, 6) = 0",
                o.today());

        int equipped = Math.max(1, (int) Math.round(o.schools() * (1 - o.schoolsWithoutCamerasShare())));
        // Camera X goes to school X mod equipped; the first camera of every equipped school works, so it counts as covered.
        chunkedStep(log, "camera", o.cameras(),
                "INSERT INTO camera (school_id, placement, view_area, status, installed_on, connection, zone, zone_number, technology, archive_days) "
                        + "SELECT ? + MOD(X, ?), CASE WHEN MOD(X, 5) < 2 THEN 'OUTDOOR' ELSE 'INDOOR' END, "
                        + "CASE MOD(X, 3) WHEN 0 THEN 'ENTRANCE' WHEN 1 THEN 'CORRIDOR' ELSE 'YARD' END, "
                        + "CASE WHEN X > ? AND MOD(X, 19) = 0 THEN 'FAULTY' ELSE 'WORKING' END, "
                        + "DATEADD(DAY, -MOD(X * 13, 2000), CAST(? AS DATE)), CASE WHEN MOD(X, 3) = 0 THEN 'COU' ELSE 'NONE' END, "
                        // Zones for the requirements (issue 21): entrances and floors numbered 1..3, the rest the grounds.
                        + "CASE MOD(X, 3) WHEN 0 THEN 'ENTRANCE' WHEN 1 THEN 'FLOOR' ELSE 'PERIMETER' END, "
                        + "CASE WHEN MOD(X, 3) < 2 THEN 1 + MOD(X / 3, 3) END, CASE WHEN MOD(X, 4) = 0 THEN 'ANALOG' ELSE 'DIGITAL' END, "
                        + "CASE WHEN MOD(X, 8) = 0 THEN 7 WHEN MOD(X, 29) = 0 THEN NULL ELSE 30 END "
                        + "FROM SYSTEM_RANGE(?, ?)",
                schoolMin, equipped, equipped, o.today());
        // The cameras' details as of any day: as entered from the start, and for every tenth camera a longer archive
        // from 200 days ago (it kept 7 days before).
        step(log, "camera_detail_history", o.cameras() + o.cameras() / 10,
                "INSERT INTO camera_detail_history (camera_id, valid_from, zone, zone_number, technology, archive_days, connection) "
                        + "SELECT ID, DATE '2000-01-01', zone, zone_number, technology, CASE WHEN MOD(ID, 10) = 0 THEN 7 ELSE archive_days END, "
                        + "connection FROM camera UNION ALL SELECT ID, DATEADD(DAY, -200, CAST(? AS DATE)), zone, zone_number, technology, "
                        + "archive_days, connection FROM camera WHERE MOD(ID, 10) = 0",
                o.today());
        // Faults: the faulty cameras' open ones, found up to 60 days ago, and a repaired one for every 23rd camera.
        step(log, "camera_fault", o.cameras() / 19 + o.cameras() / 23,
                "INSERT INTO camera_fault (camera_id, found_on, kind) SELECT ID, DATEADD(DAY, -MOD(ID, 60), CAST(? AS DATE)), "
                        + "CASE MOD(ID, 3) WHEN 0 THEN 'NOT_WORKING' WHEN 1 THEN 'NO_POWER' ELSE 'POOR_PICTURE' END FROM camera WHERE status = 'FAULTY'",
                o.today());
        step(log, "camera_fault repaired", o.cameras() / 23,
                "INSERT INTO camera_fault (camera_id, found_on, kind, repaired_on, repair_outcome) "
                        + "SELECT ID, DATEADD(DAY, -100 - MOD(ID, 200), CAST(? AS DATE)), 'NOT_WORKING', "
                        + "DATEADD(DAY, -90 - MOD(ID, 200) + MOD(ID, 9), CAST(? AS DATE)), 'REPAIRED' FROM camera WHERE MOD(ID, 23) = 0",
                o.today(), o.today());

        chunkedStep(log, "officer", o.officers(),
                "INSERT INTO officer (rank_id, last_name, first_name, middle_name, badge_number, district_id, position, active, is_demo) "
                        + "SELECT (SELECT ID FROM police_rank WHERE seniority = 6 + MOD(X, 5)), 'Инспектор' || X, 'Асан', 'Серикович', "
                        + "'N' || LPAD(CAST(X AS VARCHAR), 6, '0'), ? + MOD(X, ?), 'Инспектор ПДН', TRUE, TRUE FROM SYSTEM_RANGE(?, ?)",
                districtMin, districts);
        long officerMin = contiguousMin(dsl, OFFICER, OFFICER.ID);
        chunkedStep(log, "school_assignment", o.schools(),
                "INSERT INTO school_assignment (school_id, officer_id, assigned_from) SELECT ? + X - 1, ? + MOD(X - 1, ?), CAST(? AS DATE) "
                        + "FROM SYSTEM_RANGE(?, ?)",
                schoolMin, officerMin, o.officers(), o.today().minusYears(2));

        // Each officer visits his own schools: officer X mod n, school officer + n * k.
        int perOfficer = Math.max(1, o.schools() / o.officers());
        int purposeMin = dsl.select(min(VISIT_PURPOSE.ID)).from(VISIT_PURPOSE).fetchOne().value1();
        int purposes = dsl.fetchCount(VISIT_PURPOSE);
        chunkedStep(log, "school_visit", o.visits(),
                "INSERT INTO school_visit (officer_id, school_id, visited_at, purpose_id, findings, agreed_actions, created_at) "
                        + "SELECT ? + MOD(X, ?), ? + MOD(MOD(X, ?) + ? * MOD(X / ?, ?), ?), "
                        + "DATEADD(MINUTE, 480 + MOD(X * 7, 540), CAST(DATEADD(DAY, -MOD(X * 17, ?), CAST(? AS DATE)) AS TIMESTAMP)), "
                        + "? + MOD(X, ?), 'Замечаний нет', 'Продолжить профилактическую работу', LOCALTIMESTAMP(0) FROM SYSTEM_RANGE(?, ?)",
                officerMin, o.officers(), schoolMin, o.officers(), o.officers(), o.officers(), perOfficer, o.schools(),
                o.days(), o.today(), purposeMin, purposes);

        chunkedStep(log, "leisure_centre", o.leisureCentres(),
                "INSERT INTO leisure_centre (name, district_id, address, is_demo) SELECT 'Центр досуга №' || X, ? + MOD(X, ?), "
                        + "'мкр. Самал, ' || (1 + MOD(X, 80)), TRUE FROM SYSTEM_RANGE(?, ?)",
                districtMin, districts);
        long centreMin = contiguousMin(dsl, LEISURE_CENTRE, LEISURE_CENTRE.ID);
        step(log, "leisure_attendance", o.leisureCentres() * 12,
                "INSERT INTO leisure_attendance (leisure_centre_id, period_month, registered_teenagers, troubled_family_children) "
                        + "SELECT c.ID, DATEADD(MONTH, -r.X, CAST(? AS DATE)), MOD(c.ID * 7 + r.X, 15), MOD(c.ID * 5 + r.X, 10) "
                        + "FROM leisure_centre c CROSS JOIN SYSTEM_RANGE(0, 11) r",
                o.today().withDayOfMonth(1));

        int typeMin = dsl.select(min(EVENT_TYPE.ID)).from(EVENT_TYPE).fetchOne().value1();
        int types = dsl.fetchCount(EVENT_TYPE);
        long eventsBefore = dsl.select(max(OUTREACH_EVENT.ID)).from(OUTREACH_EVENT).fetchOptional(0, Long.class).orElse(0L);
        chunkedStep(log, "outreach_event", o.events(),
                "INSERT INTO outreach_event (event_type_id, held_on, school_id, leisure_centre_id, pupils, parents) "
                        + "SELECT ? + MOD(X, ?), DATEADD(DAY, -MOD(X * 11, ?), CAST(? AS DATE)), "
                        + "CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE ? + MOD(X * 7, ?) END, "
                        + "CASE WHEN MOD(X, 10) = 0 THEN ? + MOD(X, ?) END, 15 + MOD(X * 7, 250), MOD(X * 3, 60) FROM SYSTEM_RANGE(?, ?)",
                typeMin, types, o.days(), o.today(), schoolMin, o.schools(), centreMin, o.leisureCentres());
        step(log, "event_officer", o.events(),
                "INSERT INTO event_officer (event_id, officer_id) SELECT ID, ? + MOD(ID, ?) FROM outreach_event WHERE ID > ?",
                officerMin, o.officers(), eventsBefore);

        chunkedStep(log, "security_check", o.checks(),
                "INSERT INTO security_check (school_id, officer_id, checked_on, remarks) SELECT ? + MOD(X, ?), ? + MOD(X, ?), "
                        + "DATEADD(DAY, -MOD(X * 19, ?), CAST(? AS DATE)), 'Замечаний нет' FROM SYSTEM_RANGE(?, ?)",
                schoolMin, o.schools(), officerMin, o.officers(), o.days(), o.today());
        int kindMin = dsl.select(min(OFFENCE_KIND.ID)).from(OFFENCE_KIND).fetchOne().value1();
        int kinds = dsl.fetchCount(OFFENCE_KIND);
        chunkedStep(log, "offence", o.offences(),
                "INSERT INTO offence (school_id, occurred_on, offence_kind_id, location, cameras_helped) "
                        + "SELECT ? + MOD(X * 13, ?), DATEADD(DAY, -MOD(X * 23, ?), CAST(? AS DATE)), ? + MOD(X, ?), "
                        + "CASE WHEN MOD(X, 3) = 0 THEN 'GROUNDS' ELSE 'INSIDE' END, MOD(X, 2) = 0 FROM SYSTEM_RANGE(?, ?)",
                schoolMin, o.schools(), o.days(), o.today(), kindMin, kinds);
        long t = System.nanoTime();
        dsl.execute("ANALYZE");
        db.checkpoint();
        log.accept(String.format("analyze + checkpoint: %d ms", (System.nanoTime() - t) / 1_000_000));
    }

    /**
     * Runs {@code sql}, whose last two parameters are the bounds of {@code SYSTEM_RANGE(?, ?)}, over 1..rows in
     * chunks of {@code chunk} rows, each in its own transaction.
     */
    private void chunkedStep(Consumer<String> log, String table, int rows, String sql, Object... binds) {
        long t = System.nanoTime();
        for (int from = 1; from <= rows; from += chunk) {
            Object[] all = Arrays.copyOf(binds, binds.length + 2);
            all[binds.length] = from;
            all[binds.length + 1] = Math.min(rows, from + chunk - 1);
            db.writeBulk("generated " + table, cfg -> cfg.dsl().execute(sql, all));
        }
        String line = String.format("%-20s %,10d rows %7d ms", table, rows, (System.nanoTime() - t) / 1_000_000);
        LOG.info(line);
        log.accept(line);
    }

    private void step(Consumer<String> log, String table, int rows, String sql, Object... binds) {
        long t = System.nanoTime();
        db.writeBulk("generated " + table, cfg -> cfg.dsl().execute(sql, binds));
        String line = String.format("%-20s %,10d rows %7d ms", table, rows, (System.nanoTime() - t) / 1_000_000);
        LOG.info(line);
        log.accept(line);
    }

    /** The smallest id of a table whose ids must run without gaps (the generator computes ids from it). */
    private static long contiguousMin(DSLContext dsl, Table<?> table, Field<Long> id) {
        Record3<Long, Long, Integer> r = dsl.select(min(id), max(id), count()).from(table).fetchOne();
        if (r.value3() > 0 && r.value2() - r.value1() + 1 != r.value3()) {
            throw new IllegalStateException("Ids of " + table.getName() + " have gaps; generate into a new database");
        }
        return r.value1() == null ? 0 : r.value1();
    }
}
