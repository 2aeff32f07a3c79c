// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.security.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two administrators' windows on the same account (issue 18): an edit over someone else's edit, a disabling or a
 * password reset is refused with the account as stored now, which holds no password hash. On the PC's file and on
 * the unit's server signed in as the administrator, whose column grants (db/postgresql/V8, V11) must allow it.
 */
class AccountConflictsTest {

    private static final char[] TEMPORARY = "Vremenny-parol-7".toCharArray();

    @TempDir
    Path folder;

    @Test
    void onThePcAnEditOverAnotherWindowsEditIsRefusedWithTheirs() throws Exception {
        TestSessions.prepare(folder, false);
        try (Database db = TestDatabases.open(folder)) {
            AccountRepository repository = new AccountRepository(db);
            Access admin = new Access(repository.byLogin(TestSessions.ADMIN).orElseThrow(), id -> null);
            AccountService accounts = new AccountService(db, repository, folder, TestDatabases.key(folder), admin, new DataChanges(),
                    Clock.systemDefaultZone());
            long id = accounts.create(new AccountDraft("petrov", "Петров П.", Role.HEAD, null, null), TEMPORARY, TEMPORARY);
            theSecondSaveMeetsTheFirst(accounts, repository, id, "petrov");
        }
    }

    @Test
    void onTheServerTheAdministratorsSavesAreVersionedToo() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        String admin = "adm_" + address.database();
        String head = "petrov_" + address.database();
        char[] adminPassword = "Admin-parol-1".toCharArray();
        try (Database owner = PostgresServer.connect(address)) {
            owner.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, password_hash)"
                    + " VALUES (?, 'Администратор', 'ADMIN', 'server-login')", admin));
            owner.write(cfg -> cfg.dsl().execute("SELECT schoolwatch_set_login_password(?, ?)", admin,
                    org.postgresql.util.PasswordUtil.encodeScramSha256(adminPassword.clone())));
        }
        PostgresServer.checkPasswordsOf(admin, head);
        try (Database db = Database.connect(address, admin, adminPassword)) {
            db.setActor(admin);
            AccountRepository repository = new AccountRepository(db);
            UserAccount me = repository.byLogin(admin).orElseThrow();
            AccountService accounts = new AccountService(db, repository, null, null, new Access(me, id -> null), new DataChanges(),
                    Clock.systemDefaultZone());
            long id = accounts.create(new AccountDraft(head, "Петров П.", Role.HEAD, null, null), TEMPORARY, TEMPORARY);
            theSecondSaveMeetsTheFirst(accounts, repository, id, head);
        }
    }

    /** Both windows opened the account at version 1; the first saves, the second meets it; then a reset and a disabling. */
    private static void theSecondSaveMeetsTheFirst(AccountService accounts, AccountRepository repository, long id, String login) {
        UserAccount opened = repository.byId(id).orElseThrow();
        assertThat(opened.version()).isEqualTo(1);
        accounts.update(id, new AccountDraft(login, "Петров Пётр Петрович", Role.HEAD, null, 2, opened.version()));

        AccountDraft mine = new AccountDraft(login, "Петров П.", Role.HEAD, null, 3, opened.version());
        assertThatThrownBy(() -> accounts.update(id, mine)).isInstanceOfSatisfying(EditConflictException.class, e ->
                assertThat(e.current(AccountDraft.class))
                        .isEqualTo(new AccountDraft(login, "Петров Пётр Петрович", Role.HEAD, null, 2, 2)));
        assertThat(repository.byId(id).orElseThrow().districtId()).isEqualTo(2);

        // A password reset counts the version up: a form opened before it learns of it on saving.
        char[] reset = "Novy-parol-8".toCharArray();
        accounts.resetPassword(id, reset, reset);
        assertThat(repository.byId(id).orElseThrow().version()).isEqualTo(3);
        AccountDraft overTheirs = new AccountDraft(login, "Петров П.", Role.HEAD, null, 3, 2);
        assertThatThrownBy(() -> accounts.update(id, overTheirs)).isInstanceOf(EditConflictException.class);

        accounts.disable(id);
        UserAccount disabled = repository.byId(id).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.version()).isEqualTo(4);
        accounts.update(id, new AccountDraft(login, "Петров П.", Role.HEAD, null, 3, 4));
        assertThat(repository.byId(id).orElseThrow()).extracting(UserAccount::fullName, UserAccount::districtId, UserAccount::version)
                .containsExactly("Петров П.", 3, 5);
    }
}
