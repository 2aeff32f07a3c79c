// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locked screen's password check, run in step against the account's real password. */
class UnlockViewModelTest {

    private static final Messages RU = Messages.russian();

    @TempDir
    Path folder;

    private Database db;
    private final List<String> happened = new ArrayList<>();
    private UnlockViewModel model;

    @BeforeEach
    void open() throws Exception {
        TestSessions.prepare(folder, false);
        db = TestDatabases.open(folder);
        AccountRepository stored = new AccountRepository(db);
        Access admin = new Access(stored.byLogin(TestSessions.ADMIN).orElseThrow(), id -> null);
        AccountService accounts = new AccountService(db, stored, folder, TestDatabases.key(folder), admin, new DataChanges(),
                Clock.systemDefaultZone());
        model = new UnlockViewModel(new InStepTaskRunner(), accounts::unlock, RU, () -> happened.add("unlocked"),
                () -> happened.add("signed out"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theRightPasswordUnlocks() {
        model.passwordProperty().set(TestSessions.PASSWORD);
        model.unlock();

        assertThat(happened).containsExactly("unlocked");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsSaidAndTheScreenStaysLocked() {
        model.passwordProperty().set("wrong-password-1");
        model.unlock();

        assertThat(happened).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(RU.get("signin.error.wrongLeft", 4));
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void signingOutFromTheLockedScreenUncoversTheWindowsFirst() {
        model.signOut();

        assertThat(happened).containsExactly("unlocked", "signed out");
    }
}
