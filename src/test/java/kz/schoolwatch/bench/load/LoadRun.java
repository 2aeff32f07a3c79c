// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.report.ReportFonts;

/**
 * Many officers at once on the unit's server (issue 18): the demo city, {@code officers} accounts (one head exporting
 * the monthly summary, about a third heads editing schools and cameras, the rest inspectors logging visits and
 * events), each on a thread of its own with a connection pool of its own. First all of them together briefly
 * (untimed, so that neither phase pays for a cold start), then one officer of each kind alone ({@code aloneSeconds}
 * each: the baseline), then all of them together for {@code seconds}; then the checks on what the server holds.
 */
final class LoadRun {

    /**
     * How many officers, for how long, and how long each pauses between two rounds of its work ({@code pauseMillis}:
     * 0 for officers who never stop, a stress no unit's staff could make; a quarter of a second is still an officer
     * many times quicker than a person at a form).
     */
    record Plan(int officers, int seconds, int aloneSeconds, int pauseMillis) {

        Plan {
            if (officers < 3) {
                throw new IllegalArgumentException("at least 3 officers: an inspector, a head and the exporting head");
            }
        }

        /** Heads editing the registry: about a third, at least two so that they meet on the same school. */
        int heads() {
            return Math.max(2, (officers - 1) * 3 / 10);
        }

        int inspectors() {
            return officers - 1 - heads();
        }

        int warmUpSeconds() {
            return Math.max(1, Math.min(5, seconds / 10));
        }
    }

    /** What a run measured and found. */
    record Result(Plan plan, Latencies alone, Latencies together, List<Ledger.Tally> tallies, LoadChecks checks,
                  boolean camerasShared) {
    }

    private LoadRun() {
    }

    /** Runs {@code plan} on the migrated, empty database at {@code address}, owned by {@code ownerLogin}. */
    static Result run(ServerAddress address, String ownerLogin, Plan plan) throws DatabaseOpenException {
        // Cameras are edited by every head once a camera carries a version; until then each head keeps to its own,
        // since a save of an unversioned record overwrites and nobody could tell.
        boolean camerasShared = RecordCopies.has(Camera.class, "version");
        try (LoadCity city = LoadCity.prepare(address, ownerLogin, Math.max(2, plan.heads() * 2))) {
            Ledger ledger = new Ledger();
            List<LoadOfficer> officers = new ArrayList<>();
            try {
                officers(city, plan, ledger, camerasShared, officers);
                LoadChecks.Mark mark = LoadChecks.Mark.take(city.owner(), city.schoolPool());
                together(officers, plan.warmUpSeconds(), plan.pauseMillis(), new Latencies());
                Latencies alone = new Latencies();
                for (LoadOfficer first : firstOfEachKind(officers)) {
                    together(List.of(first), plan.aloneSeconds(), plan.pauseMillis(), alone);
                }
                Latencies all = new Latencies();
                together(officers, plan.seconds(), plan.pauseMillis(), all);
                List<Ledger.Tally> tallies = officers.stream().map(LoadOfficer::tally).toList();
                officers.forEach(LoadOfficer::close);
                officers.clear();
                LoadChecks checks = LoadChecks.of(city.owner(), mark, tallies, ledger, city.schoolPool(), city.cameras());
                return new Result(plan, alone, all, tallies, checks, camerasShared);
            } finally {
                officers.forEach(LoadOfficer::close);
            }
        }
    }

    private static void officers(LoadCity city, Plan plan, Ledger ledger, boolean camerasShared, List<LoadOfficer> officers)
            throws DatabaseOpenException {
        List<Integer> districts = city.districts();
        Messages messages = Messages.russian();
        ReportFonts fonts = new ReportFonts();
        LoadCity.Account exporting = city.account("load_export", Role.HEAD, null, null);
        Database db = city.connect(exporting);
        officers.add(new Exporter(db, city.access(exporting, db), tally(exporting), ledger, 1, messages, fonts));
        List<Long> cameraIds = new ArrayList<>(city.cameras().keySet());
        for (int i = 0; i < plan.heads(); i++) {
            LoadCity.Account head = city.account("load_head" + (i + 1), Role.HEAD, null, null);
            Map<Long, Long> cameras = new LinkedHashMap<>();
            for (int c = 0; c < cameraIds.size(); c++) {
                if (camerasShared || c % plan.heads() == i) {
                    cameras.put(cameraIds.get(c), city.cameras().get(cameraIds.get(c)));
                }
            }
            Database headDb = city.connect(head);
            officers.add(new Head(headDb, city.access(head, headDb), tally(head), ledger, 100 + i, city.schoolPool(), cameras));
        }
        for (int i = 0; i < plan.inspectors(); i++) {
            int district = districts.get(i % districts.size());
            long officer = city.officer(i + 1, district);
            LoadCity.Account inspector = city.account("load_insp" + (i + 1), Role.INSPECTOR, officer, null);
            Database inspectorDb = city.connect(inspector);
            officers.add(new Inspector(inspectorDb, city.access(inspector, inspectorDb), tally(inspector), ledger, 200 + i, officer,
                    city.schoolsOf(district), city.purposeId(), city.eventTypeId()));
        }
    }

    private static Ledger.Tally tally(LoadCity.Account account) {
        return new Ledger.Tally(account.login(), account.role());
    }

    /** The baseline's officers: the first inspector, the first head, the exporting head. */
    private static List<LoadOfficer> firstOfEachKind(List<LoadOfficer> officers) {
        Map<Class<?>, LoadOfficer> first = new LinkedHashMap<>();
        for (LoadOfficer o : officers) {
            first.putIfAbsent(o.getClass(), o);
        }
        return List.of(first.get(Inspector.class), first.get(Head.class), first.get(Exporter.class));
    }

    /** {@code officers} at work at once, each on its own thread, for {@code seconds}. */
    private static void together(List<LoadOfficer> officers, int seconds, int pauseMillis, Latencies times) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (LoadOfficer o : officers) {
            Thread t = new Thread(() -> {
                try {
                    o.workUntil(deadline, pauseMillis, times);
                } catch (Throwable e) {
                    o.error(e);
                }
            }, o.login());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the load run was interrupted", e);
            }
        }
    }
}
