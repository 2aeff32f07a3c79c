// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The account form: a new account with its temporary password, or the name, role, officer and district of an
 * existing one (its login stays). The service checks everything; its errors go next to the fields.
 */
public final class AccountFormViewModel extends AbstractFormViewModel {

    private final AccountService accounts;
    private final Runnable afterSave;
    private final Long id;
    private final ObservableList<Lookup> officers;
    private final ObservableList<Lookup> districts;
    /** The account as the form opened it (or as stored when a conflict was resolved); null for a new one. */
    private AccountDraft loaded;
    /** The account as last sent to be saved: "mine" if that save meets someone else's change. */
    private AccountDraft typed;

    // Properties
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Lookup> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    /** A form for {@code account}, or for a new account when it is null; {@code afterSave} follows a committed save. */
    AccountFormViewModel(AccountService accounts, TaskRunner tasks, ObservableList<Lookup> officers, ObservableList<Lookup> districts,
                         UserAccount account, Runnable afterSave) {
        super(tasks);
        this.accounts = accounts;
        this.afterSave = afterSave;
        this.officers = officers;
        this.districts = districts;
        this.id = account == null ? null : account.id();
        if (account != null) {
            show(account.toDraft());
        }
    }

    /** Shows {@code d} as what the form opened: a later save goes over its version. */
    private void show(AccountDraft d) {
        loaded = d;
        fill(d);
    }

    /** Puts {@code d}'s values in the fields. */
    private void fill(AccountDraft d) {
        login.set(d.login());
        fullName.set(d.fullName());
        role.set(d.role());
        officer.set(officers.stream().filter(o -> d.officerId() != null && o.id() == d.officerId()).findFirst().orElse(null));
        district.set(districts.stream().filter(x -> d.districtId() != null && x.id() == d.districtId()).findFirst().orElse(null));
    }

    // Commands

    /** Creates the account with its temporary password, or changes the existing one, in the background. */
    @Override
    public void save() {
        AccountDraft draft = new AccountDraft(login.get(), fullName.get(), role.get(), officer.get() == null ? null : officer.get().id(),
                district.get() == null ? null : (int) district.get().id(), loaded == null ? 0 : loaded.version());
        typed = draft;
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        Long editing = id;
        saveInBackground(() -> {
            if (editing == null) {
                accounts.create(draft, pw, again);
            } else {
                accounts.update(editing, draft);
            }
            return null;
        });
    }

    /**
     * The account as stored now beside the one opened and the one typed; the officer's choice goes through this
     * form. The comparison holds what the form edits, never a password or its hash.
     */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        AccountDraft theirs = changed.current(AccountDraft.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    private ConflictFields<AccountDraft> conflictFields() {
        return ConflictFields.of(AccountDraft.class)
                .add("fullName", "account.field.fullName", AccountDraft::fullName)
                .add("role", "account.field.role", AccountDraft::role, ConflictFields.named("account.role"))
                .add("officerId", "account.field.officer", AccountDraft::officerId, ConflictFields.lookedUp(id -> name(officers, id)))
                .add("districtId", "account.field.district", AccountDraft::districtId, ConflictFields.lookedUp(id -> name(districts, id)));
    }

    private static String name(List<Lookup> choices, Object id) {
        return choices.stream().filter(c -> c.id() == ((Number) id).longValue()).map(Lookup::name).findFirst()
                .orElse(String.valueOf(id));
    }

    @Override
    protected void afterSave() {
        afterSave.run();
    }

    /** True for a new account: its login may be typed and it gets a temporary password. */
    public boolean isNew() {
        return id == null;
    }

    /** The shortest password the policy accepts, for the hint under the password fields. */
    public int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Lookup> officerProperty() {
        return officer;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
