// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long each kind of action took in one phase of the load run (a save of a visit, of a school, the opening of
 * a month of visits …), in milliseconds. Officers add from their own threads.
 */
final class Latencies {

    /** The kinds that are saves, for the figure over every save. */
    static final List<String> SAVES = List.of("visit", "event", "school", "camera");

    private final Map<String, List<Double>> byKind = new TreeMap<>();

    synchronized void add(String kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos / 1e6);
    }

    /** The times of {@code kind}; "save" gives every save of any kind together. */
    synchronized List<Double> of(String kind) {
        if (kind.equals("save")) {
            List<Double> all = new ArrayList<>();
            SAVES.forEach(k -> all.addAll(byKind.getOrDefault(k, List.of())));
            return all;
        }
        return new ArrayList<>(byKind.getOrDefault(kind, List.of()));
    }

    /** The median: half the actions took less, whatever a few slow ones did. */
    static double p50(List<Double> times) {
        return percentile(times, 50);
    }

    static double p95(List<Double> times) {
        return percentile(times, 95);
    }

    /** Nearest rank; NaN when nothing was measured. */
    static double percentile(List<Double> times, int p) {
        if (times.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            int n = sorted.size();
            return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
