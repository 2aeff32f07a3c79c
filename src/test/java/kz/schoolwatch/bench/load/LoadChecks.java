// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.AuditChainCheck;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Record4;
import org.jooq.impl.DSL;

/**
 * The load run's checks, on what the server holds once every officer stopped: no update lost, no error that was not
 * a conflict, every change in the audit trail under the login that made it and the chain intact, and the server's
 * figures equal to the sum of what the officers reported saving. Each check gives one line; a broken one is also
 * listed in {@link #broken()}.
 */
final class LoadChecks {

    /** Where the server stood before the officers started: what came later is theirs. */
    record Mark(long auditId, long visitId, long eventId, Map<Long, Integer> schoolVersions) {

        static Mark take(Database owner, List<Long> schools) {
            return owner.read(dsl -> new Mark(
                    max(dsl.select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchOne(0, Long.class)),
                    max(dsl.select(DSL.max(SCHOOL_VISIT.ID)).from(SCHOOL_VISIT).fetchOne(0, Long.class)),
                    max(dsl.select(DSL.max(OUTREACH_EVENT.ID)).from(OUTREACH_EVENT).fetchOne(0, Long.class)),
                    dsl.select(SCHOOL.ID, SCHOOL.ROW_VERSION).from(SCHOOL).where(SCHOOL.ID.in(schools))
                            .fetchMap(SCHOOL.ID, SCHOOL.ROW_VERSION)));
        }

        private static long max(Long id) {
            return id == null ? 0 : id;
        }
    }

    private final List<String> lines = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();

    private LoadChecks() {
    }

    static LoadChecks of(Database owner, Mark mark, List<Ledger.Tally> tallies, Ledger ledger, List<Long> schools,
                         Map<Long, Long> cameras) {
        LoadChecks checks = new LoadChecks();
        checks.lostUpdates(owner, ledger, schools, cameras);
        checks.errors(tallies);
        checks.audit(owner, mark, tallies);
        checks.figures(owner, mark, tallies, schools, cameras);
        return checks;
    }

    List<String> lines() {
        return lines;
    }

    List<String> broken() {
        return broken;
    }

    private void check(String what, boolean ok, String figures) {
        String line = (ok ? "ok      " : "BROKEN  ") + what + ": " + figures;
        lines.add(line);
        if (!ok) {
            broken.add(line);
        }
    }

    /** Every successful save counted a school's pupils or a camera's edits up by one: the stored count must equal them. */
    private void lostUpdates(Database owner, Ledger ledger, List<Long> schools, Map<Long, Long> cameras) {
        Map<Long, Integer> pupils = owner.read(dsl -> dsl.select(SCHOOL.ID, SCHOOL.PUPILS).from(SCHOOL).where(SCHOOL.ID.in(schools))
                .fetchMap(SCHOOL.ID, SCHOOL.PUPILS));
        List<String> lost = new ArrayList<>();
        long saves = 0;
        for (long id : schools) {
            long stored = pupils.get(id) == null ? 0 : pupils.get(id);
            saves += ledger.schoolSaves(id);
            if (stored != ledger.schoolSaves(id)) {
                lost.add("school " + id + " shows " + stored + " of " + ledger.schoolSaves(id));
            }
        }
        check("no lost update of a school", lost.isEmpty(), String.format(Locale.ROOT, "%,d saves over %d shared schools%s", saves, schools.size(),
                lost.isEmpty() ? ", each stored school shows every one" : "; " + String.join(", ", lost)));
        Map<Long, String> notes = owner.read(dsl -> dsl.select(CAMERA.ID, CAMERA.NOTE).from(CAMERA).where(CAMERA.ID.in(cameras.keySet()))
                .fetchMap(CAMERA.ID, CAMERA.NOTE));
        lost.clear();
        long cameraSaves = 0;
        for (long id : cameras.keySet()) {
            cameraSaves += ledger.cameraSaves(id);
            if (Head.edits(notes.get(id)) != ledger.cameraSaves(id)) {
                lost.add("camera " + id + " shows " + Head.edits(notes.get(id)) + " of " + ledger.cameraSaves(id));
            }
        }
        check("no lost update of a camera", lost.isEmpty(), String.format(Locale.ROOT, "%,d saves over %d cameras%s", cameraSaves, cameras.size(),
                lost.isEmpty() ? ", each stored camera shows every one" : "; " + String.join(", ", lost)));
    }

    private void errors(List<Ledger.Tally> tallies) {
        int errors = tallies.stream().mapToInt(t -> t.errors).sum();
        int conflicts = tallies.stream().mapToInt(t -> t.conflicts).sum();
        String texts = tallies.stream().flatMap(t -> t.errorTexts.stream().map(e -> t.login + ": " + e)).limit(5)
                .collect(Collectors.joining("; "));
        check("no error but conflicts", errors == 0, String.format(Locale.ROOT, "%d errors, %,d conflicts (each resolved: theirs taken, "
                + "own change applied over it, saved again)%s", errors, conflicts, texts.isEmpty() ? "" : "; " + texts));
    }

