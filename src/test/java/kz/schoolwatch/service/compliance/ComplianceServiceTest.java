// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.compliance;

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

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's compliance as of past days, read from the history of its cameras, faults and equipment, on both engines. */
class ComplianceServiceTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    abstract static class Cases extends EngineCases {

        private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
        private static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);
        private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private Database db;
        private ComplianceService compliance;
        private long school;

        @BeforeEach
        void open() throws Exception {
            db = databases.open(engine, folder);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
            SettingsRepository settings = new SettingsRepository(db);
            settings.put(ComplianceService.REGIONAL_CENTRE, "false");
            compliance = new ComplianceService(db, settings, clock);
            school = new TestRows(db).school(150, 4);
            db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 900).set(SCHOOL.ENTRANCES, 1).set(SCHOOL.FLOORS, 1)
                    .where(SCHOOL.ID.eq(school)).execute();
            // Equipment: turnstiles only from 20 October.
            db.dsl().insertInto(SCHOOL_EQUIPMENT).set(SCHOOL_EQUIPMENT.SCHOOL_ID, school).set(SCHOOL_EQUIPMENT.PANIC_BUTTON, true)
                    .set(SCHOOL_EQUIPMENT.PANIC_BUTTON_CONNECTED, true).set(SCHOOL_EQUIPMENT.ACCESS_CONTROL, true)
                    .set(SCHOOL_EQUIPMENT.TURNSTILES, true).set(SCHOOL_EQUIPMENT.PA_SYSTEM, true)
                    .set(SCHOOL_EQUIPMENT.GUARD_COMPANY, "ТОО «Кузет»").execute();
            equipmentFrom(LocalDate.of(2024, 1, 10), false);
            equipmentFrom(LocalDate.of(2026, 10, 20), true);
            // The entrance camera kept 14 days of recordings until 15 October, 30 since.
            long entrance = camera(CameraZone.ENTRANCE, 1, LocalDate.of(2025, 1, 1), 30, CameraPlacement.OUTDOOR);
            history(entrance, LocalDate.of(2000, 1, 1), CameraZone.ENTRANCE, 1, 14);
            history(entrance, LocalDate.of(2026, 10, 15), CameraZone.ENTRANCE, 1, 30);
            // The floor camera was out of order from 20 September to 5 October.
            long floor = camera(CameraZone.FLOOR, 1, LocalDate.of(2025, 1, 1), 30, CameraPlacement.INDOOR);
            db.dsl().insertInto(CAMERA_FAULT).set(CAMERA_FAULT.CAMERA_ID, floor).set(CAMERA_FAULT.FOUND_ON, LocalDate.of(2026, 9, 20))
                    .set(CAMERA_FAULT.KIND, "NO_POWER").set(CAMERA_FAULT.REPAIRED_ON, LocalDate.of(2026, 10, 5))
                    .set(CAMERA_FAULT.REPAIR_OUTCOME, "REPAIRED").execute();
            // The courtyard camera went up on 1 October.
            camera(CameraZone.PERIMETER, null, LocalDate.of(2026, 10, 1), 30, CameraPlacement.OUTDOOR);
        }

        private void equipmentFrom(LocalDate day, boolean turnstiles) {
            db.dsl().insertInto(SCHOOL_EQUIPMENT_HISTORY).set(SCHOOL_EQUIPMENT_HISTORY.SCHOOL_ID, school)
                    .set(SCHOOL_EQUIPMENT_HISTORY.VALID_FROM, day).set(SCHOOL_EQUIPMENT_HISTORY.PANIC_BUTTON, true)
                    .set(SCHOOL_EQUIPMENT_HISTORY.PANIC_BUTTON_CONNECTED, true).set(SCHOOL_EQUIPMENT_HISTORY.ACCESS_CONTROL, true)
                    .set(SCHOOL_EQUIPMENT_HISTORY.TURNSTILES, turnstiles).set(SCHOOL_EQUIPMENT_HISTORY.METAL_DETECTOR, false)
                    .set(SCHOOL_EQUIPMENT_HISTORY.PA_SYSTEM, true).set(SCHOOL_EQUIPMENT_HISTORY.GUARD_COMPANY, "ТОО «Кузет»").execute();
        }

        private long camera(CameraZone zone, Integer number, LocalDate installed, int archive, CameraPlacement placement) {
            return db.dsl().insertInto(CAMERA).set(CAMERA.SCHOOL_ID, school).set(CAMERA.PLACEMENT, placement.name())
                    .set(CAMERA.INSTALLED_ON, installed).set(CAMERA.ZONE, zone.name()).set(CAMERA.ZONE_NUMBER, number)
                    .set(CAMERA.ARCHIVE_DAYS, archive).set(CAMERA.CONNECTION, "COU")
                    .returning(CAMERA.ID).fetchOne(CAMERA.ID);
        }

        private void history(long camera, LocalDate from, CameraZone zone, Integer number, int archive) {
            db.dsl().insertInto(CAMERA_DETAIL_HISTORY).set(CAMERA_DETAIL_HISTORY.CAMERA_ID, camera)
                    .set(CAMERA_DETAIL_HISTORY.VALID_FROM, from).set(CAMERA_DETAIL_HISTORY.ZONE, zone.name())
                    .set(CAMERA_DETAIL_HISTORY.ZONE_NUMBER, number).set(CAMERA_DETAIL_HISTORY.ARCHIVE_DAYS, archive)
                    .set(CAMERA_DETAIL_HISTORY.CONNECTION, "COU").execute();
        }

        private static ComplianceStatus status(SchoolCompliance c, RequirementRule rule) {
            return c.items().stream().filter(i -> i.item().rule() == rule).map(ItemCompliance::status).findFirst().orElseThrow();
        }

        @Test
        void theQuarterEndIsJudgedFromTheHistoryAndTodayFromWhatIsNow() {
            SchoolCompliance then = compliance.forSchool(school, QUARTER_END);
            assertThat(status(then, RequirementRule.ARCHIVE_DAYS)).isEqualTo(ComplianceStatus.NOT_MET);
            assertThat(status(then, RequirementRule.CAMERAS_IN_ORDER)).isEqualTo(ComplianceStatus.NOT_MET);
            assertThat(status(then, RequirementRule.CAMERA_ON_EVERY_FLOOR)).isEqualTo(ComplianceStatus.NOT_MET);
            assertThat(status(then, RequirementRule.CAMERA_COVERS_GROUNDS)).isEqualTo(ComplianceStatus.NOT_MET);
            assertThat(status(then, RequirementRule.TURNSTILES)).isEqualTo(ComplianceStatus.NOT_MET);
            assertThat(then.status()).isEqualTo(ComplianceStatus.NOT_MET);

            SchoolCompliance now = compliance.forSchool(school, NOVEMBER);
            assertThat(now.items()).extracting(ItemCompliance::status).containsOnly(ComplianceStatus.MET);
            assertThat(now.items()).hasSize(12);
        }

        @Test
        void aSmallSchoolOutsideARegionalCentreIsJudgedOnTheFirstTierOnly() {
            db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 250).where(SCHOOL.ID.eq(school)).execute();
            assertThat(compliance.forSchool(school, NOVEMBER).items()).extracting(i -> i.item().code())
                    .doesNotContain("COU", "PANIC", "GUARD", "TURNSTILES");
            new SettingsRepository(db).put(ComplianceService.REGIONAL_CENTRE, "true");
            assertThat(compliance.forSchool(school, NOVEMBER).items()).extracting(i -> i.item().code())
                    .contains("GUARD", "TURNSTILES").doesNotContain("COU", "PANIC");
        }

        @Test
        void theCityTableCountsSchoolsAndItemsAndASchoolWithoutCamerasHasGaps() {
            long bare = new TestRows(db).school(151, 4);
            db.dsl().update(SCHOOL).set(SCHOOL.PUPILS, 400).where(SCHOOL.ID.eq(bare)).execute();
            CityCompliance city = compliance.forCity(NOVEMBER);
            assertThat(city.schools()).hasSize(2);
            assertThat(city.count(ComplianceStatus.MET)).isEqualTo(1);
            assertThat(city.withGaps()).extracting(SchoolCompliance::schoolNumber).containsExactly(151);
            assertThat(city.byDistrict()).containsExactly(new CityCompliance.DistrictLine(4, 2, 1, 1, 0));
            CityCompliance.ItemLine video = city.byItem().stream().filter(l -> "VIDEO".equals(l.item().code())).findFirst().orElseThrow();
            assertThat(video.applicable()).isEqualTo(2);
            assertThat(video.met()).isEqualTo(1);
            assertThat(video.notMet()).isEqualTo(1);
            assertThat(compliance.forDistrict(5, NOVEMBER).schools()).isEmpty();
        }

        @Test
        void beforeTheFirstSetNothingIsRequired() {
            assertThat(compliance.forSchool(school, LocalDate.of(2020, 1, 1)).items()).isEmpty();
        }

        @Test
        void aCameraKeepsItsDetailsHistoryWhenTheyChangeAndOnlyThen() {
            CameraRepository cameras = new CameraRepository(db);
            CameraDetails before = new CameraDetails(CameraZone.ENTRANCE, 1, CameraTechnology.ANALOG, 7, CameraConnection.NONE, null);
            long id = db.write(cfg -> cameras.insert(cfg.dsl(), new Camera(null, school, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE,
                    CameraStatus.WORKING, LocalDate.of(2024, 5, 1), before, null, 0), LocalDate.of(2026, 3, 1)));
            Camera stored = cameras.forSchool(school).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            assertThat(stored.details()).isEqualTo(before);
            CameraDetails after = new CameraDetails(CameraZone.ENTRANCE, 1, CameraTechnology.DIGITAL, 30, CameraConnection.COU,
                    LocalDate.of(2026, 11, 2));
            db.write(cfg -> cameras.update(cfg.dsl(), new Camera(id, school, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE,
                    CameraStatus.WORKING, LocalDate.of(2024, 5, 1), after, "замена", stored.version()), LocalDate.of(2026, 11, 2)));
            // A note alone changes no detail the history keeps.
            Camera changed = cameras.forSchool(school).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            db.write(cfg -> cameras.update(cfg.dsl(), new Camera(id, school, CameraPlacement.OUTDOOR, CameraViewArea.ENTRANCE,
                    CameraStatus.WORKING, LocalDate.of(2024, 5, 1), after, "замена блока", changed.version()), LocalDate.of(2026, 11, 20)));
            assertThat(db.dsl().select(CAMERA_DETAIL_HISTORY.VALID_FROM, CAMERA_DETAIL_HISTORY.ARCHIVE_DAYS).from(CAMERA_DETAIL_HISTORY)
                    .where(CAMERA_DETAIL_HISTORY.CAMERA_ID.eq(id)).orderBy(CAMERA_DETAIL_HISTORY.VALID_FROM).fetch().map(r -> r.value1() + "=" + r.value2()))
                    .containsExactly("2024-05-01=7", "2026-11-02=30");
        }
    }
}
