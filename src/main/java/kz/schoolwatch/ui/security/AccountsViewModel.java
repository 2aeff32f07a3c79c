// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.ui.common.TaskRunner;

/** The administrator's list of accounts, and the choices its form offers. */
public final class AccountsViewModel {

    private record Choices(List<Lookup> officers, List<Lookup> districts) {
    }

    private final AccountService accounts;
    private final LookupService lookups;
    private final TaskRunner tasks;

    // Properties
    private final ObservableList<UserAccount> rows = FXCollections.observableArrayList();
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public AccountsViewModel(AccountService accounts, LookupService lookups, TaskRunner tasks) {
        this.accounts = accounts;
        this.lookups = lookups;
        this.tasks = tasks;
    }

    // Commands

    public void load() {
        tasks.submit(accounts::list, rows::setAll, failure::set);
        tasks.submit(() -> new Choices(lookups.activeOfficers(), lookups.districts()), c -> {
            officers.setAll(c.officers());
            districts.setAll(c.districts());
        }, failure::set);
    }

    /** Saves a new account (with its temporary password) or changes an existing one; runs in the background. */
    public void save(Long id, AccountDraft draft, char[] password, char[] repeat) {
        if (id == null) {
            accounts.create(draft, password, repeat);
        } else {
            accounts.update(id, draft);
        }
    }

    public void disable(long id) {
        accounts.disable(id);
    }

    public void resetPassword(long id, char[] password, char[] repeat) {
        accounts.resetPassword(id, password, repeat);
    }

    public ObservableList<UserAccount> rows() {
        return rows;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
