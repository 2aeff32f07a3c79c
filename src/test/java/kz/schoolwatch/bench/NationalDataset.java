// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.nio.file.Path;
import java.time.LocalDate;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.demo.NationalDatasetGenerator;
import kz.schoolwatch.persistence.demo.NationalDatasetGenerator.Options;

/**
 * Makes a national-scale database for benchmarks: {@code bench/national-dataset.sh DIR [--schools N] [--cameras N]
 * [--visits N] [--events N] [--officers N]}. Defaults: 7,500 schools, 100,000 cameras, 1,000,000 visits,
 * 200,000 events. Open the result with {@code schoolwatch --data-dir DIR}.
 */
public final class NationalDataset {

    private NationalDataset() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Options o = Options.national(LocalDate.now());
        for (int i = 1; i + 1 < args.length; i += 2) {
            int n = Integer.parseInt(args[i + 1].replace("_", ""));
            o = switch (args[i]) {
                case "--schools" -> o.withSchools(n);
                case "--cameras" -> o.withCameras(n);
                case "--visits" -> o.withVisits(n);
                case "--events" -> o.withEvents(n);
                case "--officers" -> o.withOfficers(n);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        long t = System.nanoTime();
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder)) {
            new NationalDatasetGenerator(db).generate(o, System.out::println);
        }
        System.out.printf("done in %d ms: %s%n", (System.nanoTime() - t) / 1_000_000, o);
    }
}
