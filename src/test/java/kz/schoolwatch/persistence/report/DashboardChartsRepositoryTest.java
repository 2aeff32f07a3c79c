// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.report.DashboardCharts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard charts' figures on the demo city, on both engines, each held against a plain SQL count written the obvious way
 * (one query per month, joins before grouping), so that the faster forms the repository uses cannot drift.
 * A school archived and a camera removed in the middle of the year make the covered-schools series move.
 */
class DashboardChartsRepositoryTest {

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

    /** The cases, run once per engine on one demo city. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Cases extends EngineCases {

        Cases(Engine engine) {
            super(engine, EngineDatabases.perClass());
        }

        private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
        private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

        private Database db;
        private DashboardCharts charts;

        @BeforeAll
        void seed(@TempDir Path folder) throws Exception {
            db = databases.openWithDemoCity(engine, folder, Clock.fixed(TODAY.atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY));
            db.write(cfg -> {
                // A covered school closed in June, and every working camera of another removed in March.
                cfg.dsl().execute("UPDATE school SET archived_on = DATE '2026-06-15' WHERE id = (SELECT MIN(school_id) FROM camera"
                        + " WHERE status = 'WORKING')");
                cfg.dsl().execute("UPDATE camera SET removed_on = DATE '2026-03-10' WHERE school_id = (SELECT MAX(school_id) FROM camera"
                        + " WHERE status = 'WORKING')");
                return null;
            });
            charts = new DashboardChartsRepository(db).load(TODAY);
        }

        @Test
        void schoolsWithAWorkingCameraAtEachMonthEndAreCountedAsOneQueryPerMonthWould() throws SQLException {
            assertThat(charts.offencesByMonth()).hasSize(12);
            List<Integer> expected = new ArrayList<>();
            try (Connection c = EngineDatabases.connect(db);
                 PreparedStatement q = c.prepareStatement("SELECT COUNT(DISTINCT c.school_id) FROM camera c JOIN school s ON s.id = c.school_id"
                         + " WHERE c.status = 'WORKING' AND (c.installed_on IS NULL OR c.installed_on <= ?)"
                         + " AND (c.removed_on IS NULL OR c.removed_on > ?) AND (s.archived_on IS NULL OR s.archived_on > ?)")) {
                for (DashboardCharts.MonthOffences m : charts.offencesByMonth()) {
                    LocalDate end = m.month().atEndOfMonth().isAfter(TODAY) ? TODAY : m.month().atEndOfMonth();
                    for (int i = 1; i <= 3; i++) {
                        q.setObject(i, end);
                    }
                    expected.add(single(q));
                }
            }
            assertThat(charts.offencesByMonth()).extracting(DashboardCharts.MonthOffences::schoolsWithCameras).containsExactlyElementsOf(expected);
            // Installations, the removed cameras and the archived school move it: the series is not flat.
            assertThat(expected.stream().distinct().count()).isGreaterThan(1);
        }

        @Test
        void eventsOfEachTypeAreCountedPerMonth() throws SQLException {
            assertThat(charts.months()).hasSize(12).endsWith(YearMonth.from(TODAY));
            int compared = 0;
            try (Connection c = EngineDatabases.connect(db);
                 PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM outreach_event e JOIN event_type t ON t.id = e.event_type_id"
                         + " WHERE t.name = ? AND e.held_on BETWEEN ? AND ?")) {
                for (DashboardCharts.EventTypeSeries series : charts.eventsByType()) {
                    for (int i = 0; i < charts.months().size(); i++) {
                        YearMonth m = charts.months().get(i);
                        q.setString(1, series.type());
                        q.setObject(2, m.atDay(1));
                        q.setObject(3, m.atEndOfMonth());
                        int expected = single(q);
                        assertThat(series.perMonth().get(i)).as("%s in %s", series.type(), m).isEqualTo(expected);
                        compared += expected;
                    }
                }
            }
            assertThat(compared).as("events compared").isGreaterThan(100);
        }

        @Test
        void theMostActiveOfficersOfTheMonthWithTheirVisits() throws SQLException {
            YearMonth month = YearMonth.from(TODAY);
            List<Integer> counts = new ArrayList<>();
            try (Connection c = EngineDatabases.connect(db);
                 PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM school_visit WHERE visited_at >= ? AND visited_at < ?"
                         + " GROUP BY officer_id ORDER BY 1 DESC")) {
                q.setObject(1, month.atDay(1).atStartOfDay());
                q.setObject(2, month.plusMonths(1).atDay(1).atStartOfDay());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next() && counts.size() < DashboardCharts.TOP_OFFICERS) {
                        counts.add(rs.getInt(1));
                    }
                }
                assertThat(counts).isNotEmpty();
                assertThat(charts.officerVisits()).extracting(DashboardCharts.OfficerVisits::visits).containsExactlyElementsOf(counts);
                try (PreparedStatement one = c.prepareStatement("SELECT COUNT(*) FROM school_visit WHERE officer_id = ?"
                        + " AND visited_at >= ? AND visited_at < ?")) {
                    for (DashboardCharts.OfficerVisits o : charts.officerVisits()) {
                        one.setLong(1, o.officerId());
                        one.setObject(2, month.atDay(1).atStartOfDay());
                        one.setObject(3, month.plusMonths(1).atDay(1).atStartOfDay());
                        assertThat(o.visits()).as(o.officer()).isEqualTo(single(one));
                        assertThat(o.officer()).isNotBlank();
                    }
                }
            }
        }

        private static int single(PreparedStatement q) throws SQLException {
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
