// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.app.TwoPcs;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.TcpProxy;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.cameras.CamerasViewModel;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.UiThreadTaskRunner;
import kz.schoolwatch.ui.dashboard.DashboardViewModel;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import kz.schoolwatch.ui.security.AccountsViewModel;
import kz.schoolwatch.ui.visits.VisitListViewModel;

/**
 * How long a save on one PC takes to show on another PC's open screens (issue 18: within 2 s): two PCs on a new
 * database of the embedded test server, the second with the Schools list, the dashboard, the Cameras screen, the
 * visit list and the accounts list open; the first saves a school, cameras, a visit and an account, one at a time,
 * and the time from the save's commit to the figure on the second's screen is measured. Prints the median, p95 and
 * maximum per screen over {@code saves} saves each; then the second PC's cable is pulled while a school is saved and
 * plugged in again, and the time until its Schools list shows that school is measured the same way.
 * {@code java … LiveRefreshBench [saves=20]} (test classpath; see bench/live-refresh.sh).
 */
public final class LiveRefreshBench {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Times the second PC loses the server and comes back. */
    private static final int RECONNECTS = 5;

    private LiveRefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, List<Long>> delays = new LinkedHashMap<>();
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner(); TcpProxy cable = TcpProxy.toTestServer();
             TwoPcs pcs = TwoPcs.onNewDatabase(cable::through)) {
            AppContext there = pcs.watching();
            SchoolsViewModel schools = new SchoolsViewModel(there.schools(), there.settings(), tasks, there.clock());
            DashboardViewModel dashboard = new DashboardViewModel(there.dashboard(), tasks, there.changes());
            CamerasViewModel cameras = new CamerasViewModel(there.cameras(), tasks, there.changes());
            VisitListViewModel visits = new VisitListViewModel(there.visits(), there.lookups(), tasks, there.clock());
            AccountsViewModel accounts = new AccountsViewModel(there.accounts(), there.lookups(), tasks, Messages.russian());
            ChangeFeed feed = new ChangeFeed(there.changes(), tasks);
            tasks.run(() -> {
                schools.follow(there.changes());
                schools.load();
                dashboard.refresh();
                cameras.load();
                visits.follow(feed);
                visits.loadChoices();
                visits.apply();
                accounts.follow(feed);
                accounts.load();
            });
            tasks.await(DEADLINE, "the screens read", () -> dashboard.loadedProperty().get() && cameras.cityProperty().get() != null
                    && visits.list().loadsProperty().get() > 0);
            pcs.awaitListening();

            AppContext here = pcs.saving();
            TestRows rows = new TestRows(here.session().database());
            long officer = rows.officer("Исин", "100001", 1);
            long visitedSchool = rows.school(125, 1);
            int purpose = rows.firstPurposeId();
            AccountService administrator = pcs.savingAdministrator();
            String loginPrefix = pcs.address().database().replace("_", "") + ".officer";
            LocalDateTime visitTime = LocalDate.now().withDayOfMonth(1).atTime(9, 0);
            for (int i = 0; i < saves; i++) {
                int number = 200 + i;
                long school = here.schools().save(new SchoolDetails(null, number, "Школа №" + number, SchoolType.GENERAL,
                        Ownership.STATE, TeachingLanguage.KAZAKH, 4, "ул. Тимирязева, " + number, "Ахметова А. С.", null, 800, null, null, null, 0));
                long commit = System.nanoTime();
                record(delays, commit, tasks, Map.of(
                        "schools list", () -> schools.shown().stream().anyMatch(r -> r.number() == number),
                        "dashboard city totals", () -> dashboard.schoolsProperty().get() == number - 198));

                int outdoor = (i + 1) * 2;
                here.cameras().addMany(school, 2, null, CameraStatus.WORKING, LocalDate.now(), true);
                commit = System.nanoTime();
                record(delays, commit, tasks, Map.of("cameras screen", () -> cameras.cityProperty().get().outdoor() == outdoor));

                long visit = here.visits().create(new VisitDraft(officer, visitedSchool, visitTime.plusMinutes(i), purpose, "Охрана на месте", "", 0));
                commit = System.nanoTime();
                record(delays, commit, tasks, Map.of("visit list", () -> visits.list().rows().stream().map(Visit::id).anyMatch(v -> v == visit)));

                String login = loginPrefix + i;
                char[] password = "Vremenny2024x".toCharArray();
                administrator.create(new AccountDraft(login, "Инспектор " + i, Role.INSPECTOR, officer, null), password, password.clone());
                commit = System.nanoTime();
                record(delays, commit, tasks,
                        Map.of("accounts list", () -> accounts.rows().stream().map(UserAccount::login).anyMatch(login::equals)));
            }
            // The cable pulled while a school is saved, then plugged in: from then until the list shows it.
            for (int i = 0; i < RECONNECTS; i++) {
                int number = 500 + i;
                cable.cut();
                here.schools().save(new SchoolDetails(null, number, "Школа №" + number, SchoolType.GENERAL,
                        Ownership.STATE, TeachingLanguage.KAZAKH, 4, "ул. Тимирязева, " + number, "Ахметова А. С.", null, 800, null, null, null, 0));
                cable.restore();
                long back = System.nanoTime();
                record(delays, back, tasks, Map.of("after reconnect", () -> schools.shown().stream().anyMatch(r -> r.number() == number)));
            }
        }
        System.out.printf("%-24s %8s %8s %8s   (%d saves each, ms from the save's commit to the figure on the other PC;"
                + " after reconnect: %d times, ms from the cable plugged in again)%n", "screen", "median", "p95", "max", saves, RECONNECTS);
        for (Map.Entry<String, List<Long>> e : delays.entrySet()) {
            List<Long> ms = new ArrayList<>(e.getValue());
            Collections.sort(ms);
            System.out.printf("%-24s %8d %8d %8d%n", e.getKey(), ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
                    ms.get(ms.size() - 1));
        }
    }

    /** Looks at every screen of {@code shown} until each shows the save, noting when each first did. */
    private static void record(Map<String, List<Long>> delays, long commit, UiThreadTaskRunner tasks, Map<String, BooleanSupplier> shown) {
        Map<String, Long> seen = new LinkedHashMap<>();
        tasks.await(DEADLINE, String.join(", ", shown.keySet()), () -> {
            long now = System.nanoTime();
            shown.forEach((screen, showing) -> {
                if (!seen.containsKey(screen) && showing.getAsBoolean()) {
                    seen.put(screen, (now - commit) / 1_000_000);
                }
            });
            return seen.size() == shown.size();
        });
        seen.forEach((screen, ms) -> delays.computeIfAbsent(screen, s -> new ArrayList<>()).add(ms));
    }
}
