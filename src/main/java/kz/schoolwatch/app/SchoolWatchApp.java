// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.ServerSettingsService;
import kz.schoolwatch.service.security.ServerSignIn;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.ui.common.AfterPulse;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Mnemonics;
import kz.schoolwatch.ui.security.DamagedDatabaseView;
import kz.schoolwatch.ui.security.DamagedDatabaseViewModel;
import kz.schoolwatch.ui.security.ModeChoiceView;
import kz.schoolwatch.ui.security.ServerSettingsView;
import kz.schoolwatch.ui.security.ServerSettingsViewModel;
import kz.schoolwatch.ui.security.SignInView;
import kz.schoolwatch.ui.security.SignInViewModel;
import kz.schoolwatch.ui.shell.MainWindow;
import kz.schoolwatch.ui.shell.Shortcuts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and shows the main window and leads from the sign-in form (or the damaged file's page) to the
 * {@link Session}; the database is opened in parallel since {@code main}. The screens are {@link Screens}, the
 * ending {@link Closing}. Used by {@link Launcher} and by the UI tests, which pass their own exit action.
 */
public final class SchoolWatchApp {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolWatchApp.class);

    private final AppOptions options;
    private final Messages messages;
    private final DatabaseOpening opening;
    private final StartupTiming timing;
    private final Runnable exitAction;
    private final Workers workers = new Workers();

    private MainWindow window;
    private Stage stage;
    private Session session;
    private LanguageChoice languages;
    private Closing closing;
    private StartupBenchmark benchmark;
    private boolean keepStartLanguage;

    public SchoolWatchApp(AppOptions options, Messages messages, DatabaseOpening opening, StartupTiming timing, Runnable exitAction) {
        this.options = options;
        this.messages = messages;
        this.opening = opening;
        this.timing = timing;
        this.exitAction = exitAction;
    }

    /**
     * The sign-in form speaks the language this start was given (by {@code --lang} or {@code SCHOOLWATCH_LANG}) rather
     * than the one last used on the PC; an account's own language still applies once it signs in.
     */
    public void keepStartLanguage() {
        keepStartLanguage = true;
    }

    /** Shows the window at once, on the sign-in form (or the first start's set-up). */
    public void start(Stage stage) {
        // The theme's precompiled binary form: parsing its 170 KB of CSS text cost a few hundred ms of start-up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        // The sign-in form speaks the language last used on this PC (a file of two letters, read as the stylesheet is).
        if (!keepStartLanguage) {
            LanguageChoice.lastOnThisPc(opening.folder()).ifPresent(messages::switchTo);
        }
        // Month names and counts on every screen follow the language, as the texts do.
        Formats.follow(messages);
        languages = new LanguageChoice(messages, opening.folder(), workers.tasks());
        window = new MainWindow(messages);
        window.setOnLanguageChosen(languages::picked);
        window.setDataFile(opening.folder().resolve("schoolwatch.mv.db"));
        Scene scene = new Scene(window, 1280, 800);
        String styles = SchoolWatchApp.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm();
        scene.getStylesheets().add(styles);
        shareStylesheet(styles);
        Shortcuts.install(scene, window, messages);
        Mnemonics.installAll(scene);
        Mnemonics.installOnEveryWindow();
        stage.setTitle(messages.get("app.title"));
        messages.onSwitch(language -> stage.setTitle(messages.get("app.title")));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        this.stage = stage;
        closing = new Closing(stage, window, messages, workers, exitAction);
        benchmark = new StartupBenchmark(timing, closing::shutdown);
        session = new Session(options, messages, opening.folder(), stage, window, workers, benchmark, languages,
                this::showSignIn, this::showDamaged);
        closing.setSession(session);
        // The close button asks about unsaved input, then makes the backup on exit in the background with the
        // window still up and saying so; the window goes only when that is done.
        stage.setOnCloseRequest(e -> {
            // Hidden by the program itself, which some window systems also report as a close request: nothing to ask.
            if (stage.isShowing()) {
                e.consume();
                closing.close();
            }
        });
        stage.setOnHidden(e -> closing.shutdown());
        watchForDamage();
        if (options.startupTiming()) {
            benchmark.watchFirstFrame(scene);
        }
        stage.show();
        showSignIn();
    }

    /**
     * Wherever a read or a write of the session meets a damaged page of the database file — a screen's task, the
     * read-ahead, the daily backup, or code on the FX thread itself — the session stops there (see
     * {@link Session#damagedPageMet}). Anything else thrown on the FX thread and not caught is logged, not printed.
     */
    private void watchForDamage() {
        workers.tasks().watchFailures(session::damagedPageMet);
        workers.readAhead().watchFailures(session::damagedPageMet);
        workers.backup().watchFailures(session::damagedPageMet);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught on the FX thread: {}", ErrorSummary.of(error));
            session.damagedPageMet(error);
        });
    }

    /**
     * Every window of the program (dialogs and alerts too) gets the program's stylesheet, so its rules, such as the
     * visible keyboard focus, hold in dialogs as in the main window.
     */
    private static void shareStylesheet(String styles) {
        ChangeListener<Scene> addTo = (obs, was, scene) -> {
            if (scene != null && !scene.getStylesheets().contains(styles)) {
                scene.getStylesheets().add(styles);
            }
        };
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    addTo.changed(null, null, w.getScene());
                    w.sceneProperty().addListener(addTo);
                }
            }
        });
    }

    /**
     * The sign-in form: to the unit's server when the data folder says so, else to the PC's own file — or, on the
     * very first start, the choice between the two (the demo is the PC's), then the set-up of the first
     * administrator or the server's settings.
     */
    private void showSignIn() {
        SignInService service = new SignInService(opening.folder(), Clock.systemDefaultZone());
        ServerSettingsService servers = new ServerSettingsService(opening.folder());
        SignInViewModel model = new SignInViewModel(service, workers.tasks(), messages, session::signedIn, this::showDamaged);
        record Opening(Optional<ServerSettings> server, Optional<DatabaseOpenException> refused, SignInService.Start start,
                       Optional<TimedSignIn> timed) {
        }
        // A second copy, or a file of another H2 version (or none at all), is told at once, before any password.
        workers.tasks().submit(() -> {
            Optional<ServerSettings> server = servers.current();
            return server.isPresent() ? new Opening(server, Optional.empty(), SignInService.Start.SIGN_IN, Optional.empty())
                    : new Opening(server, service.inUse().or(service::foreignFile), service.start(),
                    TimedSignIn.requested(options.startupTiming()));
        }, found -> {
            if (found.server().isPresent()) {
                showServerSignIn(found.server().get());
                return;
            }
            window.setDataFile(opening.folder().resolve("schoolwatch.mv.db"));
            if (found.refused().isPresent()) {
                String text = DatabaseErrors.describe(found.refused().get(), messages);
                window.showFatal(text);
                if (options.startupTiming()) {
                    // A measuring script is waiting for us: say why on stderr and fail with a status it can test.
                    System.err.println(text);
                    closing.shutdown();
                    System.exit(1);
                }
                return;
            }
            SignInService.Start start = found.start();
            switch (start) {
                case KEY_RING_MISSING -> window.showFatal(messages.get("signin.error.keyRingMissing", opening.folder()));
                case SET_UP -> {
                    Supplier<Node> setUp = () -> new SignInView(model, messages, true, false);
                    if (options.demo()) {
                        window.showSignIn(setUp);
                    } else {
                        // The very first start: this PC's own file, or the unit's server.
                        window.showSignIn(() -> new ModeChoiceView(messages, () -> window.showSignIn(setUp),
                                () -> showServerSettings(this::showSignIn)));
                    }
                }
                case ENCRYPT_EXISTING -> window.showSignIn(() -> new SignInView(model, messages, true, true));
                case SIGN_IN -> {
                    window.showSignIn(() -> new SignInView(model, messages, false, false));
                    if (options.demo() && window.statusMessage().isEmpty()) {
                        // Started as the demo: the sign-in form is where its accounts are needed (unless the status bar
                        // already says something of its own, such as a restore).
                        window.setStatusMessage(session.demoHint());
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
            AfterPulse.once(window.getScene(), opening::rehearse);
            if (options.startupTiming() && start == SignInService.Start.SIGN_IN && found.timed().isPresent()) {
                // The benchmark's own sign-in, pressed when the form is painted (or after its typing pause); the
                // dashboard reports the end.
                benchmark.signIn(window.getScene(), model, found.timed().get());
            } else if (options.startupTiming()) {
                benchmark.report(window.getScene(), "startup.signInMillis");
            }
        }, session::backgroundFailed);
    }

    /** The sign-in to the unit's server: the server checks the password; «Параметры сервера» changes the server. */
    private void showServerSignIn(ServerSettings settings) {
        SignInViewModel model = SignInViewModel.forServer(new ServerSignIn(settings, Clock.systemDefaultZone()),
                workers.tasks(), messages, session::signedIn);
        window.setServer(settings.describe());
        window.showSignIn(() -> new SignInView(model, messages, false, false)
                .withServerSettings(messages, () -> showServerSettings(this::showSignIn)));
    }

    /** The unit's server's settings; kept or forgotten, the sign-in follows. {@code back} leaves them unchanged. */
    private void showServerSettings(Runnable back) {
        ServerSettingsViewModel model = new ServerSettingsViewModel(new ServerSettingsService(opening.folder()),
                workers.tasks(), messages, this::showSignIn);
        window.showSignIn(() -> new ServerSettingsView(model, messages, back));
    }

    /**
     * In place of the sign-in form: the database file is damaged. A restore goes on to the session as a sign-in
     * would; leaving closes the program.
     */
    private void showDamaged(DamagedDatabase damaged) {
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(damaged, workers.tasks(), messages, (signedIn, notice) -> {
            session.signedIn(signedIn);
            window.setStatusMessage(notice);
        }, () -> Platform.runLater(stage::close));
        window.showSignIn(() -> new DamagedDatabaseView(model, messages));
        model.load();
    }
}
