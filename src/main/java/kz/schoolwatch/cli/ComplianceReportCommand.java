// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.compliance.ComplianceFigures;
import kz.schoolwatch.service.ComplianceReportService;
import kz.schoolwatch.service.ValidationException;

/**
 * {@code schoolwatch report --kind compliance --as-of 2026-09-30 --out F [--district ID] --user LOGIN}: the
 * quarterly compliance table without a window (issue 21), through the service the screen uses. Exit codes as
 * {@link ReportCommand}'s.
 */
final class ComplianceReportCommand {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final SignedInRun signedIn;

    ComplianceReportCommand(Messages messages, PrintStream out, PrintStream err, SignedInRun signedIn) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.signedIn = signedIn;
    }

    int run(AppOptions.Report report, Path dataFolder) {
        return signedIn.run(report.user(), dataFolder, context -> {
            ComplianceReportService reports = context.complianceReports();
            Optional<ReportScope> scope = report.district() == null ? Optional.of(reports.defaultScope())
                    : reports.districtScope(report.district());
            if (scope.isEmpty()) {
                err.println(messages.get("cli.error.report.unknownDistrict", report.district(), reports.districtNames()));
                return ReportCommand.USAGE;
            }
            ComplianceFigures figures;
            try {
                figures = reports.figures(report.asOf(), scope.get());
            } catch (ValidationException e) {
                err.println(messages.get("cli.error.report.futureAsOf", report.asOf()));
                return ReportCommand.USAGE;
            }
            reports.export(reports.report(scope.get(), figures), report.format(), report.out(), ExportProgress.NONE);
            out.println(messages.get("cli.report.complianceSaved", report.out().toAbsolutePath(),
                    figures.compliance().count(ComplianceStatus.MET), figures.compliance().schools().size()));
            return ReportCommand.OK;
        }, denied -> messages.get(denied.messageKey()),
                io -> messages.get("cli.error.report.write", report.out().toAbsolutePath(), FileWriteReasons.of(io, messages)));
    }
}