    /** Each officer's saves are in the trail under its login, nobody else's entries came in, and the chain holds. */
    private void audit(Database owner, Mark mark, List<Ledger.Tally> tallies) {
        AuditChainCheck chain = new AuditRepository(owner).verify();
        check("audit chain verifies", chain.intact(), String.format(Locale.ROOT, "%,d entries checked%s", chain.checked(),
                chain.firstBroken().isPresent() ? ", first broken " + chain.firstBroken().getAsLong() : ""));
        Map<String, Integer> entries = new HashMap<>();
        for (Record4<String, String, String, Integer> r : owner.read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.SUBJECT,
                AUDIT_ENTRY.ACTION, DSL.count()).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(mark.auditId()))
                .groupBy(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.SUBJECT, AUDIT_ENTRY.ACTION).fetch())) {
            entries.merge(r.value1() + " " + r.value2() + " " + r.value3(), r.value4(), Integer::sum);
        }
        Set<String> logins = tallies.stream().map(t -> t.login).collect(Collectors.toSet());
        List<String> strangers = entries.keySet().stream().filter(k -> !logins.contains(k.substring(0, k.indexOf(' ')))).toList();
        check("every entry since the start under an officer's login", strangers.isEmpty(), String.format(Locale.ROOT, "%,d entries%s",
                entries.values().stream().mapToInt(Integer::intValue).sum(), strangers.isEmpty() ? "" : "; others: " + strangers));
        List<String> missing = new ArrayList<>();
        int matched = 0;
        for (Ledger.Tally t : tallies) {
            for (String[] kind : new String[][] {{"visit", "school_visit CREATE"}, {"event", "outreach_event CREATE"},
                    {"school", "school UPDATE"}, {"camera", "camera UPDATE"}, {"export", "monthly_summary EXPORT"}}) {
                int saved = t.saved(kind[0], 0);
                int recorded = entries.getOrDefault(t.login + " " + kind[1], 0);
                matched += Math.min(saved, recorded);
                if (saved != recorded) {
                    missing.add(t.login + " saved " + saved + " " + kind[0] + "s, the trail holds " + recorded);
                }
            }
        }
        check("every change in the audit trail with its actor", missing.isEmpty(), String.format(Locale.ROOT, "%,d changes found under their"
                + " officers' logins%s", matched, missing.isEmpty() ? "" : "; " + String.join(", ", missing)));
    }

    /** What the server counts against the sum of what the officers said they saved. */
    private void figures(Database owner, Mark mark, List<Ledger.Tally> tallies, List<Long> schools, Map<Long, Long> cameras) {
        int visits = sum(tallies, "visit");
        int events = sum(tallies, "event");
        int schoolSaves = sum(tallies, "school");
        int cameraSaves = sum(tallies, "camera");
        int storedVisits = owner.read(dsl -> dsl.fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.ID.gt(mark.visitId())));
        int storedEvents = owner.read(dsl -> dsl.fetchCount(OUTREACH_EVENT, OUTREACH_EVENT.ID.gt(mark.eventId())));
        Map<Long, Integer> versions = owner.read(dsl -> dsl.select(SCHOOL.ID, SCHOOL.ROW_VERSION).from(SCHOOL).where(SCHOOL.ID.in(schools))
                .fetchMap(SCHOOL.ID, SCHOOL.ROW_VERSION));
        long schoolVersions = schools.stream().mapToLong(id -> versions.get(id) - mark.schoolVersions().get(id)).sum();
        long cameraEdits = owner.read(dsl -> dsl.select(CAMERA.NOTE).from(CAMERA).where(CAMERA.ID.in(cameras.keySet())).fetch(CAMERA.NOTE))
                .stream().mapToLong(Head::edits).sum();
        boolean ok = storedVisits == visits && storedEvents == events && schoolVersions == schoolSaves && cameraEdits == cameraSaves;
        check("the server's figures equal the officers' sum", ok, String.format(Locale.ROOT, "visits %,d (officers: %,d), events %,d (%,d),"
                        + " school versions counted up %,d (school saves: %,d), camera edits %,d (camera saves: %,d)",
                storedVisits, visits, storedEvents, events, schoolVersions, schoolSaves, cameraEdits, cameraSaves));
    }

    private static int sum(List<Ledger.Tally> tallies, String kind) {
        return tallies.stream().mapToInt(t -> t.saved(kind, 0)).sum();
    }
}
