// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.AuditService;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocumentBuilder;
import kz.schoolwatch.report.pdf.MonthlySummaryPdf;
import kz.schoolwatch.report.xlsx.MonthlySummaryXlsx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a monthly summary as PDF or Excel. The file is written next to its target under a temporary name and
 * moved into place only when complete, so a cancelled or failed export never leaves half a document behind
 * (nor destroys an older file of the same name).
 */
public final class ReportExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportExportService.class);

    private final SummaryDocumentBuilder documents;
    private final MonthlySummaryPdf pdf;
    private final MonthlySummaryXlsx xlsx;

    private final AuditService audit;

    public ReportExportService(Messages messages, ReportFonts fonts, AuditService audit) {
        this.audit = audit;
        this.documents = new SummaryDocumentBuilder(messages);
        this.pdf = new MonthlySummaryPdf(fonts, messages);
        this.xlsx = new MonthlySummaryXlsx();
    }

    /** The summary laid out as a document: what the preview shows. */
    public SummaryDocument document(MonthlySummary summary) {
        return documents.build(summary);
    }

    /**
     * Writes {@code summary} to {@code target} in {@code format}, and records the export in the audit trail.
     *
     * @throws kz.schoolwatch.report.ExportCancelledException when {@code progress} reports a cancel (nothing is left on disk)
     * @throws IOException when the file cannot be written
     */
    public void export(MonthlySummary summary, ReportFormat format, Path target, ExportProgress progress) throws IOException {
        Path absolute = write(documents.build(summary), format, target, progress);
        audit.recordExport("monthly_summary", absolute);
        progress.update(1.0);
        LOG.info("Monthly summary {} {} saved as {}", summary.month(), summary.scope().kind(), absolute);
    }

    /**
     * Writes a document laid out elsewhere (the quarterly compliance table) the way a summary is written, and records
     * the export in the audit trail under {@code auditKind}.
     */
    public void export(SummaryDocument doc, String auditKind, ReportFormat format, Path target, ExportProgress progress) throws IOException {
        Path absolute = write(doc, format, target, progress);
        audit.recordExport(auditKind, absolute);
        progress.update(1.0);
        LOG.info("{} saved as {}", auditKind, absolute);
    }

    /** Records in the audit trail that a document laid out elsewhere went to {@code printer}. */
    public void recordPrint(String auditKind, String what, String printer) {
        audit.recordPrint(auditKind, what + " to " + printer);
    }

    /** Writes under a temporary name next to the target, then moves it into place; returns the target's absolute path. */
    private Path write(SummaryDocument doc, ReportFormat format, Path target, ExportProgress progress) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".schoolwatch-", "." + format.extension() + ".part");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                switch (format) {
                    case PDF -> pdf.write(doc, out, progress);
                    case XLSX -> xlsx.write(doc, out, progress);
                }
            }
            progress.checkCancelled();
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return absolute;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Records in the audit trail that {@code summary} went to {@code printer}. */
    public void recordPrint(MonthlySummary summary, String printer) {
        audit.recordPrint("monthly_summary", summary.month() + " " + summary.scope().kind() + " " + summary.scope().id() + " to " + printer);
    }
}
