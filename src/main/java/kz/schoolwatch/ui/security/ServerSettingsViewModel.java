// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.security.ServerSettingsService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The form of the unit's server: host, port, database, the unit's CA certificate and the test network's
 * exception. «Сохранить» checks the fields (errors next to them) and keeps the settings in the data folder; from
 * then on the PC signs in to that server. «Работать на этом компьютере» forgets them.
 */
public final class ServerSettingsViewModel {

    private final ServerSettingsService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable done;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerSettings.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(ServerSettings.DEFAULT_DATABASE);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final BooleanProperty allowUnencrypted = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final boolean existing;
    private final ObservableList<FieldError> fieldErrors = FXCollections.observableArrayList();

    /** @param done called on the FX thread once the settings are kept or forgotten: the sign-in comes next */
    public ServerSettingsViewModel(ServerSettingsService service, TaskRunner tasks, Messages messages, Runnable done) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.done = done;
        ServerSettings current = service.current().orElse(null);
        this.existing = current != null;
        if (current != null) {
            host.set(current.host());
            port.set(current.port() == 0 ? "" : Integer.toString(current.port()));
            database.set(current.database());
            caFile.set(current.caFile() == null ? "" : current.caFile());
            allowUnencrypted.set(current.allowUnencrypted());
        }
        // Allowing a server without TLS answers the missing certificate: its message goes.
        allowUnencrypted.addListener((obs, was, now) -> {
            if (fieldErrors.removeIf(e -> e.field().equals("caFile")) && fieldErrors.isEmpty()) {
                message.set("");
            }
        });
    }

    /** Checks the form and keeps the settings; what is typed stays when something is wrong. */
    public void save() {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        message.set("");
        ServerSettings settings;
        try {
            settings = service.validate(host.get(), port.get(), database.get(), caFile.get(), allowUnencrypted.get());
        } catch (ValidationException e) {
            fieldErrors.setAll(e.errors());
            message.set(messages.get("form.hasErrors"));
            return;
        }
        busy.set(true);
        tasks.submit(() -> {
            service.save(settings);
            return null;
        }, ok -> {
            busy.set(false);
            done.run();
        }, this::failed);
    }

    /** Forgets the server: this PC works on its own file again. */
    public void useThisComputer() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit(() -> {
            service.useThisComputer();
            return null;
        }, ok -> {
            busy.set(false);
            done.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error instanceof SaveFailedException f ? messages.get(f.messageKey(), f.args().toArray())
                : messages.get("common.error.saveFailed"));
    }

    /** Whether settings were kept before (the form then offers to go back to working on this PC). */
    public boolean existing() {
        return existing;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public BooleanProperty allowUnencryptedProperty() {
        return allowUnencrypted;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
