// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.DatabaseOpenException;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.cameras.CamerasView;
import kz.schoolwatch.ui.cameras.CamerasViewModel;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.common.Tasks;
import kz.schoolwatch.ui.dashboard.ChartSelection;
import kz.schoolwatch.ui.dashboard.MySchoolsPane;
import kz.schoolwatch.ui.dashboard.MySchoolsViewModel;
import kz.schoolwatch.ui.dashboard.DashboardChartsPane;
import kz.schoolwatch.ui.dashboard.DashboardChartsViewModel;
import kz.schoolwatch.ui.dashboard.DashboardView;
import kz.schoolwatch.ui.dashboard.DashboardViewModel;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import kz.schoolwatch.ui.report.MonthlySummaryViewModel;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import kz.schoolwatch.ui.schools.SchoolsView;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import kz.schoolwatch.ui.shell.MainWindow;
import kz.schoolwatch.ui.shell.QuietSpell;
import kz.schoolwatch.ui.shell.Screen;
import kz.schoolwatch.ui.shell.Shortcuts;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.Backups;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.UnsavedDialog;
import kz.schoolwatch.ui.common.UnsavedInput;
import kz.schoolwatch.ui.security.AccountsView;
import kz.schoolwatch.ui.security.AccountsViewModel;
import kz.schoolwatch.ui.security.AuditView;
import kz.schoolwatch.ui.security.AuditViewModel;
import kz.schoolwatch.ui.security.ChangePasswordDialog;
import kz.schoolwatch.ui.security.DamagedDatabaseView;
import kz.schoolwatch.ui.security.DamagedDatabaseViewModel;
import kz.schoolwatch.ui.security.IdleLock;
import kz.schoolwatch.ui.security.SignInView;
import kz.schoolwatch.ui.security.SignInViewModel;
import kz.schoolwatch.ui.settings.SettingsView;
import kz.schoolwatch.ui.settings.SettingsViewModel;
import javafx.scene.control.Button;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and shows the main window, then wires the screens once the database (opened in parallel since
 * {@code main}) is ready. Used by {@link Launcher} and by the UI tests, which pass their own exit action.
 */
