// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.domain.ServerTarget;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.security.ServerMoveRefused;
import kz.schoolwatch.service.security.ServerMoveService;
import kz.schoolwatch.ui.common.BackgroundJob;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Перенести на сервер»: where the unit's server is, the owner's login, how the connection is secured; then the
 * move with its progress, «Отмена», and at the end what arrived on the server or why nothing was written.
 */
public final class ServerMoveViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ServerMoveViewModel.class);
    private static final int MAX_PORT = 65_535;

    private final ServerMoveService moves;
    private final TaskRunner tasks;
    private final Messages messages;
    private BackgroundJob job;

    // Properties
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("schoolwatch");
    private final StringProperty login = new SimpleStringProperty("schoolwatch_owner");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty caCertificate = new SimpleStringProperty("");
    private final BooleanProperty allowUnencrypted = new SimpleBooleanProperty();
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObservableList<String> tables = FXCollections.observableArrayList();

    public ServerMoveViewModel(ServerMoveService moves, TaskRunner tasks, Messages messages) {
        this.moves = moves;
        this.tasks = tasks;
        this.messages = messages;
    }

    // Commands

    /** Checks the fields (errors next to them, nothing started) and moves the database in the background. */
    public void start() {
        if (running.get() || done.get()) {
            return;
        }
        List<FieldError> found = new ArrayList<>();
        ServerTarget target = target(found);
        if (login.get().isBlank()) {
            found.add(FieldError.of("login", "move.error.required"));
        }
        if (password.get().isEmpty()) {
            found.add(FieldError.of("password", "move.error.required"));
        }
        errors.setAll(found);
        if (!found.isEmpty()) {
            return;
        }
        String owner = login.get().trim();
        char[] secret = password.get().toCharArray();
        password.set("");
        running.set(true);
        failed.set(false);
        tables.clear();
        message.set(messages.get("move.running", 0.0));
        job = tasks.submit(work -> {
            try {
                return moves.move(target, owner, secret, work::update, work::isCancelled);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::finished, this::refused);
        if (running.get()) {
            progress.bind(job.progressProperty());
            job.progressProperty().addListener((o, was, now) -> {
                if (running.get() && now.doubleValue() >= 0) {
                    message.set(messages.get("move.running", now.doubleValue()));
                }
            });
        }
    }

    /** Asks the move to stop; the server's transaction rolls back and nothing stays there. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
        }
    }

    private ServerTarget target(List<FieldError> found) {
        if (host.get().isBlank()) {
            found.add(FieldError.of("host", "move.error.required"));
        }
        if (database.get().isBlank()) {
            found.add(FieldError.of("database", "move.error.required"));
        }
        Integer number = null;
        try {
            number = Inputs.parseInteger(port.get());
        } catch (NumberFormatException e) {
            // Said below, as for a number out of range.
        }
        if (number == null || number < 1 || number > MAX_PORT) {
            found.add(FieldError.of("port", "move.error.port"));
        }
        Path ca = null;
        if (!allowUnencrypted.get()) {
            if (caCertificate.get().isBlank()) {
                found.add(FieldError.of("ca", "move.error.ca"));
            } else {
                ca = Path.of(caCertificate.get().trim());
                if (!Files.isRegularFile(ca)) {
                    found.add(FieldError.of("ca", "move.error.caMissing", ca));
                }
            }
        }
        return found.isEmpty() ? new ServerTarget(host.get().trim(), number, database.get().trim(), ca, allowUnencrypted.get()) : null;
    }

    private void finished(ServerMoveSummary summary) {
        stop();
        done.set(true);
        summary.rows().forEach((table, rows) -> tables.add(messages.get("move.table", messages.named("audit.subject", table), rows)));
        tables.sort(Collator.getInstance(messages.locale()));
        if (summary.complete()) {
            message.set(messages.get("move.done", summary.totalRows(), summary.millis() / 1000.0, summary.chain().checked())
                    + "\n" + messages.get("move.accounts"));
        } else {
            failed.set(true);
            String chain = summary.chain().intact() ? messages.get("move.chain.intact")
                    : messages.get("move.chain.broken", summary.chain().firstBroken().getAsLong());
            message.set(messages.get("move.incomplete", String.join(", ", summary.mismatches()), chain));
        }
    }

    private void refused(Throwable error) {
        stop();
        failed.set(true);
        if (error instanceof CancellationException) {
            message.set(messages.get("move.cancelled"));
        } else if (error instanceof ServerMoveRefused refused) {
            message.set(messages.get(refused.messageKey(), refused.args().toArray()));
        } else {
            LOG.error("The move to the server failed: {}", error.getClass().getSimpleName());
            message.set(messages.get("move.failed"));
        }
    }

    private void stop() {
        progress.unbind();
        progress.set(-1);
        running.set(false);
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

    public StringProperty loginProperty() {
        return login;
    }

    /** Cleared as soon as the move starts: the password goes to the server's driver and nowhere else. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty caCertificateProperty() {
        return caCertificate;
    }

    public BooleanProperty allowUnencryptedProperty() {
        return allowUnencrypted;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** True once the move has arrived on the server (a second one would be refused anyway). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The last message says that nothing (or not everything) arrived. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** Rows per table on the server after the move, one line each. */
    public ObservableList<String> tables() {
        return tables;
    }
}
