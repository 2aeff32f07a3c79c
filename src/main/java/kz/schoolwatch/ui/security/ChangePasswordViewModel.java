// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** The signed-in account changes its own password: the current one, the new one twice. */
public final class ChangePasswordViewModel extends AbstractFormViewModel {

    private final AccountService accounts;

    // Properties
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public ChangePasswordViewModel(AccountService accounts, TaskRunner tasks) {
        super(tasks);
        this.accounts = accounts;
    }

    // Commands

    @Override
    public void save() {
        char[] now = current.get().toCharArray();
        char[] next = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        saveInBackground(() -> {
            accounts.changeOwnPassword(now, next, again);
            return null;
        });
    }

    public int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
