// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.demo.NationalDatasetGenerator;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.compliance.ComplianceService;

/**
 * Speed of compliance «as of» a date (issue 21), run on purpose: {@code bench/compliance.sh}. On the national
 * dataset's schools and cameras (7,500 schools, 100,000 cameras, with zones, detail history, faults and repairs; few
 * visits and events, which the judgement does not read) it judges every school of
 * the city against the requirement set in force at the last quarter's end, from the history, several times in one
 * JVM, and prints the median beside a baseline measured in the same run: the plain city camera count the dashboard
 * shows (one aggregate query over the same cameras).
 *
 * <p>Usage: {@code ComplianceBench DATA_DIR [runs]}; the dataset is made on first use.
 */
public final class ComplianceBench {

    private ComplianceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        Clock clock = Clock.systemDefaultZone();
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder)) {
            CityStatsRepository stats = new CityStatsRepository(db);
            if (stats.isEmpty()) {
                long t = System.nanoTime();
                // The schools, cameras, equipment and their history at national scale; visits and events, which the
                // judgement does not read, kept few so that the dataset is made in about a minute.
                new NationalDatasetGenerator(db).generate(NationalDatasetGenerator.Options.national(LocalDate.now(clock))
                        .withVisits(2_000).withEvents(200), System.out::println);
                System.out.printf("dataset made in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            }
            ComplianceService compliance = new ComplianceService(db, new SettingsRepository(db), clock);
            YearMonth now = YearMonth.now(clock);
            LocalDate quarterEnd = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).atDay(1).minusDays(1);

            for (int i = 0; i < 3; i++) { // warm-up: class loading and JIT, as in a running app
                compliance.forCity(quarterEnd);
                stats.cityTotals();
            }
            List<Double> judged = new ArrayList<>();
            List<Double> counted = new ArrayList<>();
            CityCompliance last = null;
            int cameras = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                last = compliance.forCity(quarterEnd);
                long t1 = System.nanoTime();
                cameras = stats.cityTotals().camerasTotal();
                long t2 = System.nanoTime();
                judged.add((t1 - t0) / 1e6);
                counted.add((t2 - t1) / 1e6);
            }
            System.out.printf("asOf=%s schools=%d cameras(today)=%d met=%d notMet=%d unknown=%d runs=%d%n", quarterEnd,
                    last.schools().size(), cameras, last.count(ComplianceStatus.MET), last.count(ComplianceStatus.NOT_MET),
                    last.count(ComplianceStatus.UNKNOWN), runs);
            System.out.printf("complianceAsOf.medianMs=%.0f  min=%.0f max=%.0f%n", median(judged), Collections.min(judged),
                    Collections.max(judged));
            System.out.printf("baselineCameraCount.medianMs=%.1f  ratio=%.1f%n", median(counted), median(judged) / median(counted));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
