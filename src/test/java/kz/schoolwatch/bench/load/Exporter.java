// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.AuditService;

/**
 * The head who exports the city's monthly summary for the month under way, as PDF and as Excel by turns, into a
 * folder of its own; each export is recorded in the audit trail under the head's login.
 */
final class Exporter extends LoadOfficer {

    private final MonthlySummaryService summaries;
    private final ReportExportService exports;
    private final Path folder;
    private int rounds;

    Exporter(Database db, Access access, Ledger.Tally tally, Ledger ledger, long seed, Messages messages, ReportFonts fonts) {
        super(db, tally, ledger, seed);
        Clock clock = Clock.systemDefaultZone();
        this.summaries = new MonthlySummaryService(new MonthlySummaryRepository(db),
                new SettingsService(new SettingsRepository(db), new DataChanges(), access), clock, messages.get("report.city"), access);
        this.exports = new ReportExportService(messages, fonts, new AuditService(new AuditRepository(db), access));
        try {
            this.folder = Files.createTempDirectory("schoolwatch-load-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void round(Latencies times) {
        ReportFormat format = rounds++ % 2 == 0 ? ReportFormat.PDF : ReportFormat.XLSX;
        Path file = folder.resolve("summary-" + rounds + "." + format.name().toLowerCase());
        timed(times, "export", () -> {
            MonthlySummary summary = summaries.summarize(YearMonth.now(), summaries.cityScope());
            try {
                exports.export(summary, format, file, ExportProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        });
        tally.saved("export");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        super.close();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temporary folder left behind harms nothing.
        }
    }
}
