// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_ASSIGNMENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DemoCityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo city reproduces the city report's figures through the queries the dashboard uses. */
class DemoCityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path folder;
    private static Database db;
    private static DemoCityService demo;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.open(folder);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant(), ZoneId.of("Asia/Almaty"));
        demo = new DemoCityService(db, new CityStatsRepository(db), clock, TestDatabases.admin());
        assertThat(demo.isDatabaseEmpty()).isTrue();
        assertThat(demo.loadIfEmpty(p -> { })).isTrue();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void dashboardQueriesGiveTheCityReportFigures() {
        CityTotals totals = new DashboardService(new CityStatsRepository(db)).cityTotals();
        assertThat(totals.schools()).isEqualTo(201);
        assertThat(totals.schoolsWithCameras()).isEqualTo(190);
        assertThat(totals.schoolsWithoutCameras()).isEqualTo(11);
        assertThat(totals.camerasTotal()).isEqualTo(1602);
        assertThat(totals.camerasOutdoor()).isEqualTo(642);
        assertThat(totals.camerasIndoor()).isEqualTo(960);
    }

    @Test
    void demoRowsAreMarkedAsDemo() {
        assertThat(db.dsl().fetchCount(SCHOOL, SCHOOL.IS_DEMO.isFalse())).isZero();
        assertThat(db.dsl().fetchCount(OFFICER)).isEqualTo(12);
        assertThat(db.dsl().fetchCount(OFFICER, OFFICER.IS_DEMO.isFalse())).isZero();
    }

    @Test
    void leisureCentresCarryThisMonthsFigures() {
        assertThat(db.dsl().fetchCount(LEISURE_CENTRE)).isEqualTo(40);
        var month = db.dsl().select(sum(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS), sum(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN))
                .from(LEISURE_ATTENDANCE).where(LEISURE_ATTENDANCE.PERIOD_MONTH.eq(TODAY.withDayOfMonth(1))).fetchOne();
        assertThat(month.value1().intValue()).isEqualTo(293);
        assertThat(month.value2().intValue()).isEqualTo(205);
    }

    @Test
    void aYearOfVisitsAndEventsOfEveryType() {
        var dsl = db.dsl();
        assertThat(dsl.fetchCount(SCHOOL_VISIT)).isEqualTo(12 * 20 * 12);
        assertThat(dsl.fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.VISITED_AT.lt(TODAY.minusYears(1).atStartOfDay()))).isZero();
        int typesUsed = dsl.select(countDistinct(OUTREACH_EVENT.EVENT_TYPE_ID)).from(OUTREACH_EVENT).fetchOne().value1();
        assertThat(typesUsed).isEqualTo(dsl.fetchCount(EVENT_TYPE));
        // Every school has exactly one current officer.
        assertThat(dsl.fetchCount(SCHOOL_ASSIGNMENT, SCHOOL_ASSIGNMENT.ASSIGNED_TO.isNull())).isEqualTo(201);
    }

    @Test
    void demoIsNeverLoadedTwice() {
        assertThat(demo.isDatabaseEmpty()).isFalse();
        assertThat(demo.loadIfEmpty(p -> { })).isFalse();
        assertThat(db.dsl().fetchCount(SCHOOL)).isEqualTo(201);
    }
}
