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
import java.util.Optional;
import java.util.stream.Collectors;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ValidationException;
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
        if (report.kind() == AppOptions.ReportKind.COMPLIANCE) {
            return new ComplianceReportCommand(messages, out, err, new SignedInRun(messages, err, clock, passwords, LOG, "Report"))
                    .run(report, dataFolder);
        }
        return new SignedInRun(messages, err, clock, passwords, LOG, "Report").run(report.user(), dataFolder, context -> {
            MonthlySummaryService summaries = context.monthlySummaries();
            Optional<ReportScope> scope = scope(summaries, report);
            if (scope.isEmpty()) {
                return USAGE;
            }
            MonthlySummary summary;
            try {
                summary = summaries.summarize(report.month(), scope.get());
            } catch (ValidationException e) {
                err.println(messages.get("cli.error.report.futureMonth", report.month()));
                return USAGE;
            }
            context.reportExports().export(summary, report.format(), report.out(), ExportProgress.NONE);
            out.println(messages.get("cli.report.saved", report.out().toAbsolutePath()));
            return OK;
        }, denied -> messages.get(denied.messageKey()),
                io -> messages.get("cli.error.report.write", report.out().toAbsolutePath(), FileWriteReasons.of(io, messages)));
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
