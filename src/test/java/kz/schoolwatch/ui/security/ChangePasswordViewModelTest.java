// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing the own password, run in step against the account's real password hash. */
class ChangePasswordViewModelTest {

    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private AccountRepository stored;
    private ChangePasswordViewModel model;

    @BeforeEach
    void open() throws Exception {
        TestSessions.prepare(folder, false);
        db = TestDatabases.open(folder);
        stored = new AccountRepository(db);
        Access admin = new Access(stored.byLogin(TestSessions.ADMIN).orElseThrow(), id -> null);
        AccountService accounts = new AccountService(db, stored, folder, TestDatabases.key(folder), admin, new DataChanges(),
                Clock.systemDefaultZone());
        model = new ChangePasswordViewModel(accounts, new InStepTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWrongCurrentPasswordIsSaidAtItsFieldAndTheOldOneStays() {
        String hashBefore = stored.passwordHash(TestSessions.ADMIN).orElseThrow();
        model.currentProperty().set("not-the-password-1");
        model.passwordProperty().set("Novy2024parol");
        model.repeatProperty().set("Novy2024parol");
        model.save();

        assertThat(model.errors()).extracting(FieldError::field).containsExactly("current");
        assertThat(RU.get(model.errors().get(0).messageKey())).isEqualTo(RU.get("password.error.current"));
        assertThat(model.savedProperty().get()).isZero();
        assertThat(stored.passwordHash(TestSessions.ADMIN)).contains(hashBefore);
    }

    @Test
    void theRightCurrentPasswordAndAGoodNewOneAreSaved() {
        String hashBefore = stored.passwordHash(TestSessions.ADMIN).orElseThrow();
        model.currentProperty().set(TestSessions.PASSWORD);
        model.passwordProperty().set("Novy2024parol");
        model.repeatProperty().set("Novy2024parol");
        model.save();

        assertThat(model.errors()).isEmpty();
        assertThat(model.savedProperty().get()).isEqualTo(1);
        assertThat(stored.passwordHash(TestSessions.ADMIN).orElseThrow()).isNotEqualTo(hashBefore);
    }
}
