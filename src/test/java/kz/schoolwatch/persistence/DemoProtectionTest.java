// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_DETAIL_HISTORY;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_EQUIPMENT_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.domain.SchoolFacts;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.compliance.ComplianceRules;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo city's protection (issue 21): its schools' entrances and floors, its cameras' details with a year of
 * history, faults and repairs, and a plausible spread of compliance with the shipped requirements.
 */
class DemoProtectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path folder;
    private static Database db;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.open(folder);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
        long started = System.nanoTime();
        assertThat(new DemoCityService(db, new CityStatsRepository(db), clock, TestDatabases.admin()).loadIfEmpty(p -> { })).isTrue();
        System.out.println("demo city seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everySchoolHasItsBuildingAndEveryCameraItsDetailsAndHistory() {
        DSLContext dsl = db.dsl();
        assertThat(dsl.fetchCount(SCHOOL, SCHOOL.ENTRANCES.between(1, 4).and(SCHOOL.FLOORS.between(2, 4)))).isEqualTo(201);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.ZONE.eq("ENTRANCE").and(CAMERA.ZONE_NUMBER.isNotNull()))).isGreaterThan(300);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.ZONE.eq("FLOOR"))).isGreaterThan(300);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.ZONE.eq("PERIMETER").and(CAMERA.PLACEMENT.eq("OUTDOOR")))).isGreaterThan(100);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.TECHNOLOGY.eq("ANALOG"))).isGreaterThan(100);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.ARCHIVE_DAYS.eq(30))).isGreaterThan(800);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.ARCHIVE_DAYS.lt(30))).isGreaterThan(100);
        int cou = dsl.fetchCount(CAMERA, CAMERA.CONNECTION.eq("COU"));
        assertThat(cou).isBetween(400, 900);
        assertThat(dsl.fetchCount(CAMERA, CAMERA.CONNECTION.eq("SERGEK"))).isPositive();
        assertThat(dsl.fetchCount(CAMERA, CAMERA.CONNECTION.eq("DUTY_UNIT"))).isPositive();
        assertThat(dsl.fetchCount(CAMERA, CAMERA.LAST_CHECKED_ON.isNotNull())).isGreaterThan(1000);
        // Every camera has its details from its installation; some changed during the year.
        assertThat(dsl.selectCount().from(CAMERA).whereNotExists(dsl.selectOne().from(CAMERA_DETAIL_HISTORY)
                .where(CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(CAMERA.ID))).fetchOne(0, Integer.class)).isZero();
        assertThat(dsl.fetchCount(CAMERA_DETAIL_HISTORY, CAMERA_DETAIL_HISTORY.ARCHIVE_DAYS.eq(14)
                .and(CAMERA_DETAIL_HISTORY.VALID_FROM.lt(TODAY.minusMonths(6))))).isGreaterThan(50);
        assertThat(dsl.fetchCount(CAMERA_DETAIL_HISTORY)).isGreaterThan(1602);
        assertThat(dsl.fetchCount(SCHOOL_EQUIPMENT, SCHOOL_EQUIPMENT.TURNSTILES.isTrue())).isBetween(15, 120);
        assertThat(dsl.fetchCount(SCHOOL_EQUIPMENT_HISTORY)).isGreaterThan(201);
    }

    @Test
    void faultsAreOpenOnTheFaultyCamerasAndRepairedInOneToSixtyDays() {
        DSLContext dsl = db.dsl();
        int faulty = dsl.fetchCount(CAMERA, CAMERA.STATUS.eq("FAULTY"));
        assertThat(dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.REPAIRED_ON.isNull())).isEqualTo(faulty);
        assertThat(dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.REPAIRED_ON.isNull().and(CAMERA_FAULT.FOUND_ON.lt(TODAY.minusDays(14)))))
                .isPositive().isLessThan(faulty);
        List<Long> days = dsl.select(CAMERA_FAULT.FOUND_ON, CAMERA_FAULT.REPAIRED_ON).from(CAMERA_FAULT)
                .where(CAMERA_FAULT.REPAIRED_ON.isNotNull()).fetch(r -> ChronoUnit.DAYS.between(r.value1(), r.value2()));
        assertThat(days).hasSizeGreaterThan(200).allMatch(d -> d >= 1 && d <= 60);
        assertThat(days.stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThan(40);
        assertThat(dsl.fetchCount(CAMERA_FAULT, CAMERA_FAULT.FOUND_ON.lt(TODAY.minusYears(1)))).isZero();
    }

    @Test
    void someSchoolsMeetEveryRequirementManySomeAndThoseWithoutCamerasNone() {
        RequirementSet set = new RequirementRepository(db).validOn(TODAY).orElseThrow();
        ComplianceRules rules = new ComplianceRules(true);
        Map<ComplianceStatus, Integer> byStatus = new HashMap<>();
        int withoutCamerasMet = 0;
        int itemsMetSum = 0;
        for (SchoolFacts facts : today()) {
            SchoolCompliance judged = rules.judge(facts, set);
            byStatus.merge(judged.status(), 1, Integer::sum);
            itemsMetSum += judged.count(ComplianceStatus.MET);
            if (facts.cameras().isEmpty()) {
                assertThat(judged.status()).isEqualTo(ComplianceStatus.NOT_MET);
                withoutCamerasMet += (int) judged.count(ComplianceStatus.MET);
            }
        }
        System.out.println("demo compliance today: " + byStatus + ", items met on average " + itemsMetSum / 201.0);
        assertThat(byStatus.getOrDefault(ComplianceStatus.MET, 0)).isBetween(5, 40);
        assertThat(byStatus.getOrDefault(ComplianceStatus.NOT_MET, 0)).isGreaterThan(120);
        assertThat(withoutCamerasMet / 11.0).as("items met by a school without cameras").isLessThan(itemsMetSum / 201.0);
    }

    /** Each school's facts today, read plainly from the tables. */
    private static List<SchoolFacts> today() {
        DSLContext dsl = db.dsl();
        Map<Long, List<SchoolFacts.CameraFacts>> cameras = new HashMap<>();
        dsl.select(CAMERA.ID, CAMERA.SCHOOL_ID, CAMERA.ZONE, CAMERA.ZONE_NUMBER, CAMERA.ARCHIVE_DAYS, CAMERA.CONNECTION, CAMERA.STATUS)
                .from(CAMERA).fetch().forEach(r -> cameras.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(
                        new SchoolFacts.CameraFacts(r.value1(), CameraZone.valueOf(r.value3()), r.value4(), r.value5(),
                                CameraConnection.valueOf(r.value6()), !"FAULTY".equals(r.value7()))));
        Map<Long, SchoolFacts.EquipmentFacts> equipment = new HashMap<>();
        dsl.selectFrom(SCHOOL_EQUIPMENT).fetch().forEach(e -> equipment.put(e.getSchoolId(), new SchoolFacts.EquipmentFacts(
                e.getPanicButton(), e.getPanicButtonConnected(), e.getAccessControl(), e.getTurnstiles(), e.getPaSystem(),
                e.getGuardCompany(), e.getGuardContractEnd())));
        return dsl.selectFrom(SCHOOL).fetch(s -> new SchoolFacts(s.getId(), s.getSchoolNumber(), s.getName(), s.getDistrictId(),
                SchoolType.valueOf(s.getSchoolType()), s.getPupils(), s.getEntrances(), s.getFloors(), equipment.get(s.getId()),
                cameras.getOrDefault(s.getId(), List.of()), TODAY));
    }
}
