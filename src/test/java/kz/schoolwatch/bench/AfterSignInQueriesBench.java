// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.report.DashboardChartsRepository;

/**
 * The queries that run in the first seconds after sign-in, each timed on its own: the first run (cold: a fresh
 * JVM on a freshly opened file) and the median of the next ones. Shows what a screen opened right after sign-in
 * waits behind. {@code java … AfterSignInQueriesBench DATA_DIR [runs]} on a folder made by bench/national-dataset.sh.
 */
public final class AfterSignInQueriesBench {

    private AfterSignInQueriesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        TestSessions.prepare(folder, false);
        LocalDate today = LocalDate.now();
        try (Database db = TestDatabases.open(folder)) {
            Map<String, Supplier<Object>> steps = new LinkedHashMap<>();
            steps.put("baseline SELECT 1", () -> db.read(dsl -> dsl.selectOne().fetchOne()));
            steps.put("dashboard: city totals", () -> new CityStatsRepository(db).cityTotals());
            steps.put("dashboard: charts", () -> new DashboardChartsRepository(db).load(today));
            steps.put("schools: first 60 rows", () -> new SchoolRepository(db).firstRows(60));
            steps.put("schools: whole list", () -> new SchoolRepository(db).listRows());
            steps.put("visits: choices (officers, schools, districts)", () -> {
                LookupRepository l = new LookupRepository(db);
                return List.of(l.activeOfficers(), l.schools(), l.districts());
            });
            steps.put("visits: this month's first page with count", () -> new VisitRepository(db).page(VisitFilter.month(today), 0, 100));
            for (Map.Entry<String, Supplier<Object>> step : steps.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i <= runs; i++) {
                    long t = System.nanoTime();
                    step.getValue().get();
                    times.add((System.nanoTime() - t) / 1e6);
                }
                double first = times.remove(0);
                Collections.sort(times);
                System.out.printf("%-48s first %7.0f ms   median of %d %7.1f ms%n", step.getKey(), first, runs, times.get(times.size() / 2));
            }
            // What the «previous month» button reads: each earlier month for the first time, then again.
            for (String pass : new String[] {"first read", "read again"}) {
                List<Double> months = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    VisitFilter month = VisitFilter.month(today.minusMonths(m));
                    long t = System.nanoTime();
                    new VisitRepository(db).page(month, 0, 100);
                    months.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(months);
                System.out.printf("%-48s median %7.1f ms   worst %7.0f ms%n", "visits: 12 earlier months' first pages, " + pass,
                        months.get(months.size() / 2), months.get(months.size() - 1));
            }
        }
    }
}
