// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.demo.DemoNames.pick;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CLUB;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.demo.DemoSchools.SchoolRow;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * Fills an empty database with a plausible Almaty: the figures of the city report (201 schools, 1602 cameras
 * of which 642 outdoor and 960 indoor in 190 schools, 11 without; 40 leisure centres attended by 293
 * registered teenagers and 205 children from troubled families this month) plus a dozen officers and a year
 * of visits, events, checks and offences. Every row is marked as demo data where the table allows it.
 * The generator is deterministic for a given seed and "today", so tests can rely on it: its parts
 * ({@link DemoSchools}, {@link DemoActivity}) draw from the one {@link Random}, in a fixed order.
 */
public final class DemoCitySeeder {

    /** What the demo city is made of; the report's figures by default. */
    public record Plan(int schools, int schoolsWithoutCameras, int outdoorCameras, int indoorCameras,
                       int officers, int leisureCentres, int registeredTeenagers, int troubledFamilyChildren,
                       int visitsPerOfficerPerMonth, int eventsPerMonth) {

        public static Plan almatyReport() {
            return new Plan(201, 11, 642, 960, 12, 40, 293, 205, 20, 90);
        }
    }

    private final Database db;
    private final Plan plan;
    private final LocalDate today;
    private final Random random;
    /** The draws of the cameras' details, faults and equipment (issue 21), apart so the rest of the city stays as it was. */
    private final Random protection;
    private final Random inspections;

    public DemoCitySeeder(Database db, Plan plan, LocalDate today, long seed) {
        this.db = db;
        this.plan = plan;
        this.today = today;
        this.random = new Random(seed);
        this.protection = new Random(seed * 31 + 21);
        this.inspections = new Random(seed * 37 + 22);
    }

