// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.demo.DemoNames.pick;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CLUB;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK_FINDING;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.jooq.tables.records.CameraRecord;
import kz.schoolwatch.persistence.jooq.tables.records.SchoolVisitRecord;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * Fills an empty database with a plausible Almaty: the figures of the city report (201 schools, 1602 cameras
 * of which 642 outdoor and 960 indoor in 190 schools, 11 without; 40 leisure centres attended by 293
 * registered teenagers and 205 children from troubled families this month) plus a dozen officers and a year
 * of visits, events, checks and offences. Every row is marked as demo data where the table allows it.
 * The generator is deterministic for a given seed and "today", so tests can rely on it.
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

    private static final int[] DISTRICT_WEIGHTS = {26, 27, 34, 30, 22, 18, 14, 30};

    private final Database db;
    private final Plan plan;
    private final LocalDate today;
    private final Random random;

    public DemoCitySeeder(Database db, Plan plan, LocalDate today, long seed) {
        this.db = db;
        this.plan = plan;
        this.today = today;
        this.random = new Random(seed);
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
            List<SchoolRow> schools = insertSchools(dsl, districts);
            progress.accept(0.2);
            insertCameras(dsl, schools);
            insertEquipment(dsl, schools);
            progress.accept(0.35);
            assignOfficers(dsl, schools, officers, officerDistrict);
            List<Long> centres = insertLeisureCentres(dsl, districts);
            progress.accept(0.45);
            insertVisits(dsl, schools, officers);
            progress.accept(0.65);
            insertEvents(dsl, schools, centres, officers);
            progress.accept(0.85);
            insertChecks(dsl, schools, officers);
            insertOffences(dsl, schools);
            progress.accept(1.0);
            return null;
        });
    }

    private record SchoolRow(long id, int districtId) {
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

    private List<SchoolRow> insertSchools(DSLContext dsl, List<Integer> districts) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; numbers.size() < plan.schools(); n++) {
            if (random.nextInt(10) < 8) {
                numbers.add(n);
            }
        }
        int weightSum = 0;
        for (int w : DISTRICT_WEIGHTS) {
            weightSum += w;
        }
        List<SchoolRow> rows = new ArrayList<>();
        for (int number : numbers) {
            SchoolType type = pickType();
            int r = random.nextInt(weightSum);
            int d = 0;
            while (r >= DISTRICT_WEIGHTS[d % DISTRICT_WEIGHTS.length]) {
                r -= DISTRICT_WEIGHTS[d % DISTRICT_WEIGHTS.length];
                d++;
            }
            int districtId = districts.get(d % districts.size());
            boolean female = random.nextBoolean();
            String director = female
                    ? pick(random, DemoNames.FEMALE_LAST) + " " + pick(random, DemoNames.FEMALE_FIRST) + " " + pick(random, DemoNames.FEMALE_MIDDLE)
                    : pick(random, DemoNames.MALE_LAST) + " " + pick(random, DemoNames.MALE_FIRST) + " " + pick(random, DemoNames.MALE_MIDDLE);
            String address = random.nextBoolean()
                    ? pick(random, DemoNames.STREETS) + ", " + (1 + random.nextInt(300))
                    : pick(random, DemoNames.MICRODISTRICTS) + ", " + (1 + random.nextInt(60));
            var rec = dsl.newRecord(SCHOOL)
                    .setSchoolNumber(number)
                    .setName(schoolName(type, number))
                    .setSchoolType(type.name())
                    .setOwnership(random.nextInt(20) == 0 ? "PRIVATE" : "STATE")
                    .setTeachingLanguage(pick(random, List.of("KAZAKH", "KAZAKH", "RUSSIAN", "KAZAKH_RUSSIAN", "KAZAKH_RUSSIAN")))
                    .setDistrictId(districtId)
                    .setAddress(address)
                    .setDirectorName(director)
                    .setPhone(String.format("+7 727 %03d %02d %02d", 200 + random.nextInt(700), random.nextInt(100), random.nextInt(100)))
                    .setPupils(400 + random.nextInt(2400))
                    .setIsDemo(true);
            rec.store();
            rows.add(new SchoolRow(rec.getId(), districtId));
        }
        return rows;
    }

    private SchoolType pickType() {
        int r = random.nextInt(100);
        if (r < 55) {
            return SchoolType.GENERAL;
        } else if (r < 70) {
            return SchoolType.SCHOOL_GYMNASIUM;
        } else if (r < 80) {
            return SchoolType.GYMNASIUM;
        } else if (r < 88) {
            return SchoolType.SCHOOL_LYCEUM;
        } else if (r < 95) {
            return SchoolType.LYCEUM;
        }
        return SchoolType.SPECIALISED;
    }

    private String schoolName(SchoolType type, int number) {
        return switch (type) {
            case GENERAL -> "КГУ «Общеобразовательная школа №" + number + "»";
            case SCHOOL_GYMNASIUM -> "КГУ «Школа-гимназия №" + number + "»";
            case GYMNASIUM -> "КГУ «Гимназия №" + number + "»";
            case SCHOOL_LYCEUM -> "КГУ «Школа-лицей №" + number + "»";
            case LYCEUM -> "КГУ «Лицей №" + number + "»";
            case SPECIALISED -> "КГУ «Специализированная гимназия №" + number + " " + pick(random, DemoNames.HONOURED_NAMES) + "»";
        };
    }

    /** Spreads the cameras so that exactly {@code schoolsWithoutCameras} schools get none and every other school has a working one. */
    private void insertCameras(DSLContext dsl, List<SchoolRow> schools) {
        List<SchoolRow> shuffled = new ArrayList<>(schools);
        Collections.shuffle(shuffled, random);
        List<SchoolRow> equipped = shuffled.subList(plan.schoolsWithoutCameras(), shuffled.size());
        int n = equipped.size();
        int[] outdoor = spread(plan.outdoorCameras(), n);
        int[] indoor = spread(plan.indoorCameras(), n);
        List<CameraRecord> cameras = new ArrayList<>();
        CameraViewArea[] outdoorAreas = {CameraViewArea.ENTRANCE, CameraViewArea.YARD, CameraViewArea.PERIMETER};
        CameraViewArea[] indoorAreas = {CameraViewArea.CORRIDOR, CameraViewArea.STAIRS, CameraViewArea.ENTRANCE,
                CameraViewArea.CANTEEN, CameraViewArea.GYM, CameraViewArea.CLASSROOM};
        for (int i = 0; i < n; i++) {
            long schoolId = equipped.get(i).id();
            LocalDate installed = today.minusDays(60 + random.nextInt(6 * 365));
            boolean connected = random.nextInt(5) < 2;
            for (int k = 0; k < outdoor[i]; k++) {
                cameras.add(camera(dsl, schoolId, CameraPlacement.OUTDOOR, outdoorAreas[k % outdoorAreas.length],
                        random.nextInt(100) < 6 ? CameraStatus.FAULTY : CameraStatus.WORKING, installed, connected));
            }
            for (int k = 0; k < indoor[i]; k++) {
                // The first indoor camera of a school always works: the school counts as covered.
                CameraStatus status = k > 0 && random.nextInt(100) < 5 ? CameraStatus.FAULTY : CameraStatus.WORKING;
                cameras.add(camera(dsl, schoolId, CameraPlacement.INDOOR, indoorAreas[k % indoorAreas.length], status,
                        k < 2 ? installed : addedLater(installed), connected));
            }
        }
        dsl.batchInsert(cameras).execute();
    }

    /** Schools add cameras over time; some arrive in recent months, so month-on-month changes show. */
    private LocalDate addedLater(LocalDate firstInstall) {
        LocalDate later = firstInstall.plusDays(random.nextInt(400));
        return later.isAfter(today) ? today.minusDays(random.nextInt(40)) : later;
    }

    private CameraRecord camera(DSLContext dsl, long schoolId, CameraPlacement placement, CameraViewArea area,
                                CameraStatus status, LocalDate installed, boolean connected) {
        return dsl.newRecord(CAMERA)
                .setSchoolId(schoolId)
                .setPlacement(placement.name())
                .setViewArea(area.name())
                .setStatus(status.name())
                .setInstalledOn(installed)
                .setConnectedToCou(connected);
    }

    /** {@code total} split over {@code n} slots, each at least 1, the rest at random. */
    private int[] spread(int total, int n) {
        int[] out = new int[n];
        int left = total;
        for (int i = 0; i < n && left > 0; i++) {
            out[i] = 1;
            left--;
        }
        while (left > 0) {
            out[random.nextInt(n)]++;
            left--;
        }
        return out;
    }

    /** {@code total} split over {@code n} slots, any of which may be 0. */
    private int[] partition(int total, int n) {
        int[] out = new int[n];
        for (int i = 0; i < total; i++) {
            out[random.nextInt(n)]++;
        }
        return out;
    }

    private void insertEquipment(DSLContext dsl, List<SchoolRow> schools) {
        List<TableRecord<?>> rows = new ArrayList<>();
        for (SchoolRow s : schools) {
            boolean panic = random.nextInt(100) < 85;
            boolean guard = random.nextInt(100) < 90;
            rows.add(dsl.newRecord(SCHOOL_EQUIPMENT)
                    .setSchoolId(s.id())
                    .setPanicButton(panic)
                    .setPanicButtonConnected(panic && random.nextInt(100) < 70)
                    .setAccessControl(random.nextInt(100) < 20)
                    .setMetalDetector(random.nextInt(100) < 10)
                    .setGuardCompany(guard ? pick(random, List.of("ТОО «Кузет-Алматы»", "ТОО «Қорған Секьюрити»", "ТОО «Барыс-Охрана»")) : null)
                    .setGuardContractEnd(guard ? today.plusDays(random.nextInt(400) - 20) : null)
                    .setPaSystem(random.nextInt(100) < 60));
        }
        dsl.batchInsert(rows).execute();
    }

    private void assignOfficers(DSLContext dsl, List<SchoolRow> schools, List<Long> officers, Map<Long, Integer> officerDistrict) {
        Map<Integer, List<Long>> byDistrict = new HashMap<>();
        officers.forEach(o -> byDistrict.computeIfAbsent(officerDistrict.get(o), k -> new ArrayList<>()).add(o));
        LocalDate handover = today.minusMonths(14).withDayOfMonth(1);
        List<TableRecord<?>> rows = new ArrayList<>();
        for (SchoolRow s : schools) {
            List<Long> local = byDistrict.getOrDefault(s.districtId(), officers);
            long current = local.get(random.nextInt(local.size()));
            if (random.nextInt(5) == 0) {
                // An earlier officer, transferred: the history officers hand over.
                long earlier = officers.get(random.nextInt(officers.size()));
                rows.add(dsl.newRecord(SCHOOL_ASSIGNMENT).setSchoolId(s.id()).setOfficerId(earlier)
                        .setAssignedFrom(handover.minusYears(2)).setAssignedTo(handover.minusDays(1)));
            }
            rows.add(dsl.newRecord(SCHOOL_ASSIGNMENT).setSchoolId(s.id()).setOfficerId(current).setAssignedFrom(handover));
        }
        dsl.batchInsert(rows).execute();
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

    private void insertVisits(DSLContext dsl, List<SchoolRow> schools, List<Long> officers) {
        List<Integer> purposes = dsl.select(VISIT_PURPOSE.ID).from(VISIT_PURPOSE).orderBy(VISIT_PURPOSE.SORT_ORDER).fetch(VISIT_PURPOSE.ID);
        Map<Long, List<Long>> schoolsOf = new HashMap<>();
        dsl.select(SCHOOL_ASSIGNMENT.OFFICER_ID, SCHOOL_ASSIGNMENT.SCHOOL_ID).from(SCHOOL_ASSIGNMENT)
                .where(SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())
                .forEach(r -> schoolsOf.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<SchoolVisitRecord> visits = new ArrayList<>();
        LocalDate start = today.minusYears(1).plusDays(1);
        for (long officer : officers) {
            List<Long> own = schoolsOf.getOrDefault(officer, List.of(schools.get(0).id()));
            int total = plan.visitsPerOfficerPerMonth() * 12;
            for (int v = 0; v < total; v++) {
                LocalDate day = start.plusDays(random.nextInt(365));
                if (day.getDayOfWeek().getValue() > 5) {
                    day = day.minusDays(day.getDayOfWeek().getValue() - 5L);
                }
                LocalDateTime at = LocalDateTime.of(day, LocalTime.of(8 + random.nextInt(9), random.nextInt(4) * 15));
                visits.add(dsl.newRecord(SCHOOL_VISIT)
                        .setOfficerId(officer)
                        .setSchoolId(own.get(random.nextInt(own.size())))
                        .setVisitedAt(at)
                        .setPurposeId(purposes.get(random.nextInt(purposes.size())))
                        .setFindings(pick(random, DemoNames.VISIT_FINDINGS))
                        .setAgreedActions(pick(random, DemoNames.VISIT_ACTIONS))
                        .setCreatedAt(at.plusHours(2)));
            }
        }
        dsl.batchInsert(visits).execute();
    }

    private void insertEvents(DSLContext dsl, List<SchoolRow> schools, List<Long> centres, List<Long> officers) {
        List<Integer> types = dsl.select(EVENT_TYPE.ID).from(EVENT_TYPE).orderBy(EVENT_TYPE.SORT_ORDER).fetch(EVENT_TYPE.ID);
        List<Long> partners = dsl.select(PARTNER.ID).from(PARTNER).orderBy(PARTNER.ID).fetch(PARTNER.ID);
        LocalDate start = today.minusYears(1).plusDays(1);
        int total = plan.eventsPerMonth() * 12;
        List<TableRecord<?>> links = new ArrayList<>();
        for (int e = 0; e < total; e++) {
            // Every type appears every month: cycle through the types, then vary the rest.
            int typeIndex = e % types.size();
            boolean atCentre = typeIndex == types.size() - 1 || random.nextInt(100) < 12;
            int parents = typeIndex == 0 ? 40 + random.nextInt(160) : random.nextInt(40);
            var rec = dsl.newRecord(OUTREACH_EVENT)
                    .setEventTypeId(types.get(typeIndex))
                    .setTitle(typeIndex == 5 || typeIndex == 6 ? pick(random, DemoNames.EVENT_TITLES) : null)
                    .setHeldOn(start.plusDays(random.nextInt(365)))
                    .setSchoolId(atCentre ? null : schools.get(random.nextInt(schools.size())).id())
                    .setLeisureCentreId(atCentre ? centres.get(random.nextInt(centres.size())) : null)
                    .setPupils(15 + random.nextInt(250))
                    .setParents(parents)
                    .setNotes(null);
            rec.store();
            int partnerCount = 1 + random.nextInt(2);
            List<Long> chosen = new ArrayList<>(partners);
            Collections.shuffle(chosen, random);
            for (int p = 0; p < partnerCount; p++) {
                links.add(dsl.newRecord(EVENT_PARTNER).setEventId(rec.getId()).setPartnerId(chosen.get(p)));
            }
            long first = officers.get(random.nextInt(officers.size()));
            links.add(dsl.newRecord(EVENT_OFFICER).setEventId(rec.getId()).setOfficerId(first));
            if (random.nextInt(3) == 0) {
                long second = officers.get(random.nextInt(officers.size()));
                if (second != first) {
                    links.add(dsl.newRecord(EVENT_OFFICER).setEventId(rec.getId()).setOfficerId(second));
                }
            }
        }
        dsl.batchInsert(links).execute();
    }

    private void insertChecks(DSLContext dsl, List<SchoolRow> schools, List<Long> officers) {
        String[] items = {"CAMERAS", "PANIC_BUTTON", "ACCESS_CONTROL", "METAL_DETECTOR", "GUARD", "PA_SYSTEM"};
        List<TableRecord<?>> findings = new ArrayList<>();
        for (SchoolRow s : schools) {
            int checks = random.nextInt(4);
            for (int c = 0; c < checks; c++) {
                var rec = dsl.newRecord(SECURITY_CHECK)
                        .setSchoolId(s.id())
                        .setOfficerId(officers.get(random.nextInt(officers.size())))
                        .setCheckedOn(today.minusDays(random.nextInt(365)))
                        .setRemarks(pick(random, DemoNames.CHECK_REMARKS));
                rec.store();
                for (String item : items) {
                    int r = random.nextInt(100);
                    findings.add(dsl.newRecord(SECURITY_CHECK_FINDING).setCheckId(rec.getId()).setItem(item)
                            .setResult(r < 75 ? "OK" : r < 90 ? "DEFECT" : "ABSENT"));
                }
            }
        }
        dsl.batchInsert(findings).execute();
    }

    private void insertOffences(DSLContext dsl, List<SchoolRow> schools) {
        var kinds = dsl.select(OFFENCE_KIND.ID, OFFENCE_KIND.NAME).from(OFFENCE_KIND).orderBy(OFFENCE_KIND.SORT_ORDER).fetch();
        List<TableRecord<?>> rows = new ArrayList<>();
        LocalDate start = today.minusYears(1).plusDays(1);
        for (int i = 0; i < 60; i++) {
            long school = schools.get(random.nextInt(schools.size())).id();
            LocalDate day = start.plusDays(random.nextInt(365));
            var kind = kinds.get(random.nextInt(kinds.size()));
            String location = random.nextInt(3) == 0 ? "GROUNDS" : "INSIDE";
            // The description is one of its kind's (a kind renamed before the demo was loaded falls back to «Иное»).
            List<String> notes = DemoNames.OFFENCE_NOTES.getOrDefault(kind.value2(), DemoNames.OFFENCE_NOTES.get("Иное"));
            String note = notes.get(random.nextInt(DemoNames.OFFENCE_NOTE_DRAW) % notes.size());
            rows.add(dsl.newRecord(OFFENCE)
                    .setSchoolId(school)
                    .setOccurredOn(day)
                    .setOffenceKindId(kind.value1())
                    .setLocation(location)
                    .setDescription(note)
                    .setCamerasHelped(random.nextBoolean()));
        }
        dsl.batchInsert(rows).execute();
    }
}
