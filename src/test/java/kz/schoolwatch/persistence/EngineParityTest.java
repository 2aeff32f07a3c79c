// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.report.DashboardChartsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.DemoCityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same demo city, seeded by the same seeder into the PC's H2 file and onto a PostgreSQL server, gives the
 * same figures on both engines: the dashboard's city totals and charts, and the monthly summary for a month with
 * visits, events, checks and offences, city-wide and for one district and one officer.
 */
class EngineParityTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    static Path folder;
    @RegisterExtension
    static final EngineDatabases DATABASES = EngineDatabases.perClass();
    private static final Map<Engine, Database> CITY = new EnumMap<>(Engine.class);

    @BeforeAll
    static void seedTheDemoCityOnBothEngines() throws Exception {
        for (Engine engine : Engine.values()) {
            Database db = DATABASES.open(engine, folder);
            assertThat(new DemoCityService(db, new CityStatsRepository(db), CLOCK, TestDatabases.admin())
                    .loadIfEmpty(p -> { })).isTrue();
            CITY.put(engine, db);
        }
    }

    private static Database h2() {
        return CITY.get(Engine.H2);
    }

    private static Database server() {
        return CITY.get(Engine.POSTGRESQL);
    }

    @Test
    void cityTotalsAreEqual() {
        CityTotals totals = new CityStatsRepository(h2()).cityTotals();
        assertThat(totals.schools()).isEqualTo(201);
        assertThat(totals.camerasTotal()).isEqualTo(1602);
        assertThat(new CityStatsRepository(server()).cityTotals()).isEqualTo(totals);
    }

    @Test
    void everyTableHoldsAsManyRows() {
        Map<String, Long> h2 = h2().rowCounts();
        Map<String, Long> server = server().rowCounts();
        assertThat(h2.get("SCHOOL_VISIT")).isPositive();
        h2.forEach((table, rows) -> {
            if (!table.equals("flyway_schema_history")) {
                assertThat(server.get(table.toLowerCase(java.util.Locale.ROOT))).as(table).isEqualTo(rows);
            }
        });
    }

    @Test
    void dashboardChartsAreEqual() {
        var charts = new DashboardChartsRepository(h2()).load(TODAY);
        assertThat(charts.months()).isNotEmpty();
        assertThat(new DashboardChartsRepository(server()).load(TODAY)).isEqualTo(charts);
    }

    @Test
    void monthlySummaryFiguresAreEqualForTheCityADistrictAndAnOfficer() {
        YearMonth october = YearMonth.of(2026, 10);
        LocalDate asOf = october.atEndOfMonth();
        MonthlySummaryRepository onH2 = new MonthlySummaryRepository(h2());
        MonthlySummaryRepository onServer = new MonthlySummaryRepository(server());
        assertThat(onServer.districts()).isEqualTo(onH2.districts());
        assertThat(onServer.officers()).isEqualTo(onH2.officers());
        var district = onH2.districts().get(2);
        var officer = onH2.officers().get(3);
        for (ReportScope scope : new ReportScope[] {ReportScope.city("г. Алматы"),
                ReportScope.district((int) district.id(), district.title()), ReportScope.officer(officer.id(), officer.title())}) {
            var figures = onH2.load(october, scope, asOf, 90);
            assertThat(figures.visitsByOfficer()).as(scope.kind() + " has visits").isNotEmpty();
            assertThat(onServer.load(october, scope, asOf, 90)).as(scope.kind().toString()).isEqualTo(figures);
        }
    }
}
