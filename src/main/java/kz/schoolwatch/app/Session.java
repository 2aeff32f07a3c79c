// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.RestoreService;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.security.ChangePasswordDialog;
import kz.schoolwatch.ui.security.ChangePasswordViewModel;
import kz.schoolwatch.ui.security.IdleLock;
import kz.schoolwatch.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in session: its start (the user's menu, the idle lock, the demo city, the daily backup, the screens),
 * its ends (sign out, a restore, a damaged page met) and the session's {@link AppContext}.
 */
final class Session {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final AppOptions options;
    private final Messages messages;
    private final Path folder;
    private final Stage stage;
    private final MainWindow window;
    private final Workers workers;
    private final StartupBenchmark benchmark;
    private final LanguageChoice languages;
    /** Back to the sign-in form, and the damaged file's page in its place. */
    private final Runnable showSignIn;
    private final Consumer<DamagedDatabase> showDamaged;
    private AppContext context;
    private IdleLock idleLock;

    Session(AppOptions options, Messages messages, Path folder, Stage stage, MainWindow window, Workers workers,
            StartupBenchmark benchmark, LanguageChoice languages, Runnable showSignIn, Consumer<DamagedDatabase> showDamaged) {
        this.options = options;
        this.messages = messages;
        this.folder = folder;
        this.stage = stage;
        this.window = window;
        this.workers = workers;
        this.benchmark = benchmark;
        this.languages = languages;
        this.showSignIn = showSignIn;
        this.showDamaged = showDamaged;
    }

    boolean isOpen() {
        return context != null;
    }

    /** Takes the session's context away (null when none is open) and stops the idle lock: the session is over. */
    AppContext end() {
        AppContext ending = context;
        context = null;
        languages.signedOut();
        if (idleLock != null) {
            idleLock.stop();
        }
        return ending;
    }

    void signedIn(SignedIn session) {
        context = new AppContext(session, messages, Clock.systemDefaultZone());
        if (window.statusMessage().equals(demoHint())) {
            window.setStatusMessage("");
        }
        UserAccount user = session.account();
        if (session.onServer()) {
            window.setServer(session.database().server().orElseThrow().toString());
        } else {
            window.setDataFile(session.database().file());
        }
        window.setUser(() -> new MainWindow.UserBox(user.fullName(), messages.of("account.role", user.role()), List.of(
                action("userChangePassword", "session.changePassword", () -> changePassword(false)),
                action("userLock", "session.lock", () -> idleLock.lock()),
                action("userSignOut", "session.signOut", this::signOut))));
        // Starts with the default lock time; the stored one is read in the background, as every setting change is.
        idleLock = new IdleLock(stage, Duration.ofMinutes(15), user.fullName(), messages, workers.tasks(),
                context.accounts()::unlock, this::signOut);
        idleLock.setOnLock(() -> workers.tasks().submit(() -> {
            context.accounts().audit("LOCK", "idle or by hand");
            return null;
        }, ok -> { }, e -> { }));
        idleLock.start();
        AppContext ctx = context;
        Runnable readIdleTime = () -> workers.tasks().submit(() -> ctx.settings().idleMinutes(),
                m -> idleLock.setIdle(Duration.ofMinutes(m)), e -> { });
        readIdleTime.run();
        ctx.changes().subscribe(topic -> {
            if (topic == DataChanges.Topic.SETTINGS) {
                readIdleTime.run();
            }
        });
        if (user.mustChangePassword() && !changePassword(true)) {
            signOut();
            return;
        }
        if (!user.can(Permission.MANAGE_ACCOUNTS) || context.onServer()) {
            // Only an administrator is offered the demo city: anybody else goes straight to the screens, without
            // a round trip to the database first. The demo city is the PC's: the unit's server holds the unit's data.
            showScreens();
        } else {
            workers.tasks().submit(() -> context.demoCity().isDatabaseEmpty(), empty -> {
                DemoCityOffer offer = new DemoCityOffer(context, window, messages, workers.tasks(), this::backgroundFailed);
                if (empty && (options.demo() || offer.ask())) {
                    offer.load(this::showScreens);
                } else {
                    showScreens();
                }
            }, this::backgroundFailed);
        }
        dailyBackup(context);
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    /** The demo accounts, said on the sign-in form of the demo. */
    String demoHint() {
        return messages.get("signin.demoHint", DemoAccounts.HEAD, DemoAccounts.INSPECTOR, DemoAccounts.PASSWORD);
    }

    /** Changes the user's own password; {@code forced} at the first sign-in with a temporary one. */
    private boolean changePassword(boolean forced) {
        return new ChangePasswordDialog(window, messages, new ChangePasswordViewModel(context.accounts(), workers.tasks()), forced).showAndWait().orElse(false);
    }

    /** Opens the screens, on the dashboard. */
    private void showScreens() {
        new Screens(context, window, messages, workers, options, benchmark, folder, this::restore, this::isOpen,
                languages::picked).show();
        languages.signedIn(context);
    }

    /** Signs out: closes the session's windows and the database, and shows the sign-in form again. */
    private void signOut() {
        if (context == null) {
            return;
        }
        AppContext ending = end();
        closeOtherWindows(stage);
        // Nothing of this session's messages is left for the next one.
        window.setStatusMessage("");
        window.showBusy(messages.get("session.signingOut"), -1);
        workers.tasks().submit(() -> {
            ending.accounts().audit("LOGOUT", null);
            ending.close();
            return null;
        }, ok -> showSignIn.run(), this::backgroundFailed);
    }

    /**
     * Once a day, a backup in the background after sign-in, on its own worker.
     */
    private void dailyBackup(AppContext ctx) {
        if (ctx.onServer()) {
            // The server's backups are the server's (pg_dump, base backups), made by its administrator.
            return;
        }
        workers.backup().submit(() -> {
            if (ctx.backups().dailyDue()) {
                ctx.backups().backupAutomatically("daily");
            }
            return null;
        }, ok -> { }, e -> LOG.warn("Daily backup failed: {}", e.getClass().getSimpleName()));
    }

    /**
     * Replaces the database with a checked backup, after the user confirms: the session ends, the current file
     * is kept aside until the restored one opens, and everybody signs in again.
     */
    private void restore(CheckedBackup checked) {
        String text = messages.get("restore.confirm", checked.backup().getFileName(), checked.chain().checked(),
                checked.rowCounts().values().stream().mapToLong(Long::longValue).sum());
        if (!Dialogs.confirm(window, messages, messages.get("restore.confirmHeader"), text)) {
            return;
        }
        AppContext ending = end();
        String login = ending.access().login();
        window.showBusy(messages.get("restore.running"), -1);
        workers.tasks().submit(() -> {
            new RestoreService(folder).restore(ending.session(), login, checked);
            return null;
        }, ok -> {
            showSignIn.run();
            window.setStatusMessage(messages.get("restore.done", checked.backup().getFileName()));
        }, error -> {
            LOG.error("Restore failed: {}", error.getClass().getSimpleName());
            showSignIn.run();
            window.setStatusMessage(messages.get("restore.failed"));
        });
    }

    /**
     * A damaged page met while signed in: nothing more is written (no save, no audit entry, no backup on exit —
     * a backup of a damaged file could push a good one out), the database is closed as it is, and the window
     * offers what the sign-in offers for a damaged file: restore the newest backup with the damaged file moved
     * aside, or extract what is readable. Other failures pass: their screens report them.
     */
    void damagedPageMet(Throwable error) {
        if (context == null || !DamagedFileRecovery.isDamage(error)) {
            return;
        }
        LOG.error("A damaged page of the database file was met: {}", ErrorSummary.of(error));
        AppContext ending = end();
        closeOtherWindows(stage);
        window.showBusy(messages.get("damaged.stopping"), -1);
        workers.tasks().submit(() -> DamagedDatabase.metInSession(ending.session(), Clock.systemDefaultZone()), damaged -> {
            showDamaged.accept(damaged);
            window.setStatusMessage(messages.get("damaged.metInSession"));
        }, failed -> window.showFatal(messages.get("db.error.damaged", ending.database().file())));
    }

    void backgroundFailed(Throwable error) {
        LOG.error("Start-up failed: {}", ErrorSummary.of(error));
        window.showFatal(messages.get("db.error.unexpected"));
    }

    /** School cards and other windows of the session go with the main window. */
    static void closeOtherWindows(Stage stage) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage && w instanceof Stage other) {
                other.close();
            }
        }
    }
}
