// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.ProgressWork;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen met when the password was right but the database file is damaged: restore the newest backup
 * (offered only when there is one) and go on signing in, extract what H2 can still read, or leave. Both
 * actions run in the background with their progress.
 */
public final class DamagedDatabaseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedDatabaseViewModel.class);

    private final DamagedDatabase damaged;
    private final TaskRunner tasks;
    private final Messages messages;
    private final BiConsumer<SignedIn, String> signedIn;
    private final Runnable exit;

    // Properties
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty backupText = new SimpleStringProperty("");
    private final BooleanProperty backupAvailable = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /**
     * @param signedIn receives the session after a restore, and a line for the status bar
     * @param exit     closes the program
     */
    public DamagedDatabaseViewModel(DamagedDatabase damaged, TaskRunner tasks, Messages messages,
                                    BiConsumer<SignedIn, String> signedIn, Runnable exit) {
        this.damaged = damaged;
        this.tasks = tasks;
        this.messages = messages;
        this.signedIn = signedIn;
        this.exit = exit;
        fileText.set(messages.get("damaged.text", damaged.file()));
    }

    // Commands

    /** Looks for the newest backup; until it is known, nothing can be chosen. */
    public void load() {
        tasks.submit(damaged::latestBackup, latest -> {
            backupAvailable.set(latest.isPresent());
            backupText.set(latest.map(b -> messages.get("damaged.backup", b.path().getFileName(), Formats.DATE_TIME.format(b.madeAt())))
                    .orElse(messages.get("damaged.noBackup")));
            busy.set(false);
        }, error -> {
            LOG.warn("Listing backups failed: {}", error.getClass().getSimpleName());
            busy.set(false);
            backupText.set(messages.get("damaged.noBackup"));
        });
    }

    /** Moves the damaged file aside, restores the newest backup and signs in on it. */
    public void restore() {
        if (busy.get() || !backupAvailable.get()) {
            return;
        }
        run(progress -> damaged.restoreLatest(progress::update), "damaged.restoring", restored -> signedIn.accept(restored.session(),
                messages.get("damaged.restored", restored.backupName(), restored.damagedFile())), error -> {
            LOG.error("Restoring the newest backup failed: {}", error.getClass().getSimpleName());
            failed.set(true);
            message.set(error instanceof SignInRefused refused
                    ? messages.get(refused.messageKey(), refused.args().toArray())
                    : messages.get("damaged.restoreFailed"));
        });
    }

    /** Runs H2's recovery tool on a copy of the damaged file and says where the script went. */
    public void export() {
        if (busy.get()) {
            return;
        }
        run(progress -> damaged.exportReadable(progress::update), "damaged.exporting", export -> {
            failed.set(false);
            message.set(messages.get(export.complete() ? "damaged.exported" : "damaged.exportedPartly", export.script()));
        }, error -> {
            LOG.error("Extracting readable data failed: {}", error.getClass().getSimpleName());
            failed.set(true);
            message.set(messages.get("damaged.exportFailed"));
        });
    }

    /** Wipes the key and closes the program. */
    public void exit() {
        damaged.close();
        exit.run();
    }

    private <T> void run(ProgressWork<T> work, String what, Consumer<T> done, Consumer<Throwable> error) {
        busy.set(true);
        message.set("");
        progressText.set(messages.get(what));
        BackgroundJob job = tasks.submit(work, value -> {
            finish();
            done.accept(value);
        }, failure -> {
            finish();
            error.accept(failure);
        });
        if (busy.get()) {
            progress.bind(job.progressProperty());
        }
    }

    private void finish() {
        progress.unbind();
        progress.set(-1);
        progressText.set("");
        busy.set(false);
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText;
    }

    public ReadOnlyStringProperty backupTextProperty() {
        return backupText;
    }

    public ReadOnlyBooleanProperty backupAvailableProperty() {
        return backupAvailable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
