// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.audit.AuditRepository;
import org.jooq.Record;

/**
 * What a reopened database says about the harness's saves: whether it opens, which acknowledged saves are missing
 * or older than acknowledged, which events are half-written or changed without their audit entry (or audited
 * without the change), and whether {@code SCRIPT} can read every row.
 */
record Inspection(String openError, List<String> lost, List<String> torn, String scriptError) {

    private static final Pattern TITLE = Pattern.compile("(" + Pattern.quote(CrashChild.PREFIX) + "\\d+-\\d+) v(\\d+)");
    /** An event's title as it appears inside an audit entry's JSON. */
    private static final Pattern AUDITED_TITLE = Pattern.compile(Pattern.quote(CrashChild.PREFIX) + "\\d+-\\d+ v(\\d+)");

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
            torn.addAll(auditMismatches(db, visits.keySet(), versions));
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

    /**
     * A change and its audit entry are one transaction: every harness visit and event has its CREATE entry, every
     * rewrite its UPDATE entry, no entry describes a change that is not there, and the hash chain is unbroken.
     */
    private static List<String> auditMismatches(Database db, Set<Long> visits, Map<Long, Integer> eventVersions) {
        List<String> wrong = new ArrayList<>();
        Set<Long> auditedVisits = new TreeSet<>();
        Set<Long> auditedEvents = new TreeSet<>();
        Map<Long, Integer> auditedVersions = new HashMap<>();
        for (var r : db.dsl().select(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.SUBJECT, AUDIT_ENTRY.SUBJECT_KEY, AUDIT_ENTRY.AFTER_VALUE)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SUBJECT.in("school_visit", "outreach_event"))
                .and(AUDIT_ENTRY.ACTION.in("CREATE", "UPDATE"))
                .and(AUDIT_ENTRY.AFTER_VALUE.contains(CrashChild.PREFIX))) {
            long key = Long.parseLong(r.value3());
            if (r.value2().equals("school_visit")) {
                auditedVisits.add(key);
                continue;
            }
            if (r.value1().equals("CREATE")) {
                auditedEvents.add(key);
            }
            Matcher m = AUDITED_TITLE.matcher(r.value4());
            if (m.find()) {
                auditedVersions.merge(key, Integer.parseInt(m.group(1)), Math::max);
            }
        }
        for (long id : visits) {
            if (!auditedVisits.contains(id)) {
                wrong.add("visit " + id + " without its audit entry");
            }
        }
        for (long id : auditedVisits) {
            if (!visits.contains(id)) {
                wrong.add("audit entry for visit " + id + ", which is not there");
            }
        }
        eventVersions.forEach((id, version) -> {
            if (!auditedEvents.contains(id)) {
                wrong.add("event " + id + " without its audit entry");
            }
            if (!version.equals(auditedVersions.get(id))) {
                wrong.add("event " + id + " at v" + version + ", audited up to v" + auditedVersions.get(id));
            }
        });
        auditedEvents.stream().filter(id -> !eventVersions.containsKey(id))
                .forEach(id -> wrong.add("audit entry for event " + id + ", which is not there"));
        var chain = AuditRepository.verify(db.dsl());
        if (!chain.intact()) {
            wrong.add("audit chain broken at entry " + chain.firstBroken().getAsLong());
        }
        return wrong;
    }

    private static String ids(List<Long> ids) {
        Set<Long> sorted = new TreeSet<>(ids);
        return String.join(",", sorted.stream().map(String::valueOf).toList());
    }
}
