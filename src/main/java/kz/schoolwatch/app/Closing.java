// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.UnsavedDialog;
import kz.schoolwatch.ui.common.UnsavedInput;
import kz.schoolwatch.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's ending: the close button's question about unsaved input, the backup on exit off the FX thread with
 * the window still up, and the exit once the window is gone.
 */
final class Closing {

    private static final Logger LOG = LoggerFactory.getLogger(Closing.class);

    private final Stage stage;
    private final MainWindow window;
    private final Messages messages;
    private final Workers workers;
    private final Runnable exitAction;
    private Session session;
    private boolean shutDown;
    /** The close button was pressed and the ending is under way. */
    private boolean closing;
    /** «Сохранить / Не сохранять / Отмена» is open, or the saves it asked for are under way. */
    private boolean askingToClose;

    Closing(Stage stage, MainWindow window, Messages messages, Workers workers, Runnable exitAction) {
        this.stage = stage;
        this.window = window;
        this.messages = messages;
        this.workers = workers;
        this.exitAction = exitAction;
    }

    /** The session whose ending this is; set once, before the window is shown. */
    void setSession(Session session) {
        this.session = session;
    }

    /**
     * The window's close button. The backup on exit, the audit entry and closing the database run on the backup
     * worker while the window shows «Сохраняется резервная копия…»; the window is hidden once they are done.
     */
    void close() {
        if (closing || shutDown || askingToClose) {
            return;
        }
        if (!session.isOpen()) {
            closeNow();
            return;
        }
        // Forms on the screens built so far, and the school cards open.
        Map<String, UnsavedInput> screens = window.forms();
        List<UnsavedInput> forms = new ArrayList<>(screens.values());
        Window.getWindows().stream().filter(w -> w != stage).filter(UnsavedInput.class::isInstance)
                .map(UnsavedInput.class::cast).forEach(forms::add);
        askingToClose = true;
        UnsavedDialog.Answer answer = UnsavedDialog.thenClose(stage, messages, messages.get("unsaved.header.window"), forms, () -> {
            askingToClose = false;
            closeNow();
        }, refused -> {
            // The save was refused: the form that says why comes to the front, and the window stays.
            askingToClose = false;
            if (refused instanceof Stage card) {
                card.toFront();
            } else {
                screens.entrySet().stream().filter(e -> e.getValue() == refused).findFirst().ifPresent(e -> window.open(e.getKey()));
            }
        });
        if (answer == UnsavedDialog.Answer.CANCEL) {
            askingToClose = false;
        }
    }

    /** Closes without asking: the ending in the background, then the window goes. */
    private void closeNow() {
        if (closing || shutDown) {
            return;
        }
        closing = true;
        AppContext ending = session.end();
        Session.closeOtherWindows(stage);
        if (ending == null) {
            stage.hide();
            return;
        }
        window.showBusy(messages.get(ending.onServer() ? "session.signingOut" : "shell.backupOnExit"), -1);
        workers.backup().submit(() -> {
            // The screens' own reads go first: the database is closed under them otherwise.
            workers.tasks().close();
            workers.readAhead().close();
            end(ending, true);
            return null;
        }, ok -> stage.hide(), error -> {
            LOG.warn("Closing failed: {}", error.getClass().getSimpleName());
            stage.hide();
        });
    }

    /** The session's ending: the backup on exit (with {@code backup}), the audit entry, the database closed. */
    private static void end(AppContext ending, boolean backup) {
        try {
            // On the unit's server there is no PC backup: the server's administrator backs it up.
            if (backup && !ending.onServer()) {
                ending.backups().backupAutomatically("exit");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Backup on exit failed: {}", e.getClass().getSimpleName());
        }
        try {
            ending.accounts().audit("LOGOUT", "exit");
        } catch (RuntimeException e) {
            LOG.warn("Could not record the exit: {}", e.getClass().getSimpleName());
        }
        ending.close();
    }

    /**
     * The window is gone. The exit action ({@code Platform::exit}) waits for the next turn of the FX thread: run
     * from the hide handler itself it ended the toolkit while the window was still being taken down, and every
     * close printed «IllegalStateException: This operation is permitted on the event thread only».
     */
    void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        AppContext ending = session.end();
        if (ending != null) {
            // Hidden by code with a session open, not through the close button (the UI tests' teardown, the start-up
            // measurement): the session is recorded and the database closed; the backup on exit belongs to the close
            // button, which makes it off the FX thread.
            end(ending, false);
        }
        if (!closing) {
            workers.tasks().close();
            workers.readAhead().close();
        }
        workers.backup().close();
        Platform.runLater(exitAction);
    }
}
