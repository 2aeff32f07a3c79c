// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every save the children acknowledged, across all runs: what the database must still hold after any kill. */
final class Ledger {

    final Map<Long, String> visits = new HashMap<>();
    final Map<Long, String> events = new HashMap<>();
    /** The highest acknowledged rewrite of an event; the database may hold a later one that was not yet acknowledged. */
    final Map<Long, Integer> versions = new HashMap<>();
    private long acks;

    /** Takes the {@code ACK} lines of one child; returns how many there were. */
    int record(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            if (!line.startsWith("ACK ")) {
                continue;
            }
            String[] p = line.split(" ", 4);
            long id = Long.parseLong(p[2]);
            switch (p[1]) {
                case "V" -> visits.put(id, p[3]);
                case "E" -> {
                    events.put(id, p[3]);
                    versions.put(id, 0);
                }
                case "U" -> versions.merge(id, Integer.parseInt(p[3]), Math::max);
                default -> throw new IllegalArgumentException(line);
            }
            n++;
        }
        acks += n;
        return n;
    }

    /** Stops checking saves already reported lost ({@code "visit <id> ..."}, {@code "event <id> ..."}), so each loss counts once. */
    void forget(List<String> lost) {
        for (String l : lost) {
            String[] p = l.split(" ", 3);
            long id = Long.parseLong(p[1]);
            if (p[0].equals("visit")) {
                visits.remove(id);
            } else {
                events.remove(id);
                versions.remove(id);
            }
        }
    }

    long acks() {
        return acks;
    }
}
