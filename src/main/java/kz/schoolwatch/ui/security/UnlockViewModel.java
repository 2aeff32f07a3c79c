// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.Arrays;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The locked screen's form: the password typed, checked in the background; a wrong one is said, and failed
 * tries that lock the account end the session.
 */
public final class UnlockViewModel {

    private final TaskRunner tasks;
    private final IdleLock.Unlocker unlocker;
    private final Messages messages;
    private final Runnable unlocked;
    private final Runnable signOut;

    // Properties
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param unlocked uncovers the windows
     * @param signOut  ends the session (after {@code unlocked}) when the failed tries locked the account
     */
    public UnlockViewModel(TaskRunner tasks, IdleLock.Unlocker unlocker, Messages messages, Runnable unlocked, Runnable signOut) {
        this.tasks = tasks;
        this.unlocker = unlocker;
        this.messages = messages;
        this.unlocked = unlocked;
        this.signOut = signOut;
    }

    // Commands

    /** Checks the password typed; the field is emptied at once, whatever the outcome. */
    public void unlock() {
        char[] pw = password.get().toCharArray();
        password.set("");
        busy.set(true);
        message.set("");
        tasks.submit(() -> {
            try {
                unlocker.unlock(pw);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, ok -> {
            busy.set(false);
            unlocked.run();
        }, error -> {
            busy.set(false);
            if (error instanceof SignInRefused refused) {
                message.set(messages.get(refused.messageKey(), refused.args().toArray()));
                if (refused.locked()) {
                    unlocked.run();
                    signOut.run();
                }
            } else {
                message.set(messages.get("signin.error.unexpected"));
            }
        });
    }

    /** Leaves the locked screen by signing out. */
    public void signOut() {
        unlocked.run();
        signOut.run();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
