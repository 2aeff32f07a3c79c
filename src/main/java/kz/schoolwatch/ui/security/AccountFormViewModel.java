// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
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
            login.set(account.login());
            fullName.set(account.fullName());
            role.set(account.role());
            officer.set(officers.stream().filter(o -> account.officerId() != null && o.id() == account.officerId())
                    .findFirst().orElse(null));
            district.set(districts.stream().filter(d -> account.districtId() != null && d.id() == account.districtId())
                    .findFirst().orElse(null));
        }
    }

    // Commands

    /** Creates the account with its temporary password, or changes the existing one, in the background. */
    @Override
    public void save() {
        AccountDraft draft = new AccountDraft(login.get(), fullName.get(), role.get(), officer.get() == null ? null : officer.get().id(),
                district.get() == null ? null : (int) district.get().id());
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
