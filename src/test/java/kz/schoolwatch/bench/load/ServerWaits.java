// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the officers' server sessions are doing, sampled every 50 ms from pg_stat_activity while the load runs: on
 * the CPU (no wait event), waiting for a lock (which one), for the disk … The share of each tells where a save's time
 * goes when many officers save at once.
 */
final class ServerWaits implements AutoCloseable {

    private final Map<String, Integer> samples = new TreeMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    ServerWaits(Connection superuser) {
        thread = new Thread(() -> sample(superuser), "server-waits");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(Connection c) {
        try (c; Statement st = c.createStatement()) {
            while (running.get()) {
                try (ResultSet rs = st.executeQuery("SELECT coalesce(wait_event_type || ' ' || wait_event, 'on the CPU') FROM pg_stat_activity"
                        + " WHERE usename LIKE 'load\\_%' AND state = 'active'")) {
                    while (rs.next()) {
                        synchronized (samples) {
                            samples.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            // Sampling is a help, not part of the run: it stops quietly.
        }
    }

    void print(PrintStream out) {
        synchronized (samples) {
            int all = samples.values().stream().mapToInt(Integer::intValue).sum();
            out.printf(Locale.ROOT, "officers' active server sessions, %,d samples:", all);
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .forEach(e -> out.printf(Locale.ROOT, " %s %.0f%%;", e.getKey(), 100.0 * e.getValue() / Math.max(1, all)));
            out.println();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(2_000);
    }
}
