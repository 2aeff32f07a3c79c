// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ActDocument;
import kz.schoolwatch.report.ActDocumentBuilder;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.pdf.InspectionActPdf;
import kz.schoolwatch.service.security.AuditService;

/**
 * Saves an inspection act as PDF, as the monthly summary is saved: written under a temporary name next to the target
 * and moved into place when complete, recorded in the audit trail; and records a printed act.
 */
public final class ActExportService {

    private final Messages messages;
    private final InspectionActPdf pdf;
    private final AuditService audit;

    public ActExportService(Messages messages, ReportFonts fonts, AuditService audit) {
        this.messages = messages;
        this.pdf = new InspectionActPdf(fonts, messages);
        this.audit = audit;
    }

    /** The act laid out in the user's language: what the PDF and the printed page show. */
    public ActDocument document(InspectionAct act) {
        return new ActDocumentBuilder(messages).build(act);
    }

    public void save(InspectionAct act, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), ".schoolwatch-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                pdf.write(document(act), out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        if (audit != null) {
            audit.recordExport("inspection_act", absolute);
        }
    }

    public void recordPrint(InspectionAct act, String printer) {
        if (audit != null) {
            audit.recordPrint("inspection_act", act.number() + " school " + act.schoolNumber() + " to " + printer);
        }
    }
}
