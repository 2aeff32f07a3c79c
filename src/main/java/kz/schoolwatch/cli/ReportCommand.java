// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.SignInRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code schoolwatch report …}: writes the monthly summary without a window, for scheduled runs, with the services
 * of {@link AppContext} like the window's. No JavaFX is started: the charts in the PDF are drawn with Java2D in headless mode, so the file is the one the app saves.
 * Exit codes: 0 saved, 1 the database or the file failed, 2 the arguments name something that does not exist
 * (a district, an officer, the folder of {@code --out}).
 */
public final class ReportCommand {

    /** The file was written. */
    public static final int OK = 0;
    /** The database could not be opened or the file could not be written. */
    public static final int FAILED = 1;
    /** The command line is wrong (same code as a wrong option). */
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    private final PasswordSource passwords;

    /** Where the command's password comes from: the console without echo, else the first line of stdin. */
    @FunctionalInterface
    public interface PasswordSource {
        char[] read(String prompt) throws IOException;

        static PasswordSource standard() {
            return prompt -> {
                Console console = System.console();
                if (console != null) {
                    char[] pw = console.readPassword("%s", prompt);
                    return pw == null ? new char[0] : pw;
                }
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? new char[0] : line.toCharArray();
            };
        }
    }

    public ReportCommand(Messages messages, PrintStream out, PrintStream err, Clock clock, PasswordSource passwords) {
        this.passwords = passwords;
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs {@code report} against the database in {@code dataFolder}; returns the exit code. */
    public int run(AppOptions.Report report, Path dataFolder) {
        // Before any AWT class loads: the charts are drawn off-screen, and no display may exist.
        System.setProperty("java.awt.headless", "true");
        Path folder = report.out().toAbsolutePath().getParent();
        if (folder != null && !Files.exists(folder)) {
            // Not created silently: a typo in a scheduled job's path would otherwise scatter summaries in new folders.
            err.println(messages.get("cli.error.report.noFolder", folder));
            return USAGE;
        }
        char[] password;
        try {
            password = passwords.read(messages.get("cli.report.password", report.user()));
        } catch (IOException e) {
            err.println(messages.get("signin.error.empty"));
            return FAILED;
        }
        AppContext context = null;
        boolean damaged = false;
        try {
            context = AppContext.signIn(dataFolder, report.user(), password, messages, clock);
            Arrays.fill(password, '\0');
            MonthlySummaryService summaries = context.monthlySummaries();
            Optional<ReportScope> scope = scope(summaries, report);
            if (scope.isEmpty()) {
                return USAGE;
            }
            MonthlySummary summary = summaries.summarize(report.month(), scope.get());
            context.reportExports().export(summary, report.format(), report.out(), ExportProgress.NONE);
            out.println(messages.get("cli.report.saved", report.out().toAbsolutePath()));
            return OK;
        } catch (SignInRefused e) {
            err.println(messages.get(e.messageKey(), e.args().toArray()));
            return FAILED;
        } catch (AccessDeniedException e) {
            err.println(messages.get(e.messageKey()));
            return FAILED;
        } catch (DatabaseOpenException e) {
            err.println(DatabaseErrors.describe(e, messages));
            return FAILED;
        } catch (DatabaseDamagedException e) {
            // The command line only says so; restoring or extracting is offered in the program's window.
            e.damaged().close();
            err.println(DatabaseErrors.describe((DatabaseOpenException) e.getCause(), messages));
            return FAILED;
        } catch (ValidationException e) {
            err.println(messages.get("cli.error.report.futureMonth", report.month()));
            return USAGE;
        } catch (IOException e) {
            LOG.warn("Report could not be written: {}", e.getClass().getSimpleName());
            err.println(messages.get("cli.error.report.write", report.out().toAbsolutePath(), FileWriteReasons.of(e, messages)));
            return FAILED;
        } catch (RuntimeException e) {
            // A read met a damaged page after the opening, or something nobody foresaw: one line, never a stack trace.
            damaged = DamagedFileRecovery.isDamage(e);
            LOG.error("Report failed: {}", ErrorSummary.of(e));
            err.println(damaged ? messages.get("cli.error.damaged", DamagedFileRecovery.file(dataFolder))
                    : messages.get("cli.error.unexpected"));
            return FAILED;
        } finally {
            Arrays.fill(password, '\0');
            if (context != null) {
                close(context, damaged);
            }
        }
    }

    /**
     * Ends the command's session; on a damaged file without writing anything more to it (so it stays as it was
     * for the restore or the export the window offers), and with a note in the key ring for the audit trail.
     */
    private void close(AppContext context, boolean damaged) {
        if (damaged) {
            DamagedDatabase.metInSession(context.session(), clock).close();
        } else {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the database failed: {}", ErrorSummary.of(e));
            }
        }
    }

    private Optional<ReportScope> scope(MonthlySummaryService summaries, AppOptions.Report report) {
        if (report.district() != null) {
            Optional<ReportScope> district = summaries.districtScope(report.district());
            if (district.isEmpty()) {
                String known = summaries.districtScopes().stream().map(ReportScope::title).collect(Collectors.joining(", "));
                err.println(messages.get("cli.error.report.unknownDistrict", report.district(), known));
            }
            return district;
        }
        if (report.officer() != null) {
            Optional<ReportScope> officer = summaries.officerScope(report.officer());
            if (officer.isEmpty()) {
                err.println(messages.get("cli.error.report.unknownOfficer", report.officer()));
            }
            return officer;
        }
        return Optional.of(summaries.cityScope());
    }
}