    /** Inserts the whole city in one transaction; {@code progress} receives 0..1. */
    public void seed(DoubleConsumer progress) {
        // One audit entry for the whole city, not one per row: the rows are made up, not anybody's work.
        db.writeBulk("demo city", cfg -> {
            DSLContext dsl = cfg.dsl();
            List<Integer> districts = dsl.select(DISTRICT.ID).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER).fetch(DISTRICT.ID);
            progress.accept(0.05);
            List<Long> officers = insertOfficers(dsl, districts);
            Map<Long, Integer> officerDistrict = dsl.select(OFFICER.ID, OFFICER.DISTRICT_ID).from(OFFICER)
                    .where(OFFICER.ID.in(officers)).fetchMap(OFFICER.ID, OFFICER.DISTRICT_ID);
            DemoSchools city = new DemoSchools(plan, today, random);
            DemoActivity work = new DemoActivity(plan, today, random);
            List<SchoolRow> schools = city.insertSchools(dsl, districts);
            progress.accept(0.2);
            city.insertCameras(dsl, schools);
            city.insertEquipment(dsl, schools);
            new DemoProtection(today, protection).equip(dsl, schools);
            progress.accept(0.35);
            city.assignOfficers(dsl, schools, officers, officerDistrict);
            List<Long> centres = insertLeisureCentres(dsl, districts);
            progress.accept(0.45);
            work.insertVisits(dsl, schools, officers);
            progress.accept(0.65);
            work.insertEvents(dsl, schools, centres, officers);
            progress.accept(0.85);
            work.insertChecks(dsl, schools, officers);
            new DemoInspections(today, inspections).insert(dsl, schools, officers);
            work.insertOffences(dsl, schools);
            progress.accept(1.0);
            return null;
        });
    }

    private List<Long> insertOfficers(DSLContext dsl, List<Integer> districts) {
        Map<String, Integer> ranks = dsl.select(POLICE_RANK.NAME, POLICE_RANK.ID).from(POLICE_RANK).fetchMap(POLICE_RANK.NAME, POLICE_RANK.ID);
        List<String> rankPool = List.of("майор полиции", "капитан полиции", "капитан полиции", "старший лейтенант полиции",
                "старший лейтенант полиции", "лейтенант полиции", "подполковник полиции");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < plan.officers(); i++) {
            boolean female = random.nextInt(3) == 0;
            String rank = i == 0 ? "майор полиции" : pick(random, rankPool);
            var rec = dsl.newRecord(OFFICER);
            rec.setRankId(ranks.get(rank));
            if (i == 0) {
                rec.setLastName("Исин").setFirstName("Тимур").setMiddleName("Серикович");
            } else if (female) {
                rec.setLastName(pick(random, DemoNames.FEMALE_LAST)).setFirstName(pick(random, DemoNames.FEMALE_FIRST))
                        .setMiddleName(pick(random, DemoNames.FEMALE_MIDDLE));
            } else {
                rec.setLastName(pick(random, DemoNames.MALE_LAST)).setFirstName(pick(random, DemoNames.MALE_FIRST))
                        .setMiddleName(pick(random, DemoNames.MALE_MIDDLE));
            }
            rec.setBadgeNumber(String.format("%06d", 100_000 + i * 7_919 + random.nextInt(1000)));
            rec.setDistrictId(districts.get(i % districts.size()));
            rec.setPosition(i == 0 ? "Начальник отделения ПДН" : "Инспектор ПДН");
            rec.setPhone(String.format("+7 701 %03d %02d %02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100)));
            rec.setActive(true);
            rec.setIsDemo(true);
            rec.store();
            ids.add(rec.getId());
        }
        return ids;
    }

    private List<Long> insertLeisureCentres(DSLContext dsl, List<Integer> districts) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < plan.leisureCentres(); i++) {
            String base = DemoNames.CENTRE_NAMES.get(i % DemoNames.CENTRE_NAMES.size());
            String name = i < DemoNames.CENTRE_NAMES.size() ? base : base + " №" + (i / DemoNames.CENTRE_NAMES.size() + 1);
            var rec = dsl.newRecord(LEISURE_CENTRE)
                    .setName(name)
                    .setDistrictId(districts.get(i % districts.size()))
                    .setAddress(pick(random, DemoNames.MICRODISTRICTS) + ", " + (1 + random.nextInt(80)))
                    .setIsDemo(true);
            rec.store();
            ids.add(rec.getId());
            int clubs = 1 + random.nextInt(3);
            List<String> pool = new ArrayList<>(DemoNames.CLUBS);
            Collections.shuffle(pool, random);
            if (i % 4 == 0) {
                pool.remove(DemoNames.CLUBS.get(0));
                pool.add(0, DemoNames.CLUBS.get(0));
            }
            for (int c = 0; c < clubs; c++) {
                dsl.newRecord(LEISURE_CLUB).setLeisureCentreId(rec.getId()).setName(pool.get(c))
                        .setDescription(c == 0 && i % 4 == 0 ? "Совместно с Советом ветеранов «Сункар»" : null).store();
            }
        }
        // This month carries the report's figures; earlier months vary around them.
        List<TableRecord<?>> rows = new ArrayList<>();
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (int m = 0; m < 12; m++) {
            LocalDate month = thisMonth.minusMonths(m);
            int teens = m == 0 ? plan.registeredTeenagers() : plan.registeredTeenagers() - 30 + random.nextInt(60);
            int children = m == 0 ? plan.troubledFamilyChildren() : plan.troubledFamilyChildren() - 25 + random.nextInt(50);
            int[] t = partition(Math.max(0, teens), ids.size());
            int[] c = partition(Math.max(0, children), ids.size());
            for (int i = 0; i < ids.size(); i++) {
                rows.add(dsl.newRecord(LEISURE_ATTENDANCE).setLeisureCentreId(ids.get(i)).setPeriodMonth(month)
                        .setRegisteredTeenagers(t[i]).setTroubledFamilyChildren(c[i]));
            }
        }
        dsl.batchInsert(rows).execute();
        return ids;
    }

    /** {@code total} split over {@code n} slots, any of which may be 0. */
    private int[] partition(int total, int n) {
        int[] out = new int[n];
        for (int i = 0; i < total; i++) {
            out[random.nextInt(n)]++;
        }
        return out;
    }
}
