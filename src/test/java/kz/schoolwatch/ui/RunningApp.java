// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;
import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.app.DatabaseOpening;
import kz.schoolwatch.app.SchoolWatchApp;
import kz.schoolwatch.app.StartupTiming;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application for a UI test, on a fresh data folder of its own, torn down after each test. Registered as
 * a field, {@code @RegisterExtension final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();}
 * starts it before each test; {@link #notStarted()} leaves the start to the test, which may first set the folder up
 * or choose the account. The extension is also the test's robot, and test methods may take it (or an
 * {@link FxRobot}) as a parameter.
 */
public final class RunningApp extends AppRobot implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final String login;
    private boolean demo;
    private Runnable exit = () -> { };
    private Path folder;
    private Stage stage;

    private RunningApp(String login) {
        this.login = login;
    }

    /** Started before each test with the test accounts, signed in as {@code login}, up to the navigation. */
    public static RunningApp signedInAs(String login) {
        return new RunningApp(login);
    }

    /** A data folder only: the test starts the app with {@link #start}, {@link #startAs} or {@link #launch}. */
    public static RunningApp notStarted() {
        return new RunningApp(null);
    }

    /** With the demo city in the folder and {@code --demo} on the command line. */
    public RunningApp withDemoCity() {
        return withDemoCity(true);
    }

    public RunningApp withDemoCity(boolean demoCity) {
        this.demo = demoCity;
        return this;
    }

    /** What the program does to end (the launcher's {@code Platform::exit}): nothing unless a test asks. */
    public RunningApp onExit(Runnable exitAction) {
        this.exit = exitAction;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("schoolwatch-ui-");
        if (login != null) {
            startAs(login);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            close();
        } finally {
            deleteFolder();
        }
    }

    /** Sets the folder up with the test accounts (and the demo city when asked), starts the app, signs in as the head. */
    public RunningApp start() throws Exception {
        return startAs(TestSessions.HEAD);
    }

    /** Sets the folder up with the test accounts, starts the app and signs in as {@code account}, up to the navigation. */
    public RunningApp startAs(String account) throws Exception {
        TestSessions.prepare(folder, demo);
        launch().signIn(account);
        WorkDriver.waitUntil(60, () -> exists("#navDashboard"));
        return this;
    }

    /** Types {@code account} and the test password into the sign-in form and submits it; waits for nothing after. */
    public RunningApp signIn(String account) throws Exception {
        TestSessions.signIn(this, account);
        return this;
    }

    /** Starts the app on the folder as it is (nothing set up, nobody signed in): the sign-in form or the first start's. */
    public RunningApp launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        AppOptions options = demo ? AppOptions.parse("--demo") : AppOptions.parse();
        DatabaseOpening opening = DatabaseOpening.of(folder);
        FxToolkit.setupStage(s -> new SchoolWatchApp(options, Messages.russian(), opening, new StartupTiming(), exit).start(s));
        return this;
    }

    /** Waits for the dashboard's figures, i.e. until the database is open and the screens are in place. */
    public RunningApp awaitDashboard() throws Exception {
        await(() -> exists("#dashboardCamerasTotal") && !text("#dashboardCamerasTotal").equals("—"));
        return this;
    }

    /** Closes every window: hiding the main one ends the session and closes the database, as on the tests' teardown. */
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
    }

    /** The app's data folder, fresh for each test. */
    public Path folder() {
        return folder;
    }

    public Stage stage() {
        return stage;
    }

    /** A second JDBC connection to the app's database (same JVM, so H2 shares the open file). */
    public Connection jdbc() throws SQLException {
        return TestDatabases.connect(folder);
    }

    /** Saves what the window shows under target/screenshots, to look at while developing; never fails a test. */
    public void snapshot(String name) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene() != null);
            save(stage.getScene(), Path.of("target", "screenshots"), name);
        } catch (RuntimeException | TimeoutException e) {
            // Screenshots help a developer; they never fail a test.
        }
    }

    private void deleteFolder() throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningApp.class || type == AppRobot.class || type == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }
}
