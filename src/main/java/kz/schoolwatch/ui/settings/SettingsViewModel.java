// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.Validator;
import kz.schoolwatch.service.security.BackupService;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;

/** The administrator's settings: screen lock time, how many backups to keep, overdue-check days, backups now, restore. */
public final class SettingsViewModel {

    private record Values(int idle, int keep, int overdueDays, int faultLimit, List<BackupFile> backups) {
    }

    private final SettingsService settings;
    private final BackupService backups;
    private final TaskRunner tasks;
    private final Messages messages;

    // Properties
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty("");
    private final StringProperty overdueDays = new SimpleStringProperty("");
    private final StringProperty faultLimitDays = new SimpleStringProperty("");
    private final ObservableList<BackupFile> files = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();

    public SettingsViewModel(SettingsService settings, BackupService backups, TaskRunner tasks, Messages messages) {
        this.settings = settings;
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The unit's server the data is on ({@code host:port/database}); empty on the PC's own file. */
    public String server() {
        return backups.server().orElse("");
    }

    /** Whether the server is reached without TLS (a test network's exception): the screen warns. */
    public boolean serverUnencrypted() {
        return backups.serverUnencrypted();
    }

    // Commands

    public void load() {
        tasks.submit(() -> new Values(settings.idleMinutes(), backups.keep(), settings.overdueCheckDays(), settings.faultLimitDays(),
                backups.list()), v -> {
            idleMinutes.set(Integer.toString(v.idle()));
            keep.set(Integer.toString(v.keep()));
            overdueDays.set(Integer.toString(v.overdueDays()));
            faultLimitDays.set(Integer.toString(v.faultLimit()));
            files.setAll(v.backups());
        }, e -> status.set(messages.get("settings.loadFailed")));
    }

    /** Saves the numbers; wrong ones are shown next to their fields and nothing is saved. */
    public void save() {
        errors.clear();
        List<FieldError> parse = new ArrayList<>();
        Integer idle = Inputs.integerField("idleMinutes", idleMinutes.get(), parse);
        Integer count = Inputs.integerField("keep", keep.get(), parse);
        Integer days = Inputs.integerField("overdueDays", overdueDays.get(), parse);
        Integer faultLimit = Inputs.integerField("faultLimitDays", faultLimitDays.get(), parse);
        if (!parse.isEmpty()) {
            errors.setAll(parse);
            return;
        }
        busy.set(true);
        tasks.submit(() -> {
            // All are checked before any is written.
            new Validator().required("idleMinutes", idle).range("idleMinutes", idle, 1, SettingsService.IDLE_MAX)
                    .required("keep", count).range("keep", count, 1, BackupService.KEEP_MAX)
                    .required("overdueDays", days).range("overdueDays", days, 1, SettingsService.OVERDUE_MAX)
                    .required("faultLimitDays", faultLimit).range("faultLimitDays", faultLimit, 0, SettingsService.FAULT_LIMIT_MAX)
                    .throwIfInvalid();
            settings.setIdleMinutes(idle);
            backups.setKeep(count);
            settings.setOverdueCheckDays(days);
            settings.setFaultLimitDays(faultLimit);
            return null;
        }, ok -> {
            busy.set(false);
            status.set(messages.get("settings.saved"));
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                errors.setAll(v.errors());
            } else {
                status.set(FailureMessages.of(e).stream().map(f -> messages.get(f.messageKey(), f.args().toArray()))
                        .findFirst().orElse(""));
            }
        });
    }

    public void backupNow() {
        busy.set(true);
        status.set(messages.get("backup.running"));
        tasks.submit(backups::backupNow, file -> {
            busy.set(false);
            status.set(messages.get("backup.done", file.path().getFileName(), file.bytes() / 1024));
            load();
        }, e -> {
            busy.set(false);
            status.set(messages.get("backup.failed"));
        });
    }

    /** Checks {@code file} (opens it, schema version, audit chain) and hands a good one to {@code restore}. */
    public void check(Path file, Consumer<CheckedBackup> restore) {
        busy.set(true);
        status.set(messages.get("restore.checking"));
        tasks.submit(() -> backups.check(file), checked -> {
            busy.set(false);
            if (backups.madeByNewerProgram(checked)) {
                status.set(messages.get("restore.error.tooNew", checked.schemaVersion()));
            } else if (!checked.chain().intact()) {
                status.set(messages.get("restore.error.chain", checked.chain().firstBroken().getAsLong()));
            } else {
                status.set("");
                restore.accept(checked);
            }
        }, e -> {
            busy.set(false);
            status.set(messages.get("restore.error.unreadable", file.getFileName()));
        });
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    /** Days after which a school's last security check counts as overdue (the Schools screen's flag). */
    public StringProperty overdueDaysProperty() {
        return overdueDays;
    }

    /** Days a camera's fault may stay open before it shows in red (issue 21). */
    public StringProperty faultLimitDaysProperty() {
        return faultLimitDays;
    }

    public ObservableList<BackupFile> files() {
        return files;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }
}
