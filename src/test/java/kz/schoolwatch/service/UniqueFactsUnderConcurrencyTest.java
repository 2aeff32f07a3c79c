// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kz.schoolwatch.EngineCases;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.OfficerDraft;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.service.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two officers type the same unique fact (school No. 150, a badge number, a list's name, a login) and press «Сохранить»
 * at the same moment: exactly one is saved, the other is told next to the field, never a general failure. Each
 * round releases both saves together with a barrier, each on its own connection: on the PC's file both go through
 * the one database, on the unit's server each is a PC of its own.
 */
class UniqueFactsUnderConcurrencyTest {

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(Engine.H2);
        }
    }

    @Nested
    class OnPostgreSql extends Cases {
        OnPostgreSql() {
            super(Engine.POSTGRESQL);
        }
    }

    /** The cases, run once per engine. */
    abstract static class Cases extends EngineCases {

        /** Rounds per fact: a race lost only now and then shows within them. */
        private static final int ROUNDS = 20;

        Cases(Engine engine) {
            super(engine);
        }

        @TempDir
        Path folder;

        private Database first;
        private Database second;
        private final ExecutorService officers = Executors.newFixedThreadPool(2);

        @BeforeEach
        void open() throws Exception {
            first = databases.open(engine, folder);
            // Two PCs on the server are two pools of connections; on the file, two windows share one.
            second = engine == Engine.H2 ? first : PostgresServer.connect(first.server().orElseThrow());
        }

        @AfterEach
        void close() {
            officers.shutdownNow();
            if (second != first) {
                second.close();
            }
        }

        @Test
        void twoOfficersCreatingTheSameSchoolNumberSaveOneAndTellTheOtherAtTheNumber() throws Exception {
            SchoolService one = schools(first);
            SchoolService two = schools(second);
            for (int round = 0; round < ROUNDS; round++) {
                int number = 150 + round;
                race("number", () -> one.save(school(number, "КГУ «Школа-лицей №" + number + "»")),
                        () -> two.save(school(number, "Школа №" + number)));
            }
            assertThat(one.list()).hasSize(ROUNDS);
        }

        @Test
        void twoOfficersAddingTheSameBadgeNumberSaveOneAndTellTheOtherAtTheBadge() throws Exception {
            OfficerService one = new OfficerService(first, new OfficerRepository(first), new DataChanges(), TestDatabases.head());
            OfficerService two = new OfficerService(second, new OfficerRepository(second), new DataChanges(), TestDatabases.head());
            for (int round = 0; round < ROUNDS; round++) {
                String badge = "150" + round;
                race("badgeNumber", () -> one.create(officer("Исин", badge)), () -> two.create(officer("Сериков", badge)));
            }
            assertThat(one.list()).hasSize(ROUNDS);
        }

        @Test
        void twoAdministratorsAddingTheSameNameToAListSaveOneAndTellTheOtherAtTheName() throws Exception {
            ReferenceListService one = new ReferenceListService(first, new ReferenceListRepository(first), new DataChanges(),
                    TestDatabases.admin());
            ReferenceListService two = new ReferenceListService(second, new ReferenceListRepository(second), new DataChanges(),
                    TestDatabases.admin());
            for (ReferenceList list : ReferenceList.values()) {
                int before = one.all(list).size();
                for (int round = 0; round < ROUNDS; round++) {
                    String name = "Беседа о безопасности " + round;
                    race("name", () -> one.add(list, name), () -> two.add(list, name));
                }
                assertThat(one.all(list)).as(list.name()).hasSize(before + ROUNDS);
            }
        }

        @Test
        void twoOfficersAddingTheSamePartnerSaveOneAndTellTheOtherAtTheName() throws Exception {
            LookupService one = new LookupService(first, new LookupRepository(first), new DataChanges(), TestDatabases.admin());
            LookupService two = new LookupService(second, new LookupRepository(second), new DataChanges(), TestDatabases.admin());
            int before = one.partners().size();
            for (int round = 0; round < ROUNDS; round++) {
                String name = "ОО «Жастар» " + round;
                race("name", () -> one.addPartner(name), () -> two.addPartner(name));
            }
            assertThat(one.partners()).hasSize(before + ROUNDS);
        }

        @Test
        void twoAdministratorsCreatingTheSameLoginSaveOneAndTellTheOtherAtTheLogin() throws Exception {
            if (engine == Engine.H2) {
                // Accounts on the PC's file need its key ring: a folder set up as the program sets one up.
                Path pc = folder.resolve("pc");
                TestSessions.prepare(pc, false);
                try (Database db = TestDatabases.open(pc)) {
                    AccountService accounts = new AccountService(db, new AccountRepository(db), pc, TestDatabases.key(pc),
                            TestDatabases.admin(), new DataChanges(), Clock.systemDefaultZone());
                    raceForLogins(accounts, accounts, "");
                }
                return;
            }
            // On the server the accounts are its login roles, which belong to the whole server: each test database
            // has logins of its own.
            raceForLogins(serverAccounts(first), serverAccounts(second), first.server().orElseThrow().database().replace("_", "") + ".");
        }

        private void raceForLogins(AccountService one, AccountService two, String prefix) throws Exception {
            for (int round = 0; round < ROUNDS; round++) {
                String login = prefix + "kassym" + round;
                race("login", () -> create(one, login, "Касымов К."), () -> create(two, login, "Касымова А."));
            }
            assertThat(one.list()).filteredOn(a -> a.login().startsWith(prefix + "kassym")).hasSize(ROUNDS);
        }

        private static AccountService serverAccounts(Database db) {
            return new AccountService(db, new AccountRepository(db), null, null, TestDatabases.admin(), new DataChanges(),
                    Clock.systemDefaultZone());
        }

        private static long create(AccountService accounts, String login, String name) {
            char[] password = "Vremenny2024x".toCharArray();
            return accounts.create(new AccountDraft(login, name, Role.HEAD, null, 1), password, password.clone());
        }

        private static SchoolService schools(Database db) {
            SchoolRepository repo = new SchoolRepository(db);
            return new SchoolService(db, repo, new AssignmentRepository(db), new ReferenceRepository(db), new DataChanges(),
                    Clock.systemDefaultZone(), TestDatabases.head());
        }

        private static SchoolDetails school(int number, String name) {
            return new SchoolDetails(null, number, name, SchoolType.SCHOOL_LYCEUM, Ownership.STATE, TeachingLanguage.KAZAKH_RUSSIAN, 4,
                    "ул. Жандосова, 150", "Ахметова А. С.", "+7 727 111 22 33", 900, null, null, null, 0);
        }

        private static OfficerDraft officer(String lastName, String badge) {
            return new OfficerDraft(8, lastName, "Тимур", null, badge, 4, null, true, 0);
        }

        /**
         * Releases both saves at once: exactly one is saved, the other refused with {@code field}'s error, whichever
         * of the two wins.
         */
        private void race(String field, Callable<?> one, Callable<?> two) throws Exception {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Object>> saves = new ArrayList<>();
            for (Callable<?> save : List.of(one, two)) {
                saves.add(officers.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return save.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : saves) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).as("one saved, one refused").filteredOn(o -> !(o instanceof Throwable)).hasSize(1);
            Object refused = outcomes.stream().filter(Throwable.class::isInstance).findFirst().orElseThrow();
            assertThat(refused).as("the refusal").isInstanceOf(ValidationException.class);
            assertThat(((ValidationException) refused).errors()).extracting(FieldError::field).containsExactly(field);
        }
    }
}
