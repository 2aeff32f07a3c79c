// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.ConflictViewModel.Resolution;
import kz.schoolwatch.ui.common.ConflictViewModel.Row;
import kz.schoolwatch.ui.common.ConflictViewModel.Side;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account form when another administrator's window saved the account after it was opened (issue 18): the
 * fields it edits compared by name (never a password hash), theirs kept or the merge saved over it.
 */
class AccountFormConflictTest {

    private static final Messages RU = Messages.russian();
    private static final char[] TEMPORARY = "Vremenny2024x".toCharArray();

    @TempDir
    Path folder;

    private Database db;
    private AccountRepository stored;
    private AccountService accounts;
    private AccountsViewModel model;
    private long id;

    @BeforeEach
    void open() throws Exception {
        TestSessions.prepare(folder, false);
        db = TestDatabases.open(folder);
        stored = new AccountRepository(db);
        Access admin = new Access(stored.byLogin(TestSessions.ADMIN).orElseThrow(), x -> null);
        DataChanges changes = new DataChanges();
        accounts = new AccountService(db, stored, folder, TestDatabases.key(folder), admin, changes, Clock.systemDefaultZone());
        model = new AccountsViewModel(accounts, new LookupService(db, new LookupRepository(db), changes, admin),
                new InStepTaskRunner(), RU);
        id = accounts.create(new AccountDraft("petrov", "Петров П. П.", Role.HEAD, null, null), TEMPORARY, TEMPORARY);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AccountFormViewModel openedThenChangedElsewhere() {
        UserAccount petrov = model.rows().stream().filter(a -> a.login().equals("petrov")).findFirst().orElseThrow();
        AccountFormViewModel form = model.edit(petrov);
        accounts.update(id, new AccountDraft("petrov", "Петров П. П.", Role.HEAD, null, 2, petrov.version()));
        return form;
    }

    @Test
    void aSaveOverTheirChangeShowsTheFieldsByNameAndTheMergeIsStored() {
        AccountFormViewModel form = openedThenChangedElsewhere();
        form.fullNameProperty().set("Петров Пётр Петрович");
        form.save();

        assertThat(form.errors()).containsExactly(FieldError.of("form", "conflict.changedMeanwhile"));
        assertThat(form.fullNameProperty().get()).isEqualTo("Петров Пётр Петрович");
        ConflictViewModel<?> conflict = form.conflictProperty().get();
        assertThat(conflict.rows()).extracting(Row::component).containsExactly("fullName", "districtId");
        String districtName = form.districts().stream().filter(d -> d.id() == 2).findFirst().orElseThrow().name();
        assertThat(conflict.rows().get(1).text(RU, Side.THEIRS)).isEqualTo(districtName);
        assertThat(conflict.rows()).allSatisfy(r -> assertThat(r.labelKey()).startsWith("account.field."));

        conflict.resolve(Resolution.MERGE);

        assertThat(form.savedProperty().get()).isEqualTo(1);
        assertThat(stored.byId(id).orElseThrow()).extracting(UserAccount::fullName, UserAccount::districtId, UserAccount::version)
                .containsExactly("Петров Пётр Петрович", 2, 3);
    }

    @Test
    void keepingTheirsShowsTheirAccountInTheForm() {
        AccountFormViewModel form = openedThenChangedElsewhere();
        form.fullNameProperty().set("Петров Пётр Петрович");
        form.save();

        form.conflictProperty().get().resolve(Resolution.KEEP_THEIRS);

        assertThat(form.fullNameProperty().get()).isEqualTo("Петров П. П.");
        assertThat(form.districtProperty().get().id()).isEqualTo(2);
        assertThat(form.savedProperty().get()).isZero();
    }
}
