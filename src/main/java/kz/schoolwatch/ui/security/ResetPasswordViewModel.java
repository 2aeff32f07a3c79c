// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The administrator gives an account a new temporary password, to be changed at its next sign-in. */
public final class ResetPasswordViewModel extends AbstractFormViewModel {

    private final AccountService accounts;
    private final UserAccount account;
    private final Runnable afterSave;

    // Properties
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    ResetPasswordViewModel(AccountService accounts, TaskRunner tasks, UserAccount account, Runnable afterSave) {
        super(tasks);
        this.accounts = accounts;
        this.account = account;
        this.afterSave = afterSave;
    }

    // Commands

    @Override
    public void save() {
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        long id = account.id();
        saveInBackground(() -> {
            accounts.resetPassword(id, pw, again);
            return null;
        });
    }

    @Override
    protected void afterSave() {
        afterSave.run();
    }

    /** The account whose password is reset. */
    public String login() {
        return account.login();
    }

    public int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
