// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import javafx.application.Platform;
import javafx.stage.Stage;
import kz.schoolwatch.cli.BackupCommand;
import kz.schoolwatch.cli.ImportCommand;
import kz.schoolwatch.cli.ReportCommand;
import kz.schoolwatch.cli.ServerSetupCommand;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DataFolder;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Entry point. Parses the command line, starts opening the database at once, then starts JavaFX. Not a
 * JavaFX {@code Application} subclass, so the app also runs with JavaFX on the plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] given) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Map<String, String> env = System.getenv();
        StartLanguage.Start start;
        try {
            start = StartLanguage.choose(given, env);
        } catch (AppOptions.UsageException e) {
            System.exit(refuse(e, Messages.of(StartLanguage.byDefault(given, env)), err));
            return;
        }
        // No exception reaches the console as a stack trace: a thread that dies is logged in one line, and the main
        // thread's own failure is one Russian line and a non-zero exit code.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LoggerFactory.getLogger(Launcher.class).error("Uncaught in {}: {}", thread.getName(), ErrorSummary.of(error)));
        Messages messages = Messages.of(start.language());
        try {
            start(start, messages, err);
        } catch (Throwable e) {
            LoggerFactory.getLogger(Launcher.class).error("Start failed: {}", ErrorSummary.of(e));
            err.println(messages.get("cli.error.unexpected"));
            System.exit(1);
        }
    }

    /** A command line that cannot be understood: why, where the options are listed, and exit code 2. */
    static int refuse(AppOptions.UsageException e, Messages messages, PrintStream err) {
        err.println(messages.get(e.messageKey(), e.argument()));
        err.println(messages.get("cli.seeHelp"));
        return ReportCommand.USAGE;
    }

    /**
     * A command without a window prints only its own Russian lines; its technical log goes to
     * {@code logs/commands.log} in the data folder. Set before the first logger is made, which reads it.
     */
    static void logToFile(Path dataFolder) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("schoolwatch.logFile", dataFolder.resolve("logs").resolve("commands.log").toString());
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
    }

    private static void start(StartLanguage.Start language, Messages messages, PrintStream err) {
        String[] args = language.args();
        StartupTiming timing = new StartupTiming();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("server-setup")) {
            // Run by the unit's administrator on any computer that reaches the server; it has its own options.
            logToFile(DataFolder.resolve(null));
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
            System.exit(new ServerSetupCommand(messages, out, err, ReportCommand.PasswordSource.standard(), System::getenv)
                    .run(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        AppOptions options;
        try {
            options = AppOptions.parse(args);
        } catch (AppOptions.UsageException e) {
            System.exit(refuse(e, messages, err));
            return;
        }
        if (options.help()) {
            out.println(messages.get("cli.usage", DataFolder.resolve(null)));
            out.println(messages.get("cli.usage.import"));
            out.println(messages.get("cli.usage.compliance"));
            out.println(messages.get("cli.usage.lang", StartLanguage.ENV));
            return;
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (options.report() != null) {
            logToFile(DataFolder.resolve(options.dataDir()));
            // A scheduled run: no window, no JavaFX; the exit code tells the scheduler how it went.
            System.exit(new ReportCommand(messages, out, err, Clock.systemDefaultZone(), ReportCommand.PasswordSource.standard())
                    .run(options.report(), DataFolder.resolve(options.dataDir())));
            return;
        }
        if (options.backup() != null) {
            logToFile(DataFolder.resolve(options.dataDir()));
            System.exit(new BackupCommand(messages, out, err, Clock.systemDefaultZone(), ReportCommand.PasswordSource.standard())
                    .run(options.backup(), DataFolder.resolve(options.dataDir())));
            return;
        }
        if (options.imports() != null) {
            logToFile(DataFolder.resolve(options.dataDir()));
            System.exit(new ImportCommand(messages, out, err, Clock.systemDefaultZone(), ReportCommand.PasswordSource.standard())
                    .run(options.imports(), DataFolder.resolve(options.dataDir())));
            return;
        }
        DatabaseOpening opening = DatabaseOpening.of(DataFolder.resolve(options.dataDir()));
        // JavaFX and ControlsFX log through java.util.logging; route it to SLF4J like everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            SchoolWatchApp app = new SchoolWatchApp(options, messages, opening, timing, Platform::exit);
            if (language.given()) {
                // --lang or SCHOOLWATCH_LANG asked for this start: the sign-in form speaks it, not the PC's last one.
                app.keepStartLanguage();
            }
            app.start(new Stage());
        });
    }
}
