// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.TcpProxy;
import kz.schoolwatch.ui.cameras.CamerasViewModel;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.UiThreadTaskRunner;
import kz.schoolwatch.ui.dashboard.DashboardViewModel;
import kz.schoolwatch.ui.leisure.LeisureViewModel;
import kz.schoolwatch.ui.officers.OfficersViewModel;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import kz.schoolwatch.ui.security.AccountsViewModel;
import kz.schoolwatch.ui.security.AuditViewModel;
import kz.schoolwatch.ui.visits.VisitListViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an officer saves on one PC shows on the screens another PC has open, within two seconds and without a
 * restart (issue 18): two PCs on one database of the test server, the second's view models built as the program
 * builds them, their background work on worker threads and their follow-ups on a UI thread of their own.
 */
class LiveFiguresBetweenPcsTest {

    /** The promise. */
    static final Duration LIVE = Duration.ofSeconds(2);

    private final UiThreadTaskRunner tasks = new UiThreadTaskRunner();

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** A school the head of unit saves on the first PC. */
    static SchoolDetails school(int number) {
        return new SchoolDetails(null, number, "КГУ «Общеобразовательная школа №" + number + "»", SchoolType.GENERAL, Ownership.STATE,
                TeachingLanguage.KAZAKH_RUSSIAN, 4, "мкр. Самал-2, " + number, "Жумабаева Г. К.", "+7 727 264 11 22", 1200, null, null, null, 0);
    }

    /** The Schools screen as {@link Screens} builds it: following the changes, then read. */
    static SchoolsViewModel schoolsScreen(AppContext pc, UiThreadTaskRunner tasks) {
        SchoolsViewModel model = new SchoolsViewModel(pc.schools(), pc.settings(), tasks, pc.clock());
        tasks.run(() -> {
            model.follow(pc.changes());
            model.load();
        });
        return model;
    }

    /** The dashboard's city figures as {@link Screens} builds them. */
    static DashboardViewModel dashboard(AppContext pc, UiThreadTaskRunner tasks) {
        DashboardViewModel model = new DashboardViewModel(pc.dashboard(), tasks, pc.changes());
        tasks.run(model::refresh);
        return model;
    }

    @Test
    void aSchoolSavedOnOnePcShowsInTheOthersSchoolsListDashboardAndAuditTrailWithinTwoSeconds() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            SchoolsViewModel schools = schoolsScreen(pcs.watching(), tasks);
            DashboardViewModel dashboard = dashboard(pcs.watching(), tasks);
            AuditViewModel audit = new AuditViewModel(pcs.watching().audit(), tasks, Messages.russian(), LocalDate.now());
            tasks.run(() -> {
                audit.follow(new ChangeFeed(pcs.watching().changes(), tasks));
                audit.load();
            });
            tasks.await(LIVE, "the screens read", () -> dashboard.loadedProperty().get() && !schools.loadingProperty().get());
            int before = tasks.read(() -> dashboard.schoolsProperty().get());
            pcs.awaitListening();

            long id = pcs.saving().schools().save(school(150));

