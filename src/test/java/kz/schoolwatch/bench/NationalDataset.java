// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateTimeAdd;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import kz.schoolwatch.persistence.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a national-scale dataset for benchmarks: by default 7,500 schools, 100,000 cameras, 2,000
 * officers, 1,000,000 visits over ten years and 200,000 events. Rows are made inside H2 by
 * {@code INSERT … SELECT … FROM SYSTEM_RANGE} through jOOQ, so a million visits take seconds, not minutes.
 * Every fourth-hundredth school is left without cameras, so coverage filters have something to find.
 *
 * <p>Run: {@code bench/dataset.sh DATA_DIR [schools cameras officers visits events]}.
 */
public final class NationalDataset {

    private static final Logger LOG = LoggerFactory.getLogger(NationalDataset.class);

    /** Sizes of the dataset. */
    public record Size(int schools, int cameras, int officers, int visits, int events) {
        public static Size national() {
            return new Size(7_500, 100_000, 2_000, 1_000_000, 200_000);
        }
    }

    private NationalDataset() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Size size = args.length >= 6
                ? new Size(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]))
                : Size.national();
        Database db = Database.open(folder);
        long t0 = System.nanoTime();
        generate(db, size, LocalDate.now());
        db.closeCompacted();
        LOG.info("Generated {} in {} ms into {}", size, (System.nanoTime() - t0) / 1_000_000, db.file());
    }

    /** Fills an empty database (reference rows only) with {@code size}. */
    public static void generate(Database db, Size size, LocalDate today) {
        long[] mins = db.write(cfg -> {
            DSLContext dsl = cfg.dsl();
            int districtMin = dsl.select(min(DISTRICT.ID)).from(DISTRICT).fetchOne().value1();
            int districts = dsl.fetchCount(DISTRICT);
            long schoolBase = nextId(dsl, SCHOOL.ID, SCHOOL);

            Table<Record1<Integer>> g = generateSeries(1, size.schools()).as("g", "x");
            Field<Integer> x = g.field("x", Integer.class);
            dsl.insertInto(SCHOOL, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.SCHOOL_TYPE, SCHOOL.DISTRICT_ID, SCHOOL.PUPILS,
                            SCHOOL.ADDRESS, SCHOOL.IS_DEMO)
                    .select(select(x, concat(inline("КГУ «Общеобразовательная школа №"), x.cast(String.class), inline("»")),
                            inline("GENERAL"), x.mod(districts).plus(districtMin), x.mul(37).mod(2000).plus(300),
                            concat(inline("ул. Абая, "), x.cast(String.class)), inline(true)).from(g))
                    .execute();
            long schoolMin = dsl.select(min(SCHOOL.ID)).from(SCHOOL).where(SCHOOL.ID.ge(schoolBase)).fetchOne().value1();

            Table<Record1<Integer>> o = generateSeries(1, size.officers()).as("o", "x");
            Field<Integer> ox = o.field("x", Integer.class);
            dsl.insertInto(OFFICER, OFFICER.RANK_ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.BADGE_NUMBER, OFFICER.DISTRICT_ID,
                            OFFICER.IS_DEMO)
                    .select(select(ox.mod(4).plus(6), concat(inline("Инспектор"), ox.cast(String.class)), inline("Ержан"),
                            concat(inline("N"), ox.cast(String.class)), ox.mod(districts).plus(districtMin), inline(true)).from(o))
                    .execute();
            long officerMin = dsl.select(min(OFFICER.ID)).from(OFFICER).fetchOne().value1();

            return new long[] {schoolMin, officerMin};
        });
        long schoolMin = mins[0];
        long officerMin = mins[1];
        // Large tables go in chunks: one huge transaction makes H2 keep every page of it until the commit.
        chunks(db, size.cameras(), (dsl, lo, hi) -> {
            // Cameras on every school whose number is not a multiple of 400: 2/5 outdoor, 1 in 17 faulty.
            Table<Record1<Integer>> c = generateSeries(lo, hi).as("c", "x");
            Field<Integer> cx = c.field("x", Integer.class);
            int coveredSchools = size.schools() - size.schools() / 400;
            Field<Integer> nth = cx.mod(coveredSchools);
            // Map the n-th covered school to its number: skip multiples of 400.
            Field<Long> schoolId = nth.plus(nth.div(399)).plus(1).cast(Long.class).plus(schoolMin - 1);
            dsl.insertInto(CAMERA, CAMERA.SCHOOL_ID, CAMERA.PLACEMENT, CAMERA.VIEW_AREA, CAMERA.STATUS, CAMERA.INSTALLED_ON,
                            CAMERA.CONNECTED_TO_COU)
                    .select(select(schoolId, when(cx.mod(5).lt(2), inline("OUTDOOR")).otherwise(inline("INDOOR")), inline("OTHER"),
                            when(cx.mod(17).eq(0), inline("FAULTY")).otherwise(inline("WORKING")), inline(today.minusYears(2)),
                            cx.mod(3).eq(0)).from(c))
                    .execute();
        });
        db.write(cfg -> {
            DSLContext dsl = cfg.dsl();
            dsl.insertInto(SCHOOL_EQUIPMENT, SCHOOL_EQUIPMENT.SCHOOL_ID, SCHOOL_EQUIPMENT.PANIC_BUTTON, SCHOOL_EQUIPMENT.GUARD_COMPANY,
                            SCHOOL_EQUIPMENT.GUARD_CONTRACT_END)
                    .select(select(SCHOOL.ID, SCHOOL.ID.mod(7).ne(0L), inline("ТОО «Кузет»"), inline(today.plusMonths(6)))
                            .from(SCHOOL).where(SCHOOL.ID.ge(schoolMin)))
                    .execute();
            dsl.insertInto(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.SCHOOL_ID, SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.ASSIGNED_FROM)
                    .select(select(SCHOOL.ID, SCHOOL.ID.mod(size.officers()).plus(officerMin), inline(today.minusYears(1)))
                            .from(SCHOOL).where(SCHOOL.ID.ge(schoolMin)))
                    .execute();
            dsl.insertInto(SECURITY_CHECK, SECURITY_CHECK.SCHOOL_ID, SECURITY_CHECK.OFFICER_ID, SECURITY_CHECK.CHECKED_ON)
                    .select(select(SCHOOL.ID, SCHOOL.ID.mod(size.officers()).plus(officerMin),
                            org.jooq.impl.DSL.localDateAdd(inline(today), SCHOOL.ID.mod(200).neg().cast(Integer.class)))
                            .from(SCHOOL).where(SCHOOL.ID.ge(schoolMin)))
                    .execute();

            return null;
        });
        // Visits over ten years, spread over officers, schools and hours of the working day.
        LocalDateTime start = today.minusYears(10).atTime(9, 0);
        long minutesSpan = java.time.Duration.between(start, today.atTime(9, 0)).toMinutes();
        chunks(db, size.visits(), (dsl, lo, hi) -> {
            Table<Record1<Integer>> v = generateSeries(lo, hi).as("v", "x");
            Field<Integer> vx = v.field("x", Integer.class);
            dsl.insertInto(SCHOOL_VISIT, SCHOOL_VISIT.OFFICER_ID, SCHOOL_VISIT.SCHOOL_ID, SCHOOL_VISIT.VISITED_AT, SCHOOL_VISIT.PURPOSE_ID,
                            SCHOOL_VISIT.FINDINGS)
                    .select(select(vx.mod(size.officers()).cast(Long.class).plus(officerMin), vx.mul(7).mod(size.schools()).cast(Long.class).plus(schoolMin),
                            localDateTimeAdd(inline(start), vx.cast(Long.class).mul(minutesSpan).div(size.visits()).cast(Integer.class),
                                    org.jooq.DatePart.MINUTE),
                            vx.mod(5).plus(1), inline("Нарушений не выявлено.")).from(v))
                    .execute();
        });
        chunks(db, size.events(), (dsl, lo, hi) -> {
            Table<Record1<Integer>> e = generateSeries(lo, hi).as("e", "x");
            Field<Integer> ex = e.field("x", Integer.class);
            dsl.insertInto(OUTREACH_EVENT, OUTREACH_EVENT.EVENT_TYPE_ID, OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.SCHOOL_ID,
                            OUTREACH_EVENT.PUPILS, OUTREACH_EVENT.PARENTS)
                    .select(select(ex.mod(8).plus(1),
                            org.jooq.impl.DSL.localDateAdd(inline(today.minusYears(10)), ex.cast(Long.class).mul(3650).div(size.events()).cast(Integer.class)),
                            ex.mul(13).mod(size.schools()).cast(Long.class).plus(schoolMin), ex.mod(200).plus(20), ex.mod(60)).from(e))
                    .execute();
        });
        db.write(cfg -> {
            DSLContext dsl = cfg.dsl();
            long eventMin = dsl.select(min(OUTREACH_EVENT.ID)).from(OUTREACH_EVENT).fetchOne().value1();
            dsl.insertInto(EVENT_OFFICER, EVENT_OFFICER.EVENT_ID, EVENT_OFFICER.OFFICER_ID)
                    .select(select(OUTREACH_EVENT.ID, OUTREACH_EVENT.ID.mod(size.officers()).plus(officerMin))
                            .from(OUTREACH_EVENT).where(OUTREACH_EVENT.ID.ge(eventMin)))
                    .execute();
            return null;
        });
    }

    /** Work on rows {@code lo..hi} (1-based, inclusive). */
    interface Chunk {
        void insert(DSLContext dsl, int lo, int hi);
    }

    private static void chunks(Database db, int total, Chunk chunk) {
        final int size = 50_000;
        for (int lo = 1; lo <= total; lo += size) {
            int from = lo;
            int to = Math.min(total, lo + size - 1);
            db.write(cfg -> {
                chunk.insert(cfg.dsl(), from, to);
                return null;
            });
        }
    }

    private static <T extends Number> long nextId(DSLContext dsl, Field<T> id, Table<?> table) {
        T current = dsl.select(max(id)).from(table).fetchOne().value1();
        return current == null ? 0 : current.longValue() + 1;
    }
}
