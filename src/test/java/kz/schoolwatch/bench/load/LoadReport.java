// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The load run's figures as text: what was saved, the timings alone and together with their ratios, the checks. */
final class LoadReport {

    private static final List<String[]> KINDS = List.of(
            new String[] {"save", "a save, any kind"},
            new String[] {"visit", "  visit logged"},
            new String[] {"event", "  event recorded"},
            new String[] {"school", "  school saved"},
            new String[] {"camera", "  camera saved"},
            new String[] {"month", "month of visits opened"},
            new String[] {"export", "monthly summary exported"});

    private LoadReport() {
    }

    static void print(LoadRun.Result r, PrintStream out) {
        LoadRun.Plan p = r.plan();
        out.printf(Locale.ROOT, "officers: %d (%d inspectors, %d heads editing schools and cameras, 1 head exporting summaries);"
                        + " together %d s after %d s alone for one officer of each kind; %d ms pause between two rounds of an"
                        + " officer's work; cameras %s%n", p.officers(), p.inspectors(), p.heads(), p.seconds(), p.aloneSeconds(),
                p.pauseMillis(), r.camerasShared() ? "shared by the heads (versioned)"
                        : "dealt out, each head its own (not versioned in this build)");
        out.printf(Locale.ROOT, "saved in the whole run: %,d visits, %,d events, %,d school saves, %,d camera saves, %,d exports;"
                        + " %,d conflicts resolved%n", sum(r, "visit"), sum(r, "event"), sum(r, "school"), sum(r, "camera"), sum(r, "export"),
                r.tallies().stream().mapToInt(t -> t.conflicts).sum());
        out.printf(Locale.ROOT, "%-26s %28s %31s %16s%n", "ms", "one officer alone p50 / p95 (n)", "all together p50 / p95 (n)",
                "ratio p50 / p95");
        for (String[] kind : KINDS) {
            List<Double> alone = r.alone().of(kind[0]);
            List<Double> all = r.together().of(kind[0]);
            out.printf(Locale.ROOT, "%-26s %9.1f / %7.1f (%,7d) %12.1f / %7.1f (%,7d) %7.2f / %5.2f%n", kind[1],
                    Latencies.p50(alone), Latencies.p95(alone), alone.size(), Latencies.p50(all), Latencies.p95(all), all.size(),
                    Latencies.p50(all) / Latencies.p50(alone), Latencies.p95(all) / Latencies.p95(alone));
        }
        r.checks().lines().forEach(out::println);
        out.println(r.checks().broken().isEmpty() ? "all checks hold" : "BROKEN: " + r.checks().broken().size() + " of "
                + r.checks().lines().size() + " checks");
    }

    private static int sum(LoadRun.Result r, String kind) {
        return r.tallies().stream().mapToInt(t -> t.saved(kind, 0)).sum();
    }
}
