// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.DatabaseOpenException;
import org.jooq.Record;

/**
 * What a reopened database says about the harness's saves: whether it opens, which acknowledged saves are missing
 * or older than acknowledged, which events are half-written, and whether {@code SCRIPT} can read every row.
 */
record Inspection(String openError, List<String> lost, List<String> torn, String scriptError) {

    private static final Pattern TITLE = Pattern.compile("(" + Pattern.quote(CrashChild.PREFIX) + "\\d+-\\d+) v(\\d+)");

    boolean opened() {
        return openError == null;
    }

    boolean clean() {
        return opened() && lost.isEmpty() && torn.isEmpty() && scriptError == null;
    }

    /** Opens the database in {@code folder}, checks it against {@code ledger}, scripts it to {@code script}, closes it. */
    static Inspection of(Path folder, Ledger ledger, ReliabilityFixture.Seed seed, Path script) {
        return of(() -> ReliabilityFixture.open(folder), ledger, seed, script);
    }

    /** How to open the database being inspected. */
    interface Opener {
        Database open() throws DatabaseOpenException;
    }

    static Inspection of(Opener opener, Ledger ledger, ReliabilityFixture.Seed seed, Path script) {
        Database db;
        try {
            db = opener.open();
        } catch (Exception e) {
            return new Inspection(String.valueOf(e) + (e.getCause() == null ? "" : " / " + e.getCause()), List.of(), List.of(), null);
        }
        try {
            List<String> lost = new ArrayList<>();
            List<String> torn = new ArrayList<>();
            Map<Long, String> visits = new HashMap<>();
            for (Record r : db.dsl().fetch("SELECT id, findings FROM school_visit WHERE findings LIKE ?", CrashChild.PREFIX + "%")) {
                visits.put(r.get(0, Long.class), r.get(1, String.class));
            }
            ledger.visits.forEach((id, marker) -> {
                if (!marker.equals(visits.get(id))) {
                    lost.add("visit " + id + " " + marker);
                }
            });
            Map<Long, Integer> versions = new HashMap<>();
            for (Record r : db.dsl().fetch("SELECT e.id, e.title, e.notes, e.pupils, "
                    + "(SELECT LISTAGG(CAST(p.partner_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY p.partner_id) FROM event_partner p WHERE p.event_id = e.id), "
                    + "(SELECT LISTAGG(CAST(o.officer_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY o.officer_id) FROM event_officer o WHERE o.event_id = e.id) "
                    + "FROM outreach_event e WHERE e.notes LIKE ?", CrashChild.PREFIX + "%")) {
                long id = r.get(0, Long.class);
                String title = r.get(1, String.class);
                String marker = r.get(2, String.class);
                Matcher m = TITLE.matcher(title == null ? "" : title);
                if (!m.matches() || !m.group(1).equals(marker)) {
                    torn.add("event " + id + " title " + title + " notes " + marker);
                    continue;
                }
                int version = Integer.parseInt(m.group(2));
                versions.put(id, version);
                var expected = CrashChild.event(seed, marker, version);
                String partners = r.get(4, String.class);
                String officers = r.get(5, String.class);
                if (r.get(3, Integer.class) != expected.pupils() || !ids(expected.partnerIds()).equals(partners)
                        || !ids(expected.officerIds()).equals(officers)) {
                    torn.add("event " + id + " v" + version + " pupils " + r.get(3) + " partners " + partners + " officers " + officers);
                }
            }
            ledger.events.forEach((id, marker) -> {
                Integer version = versions.get(id);
                if (version == null) {
                    lost.add("event " + id + " " + marker);
                } else if (version < ledger.versions.get(id)) {
                    lost.add("event " + id + " at v" + version + ", acknowledged v" + ledger.versions.get(id));
                }
            });
            String scriptError = null;
            try {
                db.dsl().execute("SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (RuntimeException e) {
                scriptError = String.valueOf(e);
            }
            return new Inspection(null, lost, torn, scriptError);
        } finally {
            db.close();
        }
    }

    private static String ids(List<Long> ids) {
        Set<Long> sorted = new TreeSet<>(ids);
        return String.join(",", sorted.stream().map(String::valueOf).toList());
    }
}
