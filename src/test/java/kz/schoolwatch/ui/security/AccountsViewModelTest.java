// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.FormViewModel;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's account forms, run in step against a real database: what is saved, what is refused and
 * which sentence stands next to which field.
 */
class AccountsViewModelTest {

    private static final Messages RU = Messages.russian();
    private static final String TEMPORARY = "Vremenny2024x";

    @TempDir
    Path folder;

    private Database db;
    private AccountRepository stored;
    private final InStepTaskRunner tasks = new InStepTaskRunner();
    private AccountsViewModel model;

    @BeforeEach
    void open() throws Exception {
        TestSessions.prepare(folder, false);
        db = TestDatabases.open(folder);
        stored = new AccountRepository(db);
        Access admin = new Access(stored.byLogin(TestSessions.ADMIN).orElseThrow(), id -> null);
        DataChanges changes = new DataChanges();
        AccountService accounts = new AccountService(db, stored, folder, TestDatabases.key(folder), admin, changes,
                Clock.systemDefaultZone());
        model = new AccountsViewModel(accounts, new LookupService(db, new LookupRepository(db), changes, admin), tasks, RU);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewAccountIsSavedWithItsTemporaryPasswordAndTheListReadsAgain() {
        AccountFormViewModel form = newHead("petrov", "Петров П. П.");

        assertThat(form.errors()).isEmpty();
        assertThat(form.savedProperty().get()).isEqualTo(1);
        UserAccount saved = stored.byLogin("petrov").orElseThrow();
        assertThat(saved.fullName()).isEqualTo("Петров П. П.");
        assertThat(saved.role()).isEqualTo(Role.HEAD);
        assertThat(saved.mustChangePassword()).isTrue();
        assertThat(model.rows()).extracting(UserAccount::login).contains("petrov");
    }

    @Test
    void wrongInputIsExplainedAtItsFieldsAndNothingIsSaved() {
        int before = stored.all().size();
        AccountFormViewModel form = model.newAccount();
        form.loginProperty().set("Пётр");
        form.passwordProperty().set("short");
        form.repeatProperty().set("other");
        form.save();

        Map<String, String> shown = texts(form);
        assertThat(shown.get("login")).isEqualTo(RU.get("account.error.loginFormat"));
        assertThat(shown.get("fullName")).isEqualTo(RU.get("validation.required"));
        assertThat(shown.get("role")).isEqualTo(RU.get("validation.required"));
        assertThat(shown.get("password")).isEqualTo(RU.get("password.error.short", 10));
        assertThat(shown.get("repeat")).isEqualTo(RU.get("password.error.repeat"));
        assertThat(form.savedProperty().get()).isZero();
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(stored.all()).hasSize(before);
    }

    @Test
    void anEditedAccountKeepsItsLoginAndGetsTheNewName() {
        newHead("petrov", "Петров П. П.");
        UserAccount petrov = model.rows().stream().filter(a -> a.login().equals("petrov")).findFirst().orElseThrow();

        AccountFormViewModel form = model.edit(petrov);
        assertThat(form.isNew()).isFalse();
        assertThat(form.loginProperty().get()).isEqualTo("petrov");
        assertThat(form.roleProperty().get()).isEqualTo(Role.HEAD);
        form.fullNameProperty().set("Петров Пётр Петрович");
        form.save();

        assertThat(form.errors()).isEmpty();
        assertThat(stored.byLogin("petrov").orElseThrow().fullName()).isEqualTo("Петров Пётр Петрович");
    }

    @Test
    void aTemporaryPasswordTypedTwiceDifferentlyIsRefusedAtTheRepeatField() {
        newHead("petrov", "Петров П. П.");
        UserAccount petrov = model.rows().stream().filter(a -> a.login().equals("petrov")).findFirst().orElseThrow();

        ResetPasswordViewModel reset = model.resetPassword(petrov);
        reset.passwordProperty().set("Novy2024parol");
        reset.repeatProperty().set("Novy2024paro");
        reset.save();

        assertThat(texts(reset)).containsEntry("repeat", RU.get("password.error.repeat"));
        assertThat(reset.savedProperty().get()).isZero();
    }

    @Test
    void theAdministratorCannotDisableTheOwnAccount() {
        UserAccount admin = model.rows().stream().filter(a -> a.login().equals(TestSessions.ADMIN)).findFirst().orElseThrow();

        model.disable(admin);

        assertThat(model.messageProperty().get()).isEqualTo(RU.get("account.error.disableSelf"));
        assertThat(stored.byLogin(TestSessions.ADMIN).orElseThrow().enabled()).isTrue();
    }

    private AccountFormViewModel newHead(String login, String fullName) {
        AccountFormViewModel form = model.newAccount();
        assertThat(form.isNew()).isTrue();
        form.loginProperty().set(login);
        form.fullNameProperty().set(fullName);
        form.roleProperty().set(Role.HEAD);
        form.passwordProperty().set(TEMPORARY);
        form.repeatProperty().set(TEMPORARY);
        form.save();
        return form;
    }

    private static Map<String, String> texts(FormViewModel form) {
        return form.errors().stream().collect(Collectors.toMap(e -> e.field(), e -> RU.get(e.messageKey(), e.args().toArray()),
                (a, b) -> a + " " + b));
    }
}