            tasks.await(LIVE, "the new school in the list", () -> schools.shown().stream().anyMatch(r -> r.number() == 150));
            tasks.await(LIVE, "one school more on the dashboard", () -> dashboard.schoolsProperty().get() == before + 1);
            tasks.await(LIVE, "the school's entry in the audit trail", () -> audit.list().rows().stream()
                    .anyMatch(e -> "school".equals(e.subject()) && String.valueOf(id).equals(e.subjectKey())));
        }
    }

    @Test
    void anotherPcsLockShowsInTheAuditTrailWithinTwoSecondsAndReadsNoOtherScreenAgain() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            AuditViewModel audit = new AuditViewModel(pcs.watching().audit(), tasks, Messages.russian(), LocalDate.now());
            DashboardViewModel dashboard = dashboard(pcs.watching(), tasks);
            tasks.run(() -> {
                audit.follow(new ChangeFeed(pcs.watching().changes(), tasks));
                audit.load();
            });
            tasks.await(LIVE, "the screens read", () -> dashboard.loadedProperty().get() && audit.list().loadsProperty().get() > 0);
            pcs.awaitListening();
            java.util.List<kz.schoolwatch.service.DataChanges.Topic> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            pcs.watching().changes().subscribe(heard::add);

            // No data changes with it: only the trail grows (the head locks the program on the first PC).
            pcs.saving().accounts().audit("LOCK", "idle or by hand");

            tasks.await(LIVE, "the lock in the audit trail", () -> audit.list().rows().stream().anyMatch(e -> "LOCK".equals(e.action())));
            // The feed tells its listeners one after another: the trail may read again before this one hears.
            tasks.await(LIVE, "the notice heard", () -> !heard.isEmpty());
            assertThat(heard).containsOnly(kz.schoolwatch.service.DataChanges.Topic.AUDIT);
        }
    }

    @Test
    void theSchoolsListKeepsItsFiltersWhenAnotherPcsSaveReadsItAgain() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            pcs.saving().schools().save(school(151));
            SchoolsViewModel schools = schoolsScreen(pcs.watching(), tasks);
            tasks.await(LIVE, "the list read", () -> schools.shown().size() == 1);
            tasks.run(() -> schools.searchProperty().set("15"));
            pcs.awaitListening();

            pcs.saving().schools().save(school(152));
            pcs.saving().schools().save(school(260));

            tasks.await(LIVE, "the new school within the filter", () -> schools.shown().stream().anyMatch(r -> r.number() == 152));
            assertThat(tasks.read(() -> schools.searchProperty().get())).isEqualTo("15");
            assertThat(tasks.read(() -> schools.shown().stream().map(SchoolRow::number).toList())).containsExactlyInAnyOrder(151, 152);
        }
    }

    @Test
    void camerasAddedOnOnePcShowOnTheOthersCamerasScreenAndDashboardWithinTwoSeconds() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            long id = pcs.saving().schools().save(school(153));
            CamerasViewModel cameras = new CamerasViewModel(pcs.watching().cameras(), tasks, pcs.watching().changes());
            tasks.run(cameras::load);
            DashboardViewModel dashboard = dashboard(pcs.watching(), tasks);
            tasks.await(LIVE, "the screens read", () -> cameras.cityProperty().get() != null && dashboard.loadedProperty().get());
            pcs.awaitListening();

            pcs.saving().cameras().addMany(id, 3, 2, CameraStatus.WORKING, LocalDate.now(), true);

            tasks.await(LIVE, "the city's outdoor and indoor cameras", () -> cameras.cityProperty().get().outdoor() == 3
                    && cameras.cityProperty().get().indoor() == 2);
            tasks.await(LIVE, "the dashboard's cameras", () -> dashboard.camerasTotalProperty().get() == 5);
        }
    }

    @Test
    void aVisitLoggedOnOnePcShowsInTheOthersVisitListWithinTwoSeconds() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            TestRows rows = new TestRows(pcs.saving().session().database());
            long officer = rows.officer("Исин", "100001", 1);
            long school = rows.school(125, 1);
            VisitListViewModel visits = new VisitListViewModel(pcs.watching().visits(), pcs.watching().lookups(), tasks,
                    pcs.watching().clock());
            tasks.run(() -> {
                visits.follow(new ChangeFeed(pcs.watching().changes(), tasks));
                visits.loadChoices();
                visits.apply();
            });
            tasks.await(LIVE, "the month read", () -> visits.list().loadsProperty().get() > 0);
            pcs.awaitListening();

            // An hour ago, or at the month's first minute: the visit falls in the month the list shows.
            LocalDateTime at = LocalDateTime.now().minusHours(1);
            if (at.getMonth() != LocalDate.now().getMonth()) {
                at = LocalDate.now().withDayOfMonth(1).atStartOfDay();
            }
            long id = pcs.saving().visits().create(new VisitDraft(officer, school, at, rows.firstPurposeId(), "Охрана на месте", "", 0));

            tasks.await(LIVE, "the visit in the list", () -> visits.list().rows().stream().map(Visit::id).anyMatch(v -> v == id));
        }
    }

    @Test
    void anAccountCreatedOnOnePcShowsInTheOthersAccountsListWithinTwoSeconds() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            AccountsViewModel accounts = new AccountsViewModel(pcs.watching().accounts(), pcs.watching().lookups(), tasks,
                    Messages.russian());
            tasks.run(() -> {
                accounts.follow(new ChangeFeed(pcs.watching().changes(), tasks));
                accounts.load();
            });
            pcs.awaitListening();
            // Logins are roles of the whole server: this database's own.
            String login = pcs.address().database().replace("_", "") + ".kassym";
            char[] password = "Vremenny2024x".toCharArray();

            pcs.savingAdministrator().create(new AccountDraft(login, "Касымов К. К.", Role.HEAD, null, 1), password, password.clone());

            tasks.await(LIVE, "the account in the list", () -> accounts.rows().stream().map(UserAccount::login).anyMatch(login::equals));
        }
    }

    @Test
    void anOfficerAndACentresCountsSavedOnOnePcShowOnTheOthersOfficersAndLeisureScreensWithinTwoSeconds() throws Exception {
        try (TwoPcs pcs = TwoPcs.onNewDatabase()) {
            AppContext there = pcs.watching();
            OfficersViewModel officers = new OfficersViewModel(there.officers(), there.lookups(), tasks, there.changes(), there.clock());
            LeisureViewModel leisure = new LeisureViewModel(there.leisure(), there.lookups(), tasks, there.changes(), there.clock());
            tasks.run(() -> {
                officers.load();
                leisure.load();
            });
            pcs.awaitListening();

            pcs.saving().officers().create(new OfficerDraft(8, "Сарсенбаев", "Ерлан", null, "150150", 4, null, true, 0));
            long centre = pcs.saving().leisure().save(null, new LeisureCentreDraft("Центр досуга «Жастар»", 4, null, List.of()));
            pcs.saving().leisure().putAttendance(centre, LocalDate.now(), 12, 3, 0);

            tasks.await(LIVE, "the officer in the registry", () -> officers.rows().stream()
                    .anyMatch(r -> r.officer().badgeNumber().equals("150150")));
            tasks.await(LIVE, "the centre's counts of the month", () -> leisure.attendance().stream()
                    .anyMatch(a -> a.centreId() == centre && a.registeredTeenagers() == 12));
        }
    }

    @Test
    void aPcThatLostTheServerShowsWhatChangedMeanwhileWhenItComesBack() throws Exception {
        try (TcpProxy cable = TcpProxy.toTestServer(); TwoPcs pcs = TwoPcs.onNewDatabase(cable::through)) {
            SchoolsViewModel schools = schoolsScreen(pcs.watching(), tasks);
            DashboardViewModel dashboard = dashboard(pcs.watching(), tasks);
            AccountsViewModel accounts = new AccountsViewModel(pcs.watching().accounts(), pcs.watching().lookups(), tasks,
                    Messages.russian());
            tasks.run(() -> {
                accounts.follow(new ChangeFeed(pcs.watching().changes(), tasks));
                accounts.load();
            });
            tasks.await(LIVE, "the screens read", () -> dashboard.loadedProperty().get() && !schools.loadingProperty().get());
            pcs.awaitListening();

            cable.cut();
            pcs.saving().schools().save(school(154));
            String login = pcs.address().database().replace("_", "") + ".sattar";
            char[] password = "Vremenny2024x".toCharArray();
            pcs.savingAdministrator().create(new AccountDraft(login, "Саттаров С.", Role.HEAD, null, 1), password, password.clone());
            cable.restore();

            // Nothing of these saves was heard: the listener's retry (2 s) and its refresh of everything show them.
            Duration back = Duration.ofSeconds(15);
            tasks.await(back, "the school saved meanwhile", () -> schools.shown().stream().anyMatch(r -> r.number() == 154));
            tasks.await(back, "the dashboard's figure", () -> dashboard.schoolsProperty().get() == 1);
            tasks.await(back, "the account made meanwhile", () -> accounts.rows().stream().map(UserAccount::login).anyMatch(login::equals));
            // And what is saved after that is heard as before.
            pcs.saving().schools().save(school(155));
            tasks.await(LIVE, "a later school", () -> schools.shown().stream().anyMatch(r -> r.number() == 155));
        }
    }
}