public final class SchoolWatchApp {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolWatchApp.class);

    private final AppOptions options;
    private final Messages messages;
    private final DatabaseOpening opening;
    private final StartupTiming timing;
    private final Runnable exitAction;
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(2);
    /**
     * The daily backup's own worker. On the two shared workers it took one for the whole SCRIPT of the database
     * (tens of seconds on a national-size file) right after sign-in, so the first screen the user opened waited
     * behind it: the visits screen's first open took 8 to 27 s on 1,000,000 visits (bench/worklog.sh).
     */
    private final ExecutorTaskRunner backupTasks = new ExecutorTaskRunner("backup", 1);
    /**
     * Work nobody has asked for yet: the dashboard's charts and the Schools list read ahead. On the two shared
     * workers they took both right after sign-in, and the first screen the user opened queued behind them.
     */
    private final ExecutorTaskRunner readAheadTasks = new ExecutorTaskRunner("read-ahead", 1);
    /** The screen built ahead, hidden, once the dashboard is painted (see {@link #prepareVisitsScreen()}). */
    private static final String PREPARED_SCREEN = "visits";

    private MainWindow window;
    private Stage stage;
    private IdleLock idleLock;
    private AppContext context;
    private long firstFrameMillis = -1;
    /** With a timed sign-in: when the sign-in form was painted, and when the benchmark pressed «Войти». */
    private long signInFormMillis = -1;
    private long pressMillis = -1;
    private SchoolsViewModel schools;
    private boolean shutDown;
    /** The close button was pressed and the ending is under way. */
    private boolean closing;
    /** «Сохранить / Не сохранять / Отмена» is open, or the saves it asked for are under way. */
    private boolean askingToClose;

    public SchoolWatchApp(AppOptions options, Messages messages, DatabaseOpening opening, StartupTiming timing, Runnable exitAction) {
        this.options = options;
        this.messages = messages;
        this.opening = opening;
        this.timing = timing;
        this.exitAction = exitAction;
    }

    /** Shows the window at once, on the sign-in form (or the first start's set-up). */
    public void start(Stage stage) {
        // The theme's precompiled binary form: parsing its 170 KB of CSS text cost a few hundred ms of start-up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        window = new MainWindow(messages);
        window.setDataFile(opening.folder().resolve("schoolwatch.mv.db"));
        Scene scene = new Scene(window, 1280, 800);
        String styles = SchoolWatchApp.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm();
        scene.getStylesheets().add(styles);
        shareStylesheet(styles);
        Shortcuts.install(scene, window, messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // The close button asks about unsaved input, then makes the backup on exit in the background with the
        // window still up and saying so; the window goes only when that is done.
        stage.setOnCloseRequest(e -> {
            // Hidden by the program itself, which some window systems also report as a close request: nothing to ask.
            if (stage.isShowing()) {
                e.consume();
                close();
            }
        });
        stage.setOnHidden(e -> shutdown());
        this.stage = stage;
        watchForDamage();
        if (options.startupTiming()) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> firstFrameMillis = timing.elapsedMillis());
                }
            });
        }
        stage.show();
        showSignIn();
    }

    /**
     * Wherever a read or a write of the session meets a damaged page of the database file — a screen's task, the
     * read-ahead, the daily backup, or code on the FX thread itself — the session stops there (see
     * {@link #damagedPageMet}). Anything else thrown on the FX thread and not caught is logged, not printed.
     */
    private void watchForDamage() {
        tasks.watchFailures(this::damagedPageMet);
        readAheadTasks.watchFailures(this::damagedPageMet);
        backupTasks.watchFailures(this::damagedPageMet);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught on the FX thread: {}", kz.schoolwatch.persistence.ErrorSummary.of(error));
            damagedPageMet(error);
        });
    }

    /**
     * A damaged page met while signed in: nothing more is written (no save, no audit entry, no backup on exit —
     * a backup of a damaged file could push a good one out), the database is closed as it is, and the window
     * offers what the sign-in offers for a damaged file: restore the newest backup with the damaged file moved
     * aside, or extract what is readable. Other failures pass: their screens report them.
     */
    private void damagedPageMet(Throwable error) {
        if (context == null || !kz.schoolwatch.persistence.DamagedFile.isDamage(error)) {
            return;
        }
        LOG.error("A damaged page of the database file was met: {}", kz.schoolwatch.persistence.ErrorSummary.of(error));
        AppContext ending = context;
        context = null;
        if (idleLock != null) {
            idleLock.stop();
        }
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w instanceof Stage other) {
                other.close();
            }
        }
        window.showBusy(messages.get("damaged.stopping"), -1);
        tasks.run(Tasks.of(() -> DamagedDatabase.metInSession(ending.session(), Clock.systemDefaultZone()), damaged -> {
            showDamaged(damaged);
            window.setStatusMessage(messages.get("damaged.metInSession"));
        }, failed -> window.showFatal(messages.get("db.error.damaged", ending.database().file()))));
    }

    /**
     * Every window of the program (dialogs and alerts too) gets the program's stylesheet, so its rules, such as the
     * visible keyboard focus, hold in dialogs as in the main window.
     */
    private static void shareStylesheet(String styles) {
        javafx.beans.value.ChangeListener<Scene> addTo = (obs, was, scene) -> {
            if (scene != null && !scene.getStylesheets().contains(styles)) {
                scene.getStylesheets().add(styles);
            }
        };
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    addTo.changed(null, null, w.getScene());
                    w.sceneProperty().addListener(addTo);
                }
            }
        });
    }

    /** The sign-in form, or the set-up of the first administrator when the folder has no key ring yet. */
    private void showSignIn() {
        SignInService service = new SignInService(opening.folder(), Clock.systemDefaultZone());
        SignInViewModel model = new SignInViewModel(service, tasks, messages, this::signedIn, this::showDamaged);
        record Opening(Optional<DatabaseOpenException> refused, SignInService.Start start, Optional<TimedSignIn> timed) {
        }
        // A second copy, or a file of another H2 version (or none at all), is told at once, before any password.
        tasks.run(Tasks.of(() -> new Opening(service.inUse().or(service::foreignFile), service.start(),
                TimedSignIn.requested(options.startupTiming())), found -> {
            if (found.refused().isPresent()) {
                String text = DatabaseErrors.describe(found.refused().get(), messages);
                window.showFatal(text);
                if (options.startupTiming()) {
                    // A measuring script is waiting for us: say why on stderr and fail with a status it can test.
                    System.err.println(text);
                    shutdown();
                    System.exit(1);
                }
                return;
            }
            SignInService.Start start = found.start();
            switch (start) {
                case KEY_RING_MISSING -> window.showFatal(messages.get("signin.error.keyRingMissing", opening.folder()));
                case SET_UP, ENCRYPT_EXISTING -> window.showSignIn(new SignInView(model, messages, true,
                        start == SignInService.Start.ENCRYPT_EXISTING));
                case SIGN_IN -> {
                    window.showSignIn(new SignInView(model, messages, false, false));
                    if (options.demo() && window.statusMessage().isEmpty()) {
                        // Started as the demo: the sign-in form is where its accounts are needed (unless the status bar
                        // already says something of its own, such as a restore).
                        window.setStatusMessage(demoHint());
                    }
                }
            }
            // While the form waits for a password, a rehearsal of the sign-in loads and compiles its code; it gives
            // way as soon as «Войти» is pressed.
            model.busyProperty().addListener((obs, was, now) -> {
                if (now) {
                    opening.signInBegins();
                }
            });
            afterNextPaint(opening::rehearse);
            if (options.startupTiming() && start == SignInService.Start.SIGN_IN && found.timed().isPresent()) {
                // The benchmark's own sign-in, pressed when the form is painted (or after its typing pause); the
                // dashboard reports the end.
                TimedSignIn timed = found.timed().get();
                afterNextPaint(() -> {
                    signInFormMillis = timing.elapsedMillis();
                    model.loginProperty().set(timed.login());
                    model.passwordProperty().set(timed.password());
                    PauseTransition typing = new PauseTransition(javafx.util.Duration.millis(timed.typing().toMillis()));
                    typing.setOnFinished(e -> {
                        pressMillis = timing.elapsedMillis();
                        model.signIn();
                    });
                    typing.play();
                });
            } else if (options.startupTiming()) {
                reportStartupTiming("startup.signInMillis");
            }
        }, this::backgroundFailed));
    }

    /**
     * In place of the sign-in form: the database file is damaged. A restore goes on to the session as a sign-in
     * would; leaving closes the program.
     */
    private void showDamaged(DamagedDatabase damaged) {
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(damaged, tasks, messages, (session, notice) -> {
            signedIn(session);
            window.setStatusMessage(notice);
        }, () -> Platform.runLater(stage::close));
        window.showSignIn(new DamagedDatabaseView(model, messages));
        model.load();
    }

    private void signedIn(SignedIn session) {
        context = new AppContext(session, messages, tasks, Clock.systemDefaultZone());
        if (window.statusMessage().equals(demoHint())) {
            window.setStatusMessage("");
        }
        UserAccount user = session.account();
        window.setDataFile(session.database().file());
        window.setUser(user.fullName(), messages.of("account.role", user.role()), List.of(
                action("userChangePassword", "session.changePassword", () -> changePassword(false)),
                action("userLock", "session.lock", () -> idleLock.lock()),
                action("userSignOut", "session.signOut", this::signOut)));
        // Starts with the default lock time; the stored one is read in the background, as every setting change is.
        idleLock = new IdleLock(stage, Duration.ofMinutes(15), user.fullName(), messages, tasks,
                context.accounts()::unlock, this::signOut);
        idleLock.setOnLock(() -> tasks.run(Tasks.of(() -> {
            context.accounts().audit("LOCK", "idle or by hand");
            return null;
        }, ok -> { }, e -> { })));
        idleLock.start();
        AppContext ctx = context;
        Runnable readIdleTime = () -> tasks.run(Tasks.of(() -> ctx.settings().idleMinutes(),
                m -> idleLock.setIdle(Duration.ofMinutes(m)), e -> { }));
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
        if (!user.can(Permission.MANAGE_ACCOUNTS)) {
            // Only an administrator is offered the demo city: anybody else goes straight to the screens, without
            // a round trip to the database first.
            showScreens();
        } else {
            tasks.run(Tasks.of(() -> context.demoCity().isDatabaseEmpty(), empty -> {
                if (empty && (options.demo() || askForDemoCity())) {
                    loadDemoCity();
                } else {
                    showScreens();
                }
            }, this::backgroundFailed));
        }
        dailyBackupIfDue();
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    private String demoHint() {
        return messages.get("signin.demoHint", DemoAccounts.HEAD, DemoAccounts.INSPECTOR, DemoAccounts.PASSWORD);
    }

    /** Changes the user's own password; {@code forced} at the first sign-in with a temporary one. */
    private boolean changePassword(boolean forced) {
        return new ChangePasswordDialog(window, messages, tasks, context.accounts(), forced).showAndWait().orElse(false);
    }

    /** Signs out: closes the session's windows and the database, and shows the sign-in form again. */
    private void signOut() {
        if (context == null) {
            return;
        }
        idleLock.stop();
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w instanceof Stage other) {
                other.close();
            }
        }
        AppContext ending = context;
        context = null;
        // Nothing of this session's messages is left for the next one.
        window.setStatusMessage("");
        window.showBusy(messages.get("session.signingOut"), -1);
        tasks.run(Tasks.of(() -> {
            ending.accounts().audit("LOGOUT", null);
            ending.close();
            return null;
        }, ok -> showSignIn(), this::backgroundFailed));
    }

    /** Once a day, a backup in the background after sign-in, on its own worker. */
    private void dailyBackupIfDue() {
        dailyBackup(context);
    }

    private void dailyBackup(AppContext ctx) {
        backupTasks.run(Tasks.of(() -> {
            if (ctx.backups().dailyDue()) {
                ctx.backups().backupAutomatically("daily");
            }
            return null;
        }, ok -> { }, e -> LOG.warn("Daily backup failed: {}", e.getClass().getSimpleName())));
    }

    /**
     * Replaces the database with a checked backup, after the user confirms: the session ends, the current file
     * is kept aside until the restored one opens, and everybody signs in again.
     */
    private void restore(Backups.CheckedBackup checked) {
        String text = messages.get("restore.confirm", checked.backup().getFileName(), checked.chain().checked(),
                checked.rowCounts().values().stream().mapToLong(Long::longValue).sum());
        if (!Dialogs.confirm(window, messages, messages.get("restore.confirmHeader"), text)) {
            return;
        }
        AppContext ending = context;
        context = null;
        idleLock.stop();
        DatabaseKey key = ending.session().key();
        String login = ending.access().login();
        window.showBusy(messages.get("restore.running"), -1);
        tasks.run(Tasks.of(() -> {
            ending.database().close();
            try (kz.schoolwatch.persistence.Database restored = Backups.install(opening.folder(), checked, key)) {
                restored.setActor(login);
                restored.write(cfg -> {
                    kz.schoolwatch.persistence.audit.AuditLog.append(cfg.dsl(), kz.schoolwatch.persistence.audit.AuditLog.Entry.of(
                            login, "RESTORE", "database", null, null, null, checked.backup().getFileName().toString()));
                    return null;
                });
            } finally {
                key.close();
            }
            return null;
        }, ok -> {
            showSignIn();
            window.setStatusMessage(messages.get("restore.done", checked.backup().getFileName()));
        }, error -> {
            LOG.error("Restore failed: {}", error.getClass().getSimpleName());
            showSignIn();
            window.setStatusMessage(messages.get("restore.failed"));
        }));
    }

    private boolean askForDemoCity() {
        ButtonType load = new ButtonType(messages.get("demo.offer.load"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("demo.offer.empty"), ButtonBar.ButtonData.NO);
        var plan = context.demoCity().plan();
        String text = messages.get("demo.offer.text", plan.schools(), plan.outdoorCameras() + plan.indoorCameras(),
                plan.schools() - plan.schoolsWithoutCameras(), plan.officers(), plan.leisureCentres());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, load, empty);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("demo.offer.header"));
        alert.initOwner(window.getScene().getWindow());
        alert.getDialogPane().setId("demoOffer");
        alert.getDialogPane().lookupButton(load).setId("demoLoad");
        alert.getDialogPane().lookupButton(empty).setId("demoEmpty");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == load;
    }

    private void loadDemoCity() {
        AppContext ctx = context;
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                boolean loaded = ctx.demoCity().loadIfEmpty(p -> updateProgress(p, 1.0));
                if (loaded) {
                    DemoAccounts.create(ctx);
                }
                return loaded;
            }
        };
        window.showBusy(messages.get("demo.loading"), 0);
        task.progressProperty().addListener((obs, old, p) -> window.showBusy(messages.get("demo.loading"), p.doubleValue()));
        task.setOnSucceeded(e -> {
            // Only to the administrator who loaded it, and until they close it: not in the status bar of every session.
            window.showNotice(messages.get("demo.loaded", DemoAccounts.HEAD, DemoAccounts.INSPECTOR, DemoAccounts.PASSWORD));
            showScreens();
        });
        task.setOnFailed(e -> backgroundFailed(task.getException()));
        tasks.run(task);
    }

    /** Opens the screens, on the dashboard. */
    private void showScreens() {
        DashboardViewModel dashboard = new DashboardViewModel(context.dashboard(), tasks);
        // Read first, so the city's figures come from the database while the screens are being built.
        dashboard.refresh();
        DashboardChartsViewModel charts = new DashboardChartsViewModel(context.dashboardCharts(), readAheadTasks);
        // Any committed change may move the city's figures: refresh on the FX thread.
        context.changes().subscribe(topic -> Platform.runLater(() -> {
            dashboard.refresh();
            charts.refresh();
        }));
        if (options.startupTiming()) {
            dashboard.loadedProperty().addListener((obs, was, now) -> {
                if (now) {
                    reportStartupTiming("startup.dashboardMillis");
                }
            });
        }
        schools = new SchoolsViewModel(context.schools(), context.settings(), tasks, context.clock());
        // Once the dashboard is up, read the schools list in the background: the Schools screen, the one opened most,
        // then paints its rows as soon as it opens instead of waiting for the database (issue 3).
        dashboard.loadedProperty().addListener((obs, was, now) -> {
            if (now && !schools.hasLoaded()) {
                schools.prefetch(readAheadTasks);
            }
        });
        CamerasViewModel cameras = new CamerasViewModel(context.cameras(), tasks);
        context.changes().subscribe(topic -> {
            if (topic != DataChanges.Topic.REFERENCE) {
                Platform.runLater(() -> {
                    schools.load();
                    cameras.load();
                });
            }
        });
        List<Screen> screens = new ArrayList<>();
        Access access = context.access();
        DashboardView dashboardView = new DashboardView(dashboard, messages);
        if (access.user().role() == Role.INSPECTOR && context.mySchools().hasOwnSchools()) {
            // An inspector lands on their own schools, visits due and overdue checks, above the city's figures.
            MySchoolsViewModel mine = new MySchoolsViewModel(context.mySchools(), tasks);
            mine.refresh();
            context.changes().subscribe(topic -> Platform.runLater(mine::refresh));
            dashboardView.addOwnSchools(new MySchoolsPane(mine, messages, this::openSchoolCard));
        }
        screens.add(new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", () -> scrolling(dashboardView)));
        screens.add(new Screen("schools", "nav.schools", "mdi2s-school-outline", () -> {
            // Kept current by the change subscription above; read only if the prefetch has not run.
            if (!schools.hasLoaded()) {
                schools.load();
            }
            return new SchoolsView(schools, messages, this::openSchoolCard,
                    access.can(Permission.EDIT_SCHOOLS) ? () -> openSchoolCard(null) : null);
        }));
        screens.add(new Screen("cameras", "nav.cameras", "mdi2c-cctv", () -> {
            cameras.load();
            return new CamerasView(cameras, messages, this::openSchoolCard);
        }));
        screens.addAll(new WorkScreens(context, tasks).screens());
        if (access.can(Permission.MONTHLY_SUMMARY)) {
            screens.add(new Screen("monthlySummary", "nav.monthlySummary", "mdi2f-file-chart-outline", () -> new MonthlySummaryView(
                    new MonthlySummaryViewModel(context.monthlySummaries(), context.reportExports(), context.settings(), tasks, messages,
                            context.changes()), messages,
                    new BarChartPainter(context.reportFonts()))));
        }
        screens.addAll(adminScreens(access));
        window.setScreens(screens);
        // The charts come after the figures are painted: building five charts costs about as much as the whole
        // rest of the window, and the figures are what an officer looks at first.
        Runnable addCharts = () -> afterNextPulse(() -> {
            dashboardView.addCharts(new DashboardChartsPane(charts, messages, this::openChartSelection));
            charts.refresh();
            // Not after the charts: on the nationwide data their queries take seconds, and the visits screen is the
            // one an officer opens first.
            prepareVisitsScreen();
        });
        if (dashboard.loadedProperty().get()) {
            addCharts.run();
        } else {
            dashboard.loadedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        dashboard.loadedProperty().removeListener(this);
                        addCharts.run();
                    }
                }
            });
        }
    }

    /** Accounts and the audit trail for the administrator; Settings for everyone (see SettingsView). */
    private List<Screen> adminScreens(Access access) {
        List<Screen> screens = new ArrayList<>();
        AppContext ctx = context;
        if (access.can(Permission.MANAGE_ACCOUNTS)) {
            screens.add(new Screen("accounts", "nav.accounts", "mdi2a-account-key-outline",
                    () -> new AccountsView(new AccountsViewModel(ctx.accounts(), ctx.lookups(), tasks), messages)));
        }
        if (access.can(Permission.VIEW_AUDIT)) {
            screens.add(new Screen("audit", "nav.audit", "mdi2s-shield-search",
                    () -> new AuditView(new AuditViewModel(ctx.audit(), tasks, messages, java.time.LocalDate.now(ctx.clock())), messages,
                            AuditView.ExportTarget.system(messages))));
        }
        // Settings for every role: each officer's own signature; the program's settings for the administrator alone.
        screens.add(new Screen("settings", "nav.settings", "mdi2c-cog-outline", () -> {
            var signature = new kz.schoolwatch.ui.common.SignatureViewModel(ctx.monthlySummaries(), ctx.settings(), tasks);
            ctx.changes().subscribe(topic -> {
                if (topic == kz.schoolwatch.service.DataChanges.Topic.SETTINGS) {
                    Platform.runLater(signature::refresh);
                }
            });
            if (!access.can(Permission.MANAGE_SETTINGS)) {
                return new SettingsView(signature, messages);
            }
            return new SettingsView(signature, new SettingsViewModel(ctx.settings(), ctx.backups(), tasks, messages), messages,
                    Backups.folder(opening.folder()), SettingsView.BackupChooser.system(messages), this::restore,
                    list -> new kz.schoolwatch.ui.common.ReferenceListDialog(ctx.referenceLists(), list, tasks, messages).showAndWait());
        }));
        return screens;
    }

    /**
     * Builds the visits screen, the one an officer opens most, while they look at the dashboard, so that its
     * first opening only paints it (issue 4: a month of visits in under 200 ms). Building it holds the FX thread
     * for about a second the first time (skins, CSS), so it waits for a second without mouse or keyboard.
     */
    private void prepareVisitsScreen() {
        QuietSpell.then(window.getScene(), javafx.util.Duration.seconds(1), () -> {
            if (context != null) {
                window.prepare(PREPARED_SCREEN);
            }
        });
    }

    /** Runs {@code work} on the FX thread after the next frame has been laid out. */
    private void afterNextPulse(Runnable work) {
        window.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
        Platform.requestNextPulse();
    }

    private static ScrollPane scrolling(javafx.scene.Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /**
     * A click on a dashboard chart opens the matching list: a district's bars open the Schools screen filtered to
     * that district (and to schools without cameras from the coverage chart); officers' and months' bars open the
     * monthly summary for that officer or month, whose sections list the visits, events and offences.
     */
    private void openChartSelection(ChartSelection selection) {
        if (selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS
                || selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS) {
            schools.showDistrict(selection.id(), selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS);
            window.open("schools");
            return;
        }
        ReportScope.Kind kind = switch (selection.target()) {
            case DISTRICT_SCHOOLS, DISTRICT_SCHOOLS_WITHOUT_CAMERAS -> ReportScope.Kind.DISTRICT;
            case OFFICER_VISITS -> ReportScope.Kind.OFFICER;
            case MONTH_EVENTS, MONTH_OFFENCES -> ReportScope.Kind.CITY;
        };
        window.open("monthlySummary").filter(MonthlySummaryView.class::isInstance).map(MonthlySummaryView.class::cast)
                .ifPresent(view -> view.showFor(selection.month(), kind, selection.id()));
    }

    /** Opens a school's card, or an empty one for a new school when {@code schoolId} is null. */
    private void openSchoolCard(Long schoolId) {
        SchoolCardWindow.Services services = new SchoolCardWindow.Services(context.schools(), context.cameras(),
                context.equipment(), context.checks(), context.settings(), context.visits(), context.changes(), tasks, messages,
                context.clock(), new WorkScreens(context, tasks).cardForms());
        new SchoolCardWindow(services, window.getScene().getWindow(), schoolId).show();
    }

    /** Runs {@code work} once the next frame has been laid out, i.e. once what was just shown is painted. */
    private void afterNextPaint(Runnable work) {
        window.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
    }

    private void reportStartupTiming(String what) {
        // Measured after the pulse that lays out the form, i.e. when it is painted.
        window.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    long ready = timing.elapsedMillis();
                    System.out.println("startup.firstFrameMillis=" + firstFrameMillis);
                    if (signInFormMillis >= 0) {
                        System.out.println("startup.signInMillis=" + signInFormMillis);
                        System.out.println("startup.pressMillis=" + pressMillis);
                    }
                    System.out.println(what + "=" + ready);
                    shutdown();
                });
            }
        });
        window.requestLayout();
    }

    private void backgroundFailed(Throwable error) {
        LOG.error("Start-up failed: {}", kz.schoolwatch.persistence.ErrorSummary.of(error));
        window.showFatal(messages.get("db.error.unexpected"));
    }

    /**
     * The window's close button. The backup on exit, the audit entry and closing the database run on the backup
     * worker while the window shows «Сохраняется резервная копия…»; the window is hidden once they are done.
     */
    void close() {
        if (closing || shutDown || askingToClose) {
            return;
        }
        if (context == null) {
            closeNow();
            return;
        }
        // Forms on the screens built so far, and the school cards open.
        Map<String, UnsavedInput> screens = window.forms();
        List<UnsavedInput> forms = new ArrayList<>(screens.values());
        javafx.stage.Window.getWindows().stream().filter(w -> w != stage).filter(UnsavedInput.class::isInstance)
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
        AppContext ending = context;
        context = null;
        if (idleLock != null) {
            idleLock.stop();
        }
        closeOtherWindows();
        if (ending == null) {
            stage.hide();
            return;
        }
        window.showBusy(messages.get("shell.backupOnExit"), -1);
        backupTasks.run(Tasks.of(() -> {
            // The screens' own reads go first: the database is closed under them otherwise.
            tasks.close();
            readAheadTasks.close();
            end(ending, true);
            return null;
        }, ok -> stage.hide(), error -> {
            LOG.warn("Closing failed: {}", error.getClass().getSimpleName());
            stage.hide();
        }));
    }

    /** The session's ending: the backup on exit (with {@code backup}), the audit entry, the database closed. */
    private static void end(AppContext ending, boolean backup) {
        try {
            if (backup) {
                ending.backups().backupAutomatically("exit");
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Backup on exit failed: {}", e.getClass().getSimpleName());
        }
        try {
            ending.accounts().audit("LOGOUT", "exit");
        } catch (RuntimeException e) {
            LOG.warn("Could not record the exit: {}", e.getClass().getSimpleName());
        }
        ending.close();
    }

    /** School cards and other windows of the session go with the main window. */
    private void closeOtherWindows() {
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage && w instanceof Stage other) {
                other.close();
            }
        }
    }

    /**
     * The window is gone. The exit action ({@code Platform::exit}) waits for the next turn of the FX thread: run
     * from the hide handler itself it ended the toolkit while the window was still being taken down, and every
     * close printed «IllegalStateException: This operation is permitted on the event thread only».
     */
    private void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        if (idleLock != null) {
            idleLock.stop();
        }
        if (context != null) {
            // Hidden by code with a session open, not through the close button (the UI tests' teardown, the start-up
            // measurement): the session is recorded and the database closed; the backup on exit belongs to the close
            // button, which makes it off the FX thread.
            AppContext ending = context;
            context = null;
            end(ending, false);
        }
        if (!closing) {
            tasks.close();
            readAheadTasks.close();
        }
        backupTasks.close();
        Platform.runLater(exitAction);
    }
}
