// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;

/** The administrator's list of accounts, the choices its forms offer, and the forms themselves. */
public final class AccountsViewModel {

    private record Choices(List<Lookup> officers, List<Lookup> districts) {
    }

    private final AccountService accounts;
    private final LookupService lookups;
    private final TaskRunner tasks;
    private final Messages messages;

    // Properties
    private final ObservableList<UserAccount> rows = FXCollections.observableArrayList();
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public AccountsViewModel(AccountService accounts, LookupService lookups, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.lookups = lookups;
        this.tasks = tasks;
        this.messages = messages;
    }

    // Commands

    public void load() {
        loadRows();
        loadChoices();
    }

    /**
     * Follows committed changes, on this PC and, on the unit's server, on the others: an account saved anywhere
     * reads the list again; an officer or a district changed reads the forms' choices again. An open form keeps what
     * is typed in it (it holds its own values; only the lists it offers are refreshed).
     */
    public void follow(ChangeFeed changes) {
        changes.on(this::loadRows, Topic.ACCOUNTS);
        changes.on(this::loadChoices, Topic.OFFICERS, Topic.REFERENCE);
    }

    private void loadRows() {
        tasks.submit(accounts::list, list -> Rows.update(rows, list, UserAccount::id), this::failed);
    }

    private void loadChoices() {
        tasks.submit(() -> new Choices(lookups.activeOfficers(), lookups.districts()), c -> {
            officers.setAll(c.officers());
            districts.setAll(c.districts());
        }, this::failed);
    }

    /** The form for a new account; the list reads again once it is saved. */
    public AccountFormViewModel newAccount() {
        return new AccountFormViewModel(accounts, tasks, officers, districts, null, this::load);
    }

    /** The form for {@code account}; the list reads again once it is saved. */
    public AccountFormViewModel edit(UserAccount account) {
        return new AccountFormViewModel(accounts, tasks, officers, districts, account, this::load);
    }

    /** The form giving {@code account} a new temporary password. */
    public ResetPasswordViewModel resetPassword(UserAccount account) {
        return new ResetPasswordViewModel(accounts, tasks, account, this::load);
    }

    /** Disables {@code account} (it can no longer sign in) in the background, then reads the list again. */
    public void disable(UserAccount account) {
        message.set("");
        long id = account.id();
        tasks.submit(() -> {
            accounts.disable(id);
            return null;
        }, ok -> load(), this::failed);
    }

    private void failed(Throwable error) {
        message.set(FailureMessages.of(error).stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).findFirst().orElse(""));
    }

    public ObservableList<UserAccount> rows() {
        return rows;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    /** What went wrong with the list or with disabling an account; empty when nothing did. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
