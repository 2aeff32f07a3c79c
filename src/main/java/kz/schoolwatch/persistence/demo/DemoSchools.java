// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.demo;

import static kz.schoolwatch.persistence.demo.DemoNames.pick;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.demo.DemoCitySeeder.Plan;
import kz.schoolwatch.persistence.jooq.tables.records.CameraRecord;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * The demo city's schools and what they have: the numbered schools of each district, their cameras (exactly the
 * plan's count, so the report's figures come out), their other equipment, and which officer covers each.
 */
final class DemoSchools {

    private static final int[] DISTRICT_WEIGHTS = {26, 27, 34, 30, 22, 18, 14, 30};

    private final Plan plan;
    private final LocalDate today;
    private final Random random;

    DemoSchools(Plan plan, LocalDate today, Random random) {
        this.plan = plan;
        this.today = today;
        this.random = random;
    }

    /** A school as the other parts of the city need it. */
    record SchoolRow(long id, int districtId) {
    }

    List<SchoolRow> insertSchools(DSLContext dsl, List<Integer> districts) {
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
    void insertCameras(DSLContext dsl, List<SchoolRow> schools) {
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
                .setConnection(connected ? "COU" : "NONE");
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

    void insertEquipment(DSLContext dsl, List<SchoolRow> schools) {
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

    void assignOfficers(DSLContext dsl, List<SchoolRow> schools, List<Long> officers, Map<Long, Integer> officerDistrict) {
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
}
