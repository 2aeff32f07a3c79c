// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.report.PassportRepository;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.passport.PassportCover;
import kz.schoolwatch.report.passport.PassportDocumentBuilder;
import kz.schoolwatch.report.passport.SchoolPassport;
import kz.schoolwatch.report.pdf.SchoolPassportPdf;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.security.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Паспорт безопасности школы» (issue 21): a school's data, officers, cameras by zone, equipment, compliance, open
 * faults, last checks and this year's work on a day, as a PDF of one or two pages; and a district's passports as one
 * file. Saved like every export (a temporary file moved into place when complete) and recorded in the audit trail.
 */
public final class PassportService {

    private static final Logger LOG = LoggerFactory.getLogger(PassportService.class);

    private final PassportRepository repository;
    private final ComplianceService compliance;
    private final Access access;
    private final AuditService audit;
    private final Messages messages;
    private final PassportDocumentBuilder documents;
    private final SchoolPassportPdf pdf;
    private final Clock clock;

    public PassportService(PassportRepository repository, ComplianceService compliance, Access access, AuditService audit,
                           Messages messages, ReportFonts fonts, Clock clock) {
        this.repository = repository;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.documents = new PassportDocumentBuilder(messages);
        this.pdf = new SchoolPassportPdf(fonts, messages);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The school's passport on {@code day} as a document: what is printed and saved. */
    public SummaryDocument document(long schoolId, LocalDate day) {
        access.requireSchoolInDistrict(schoolId);
        return build(schoolId, day);
    }

    private SummaryDocument build(long schoolId, LocalDate day) {
        SchoolPassport passport = repository.read(schoolId, day, compliance.forSchool(schoolId, day))
                .orElseThrow(() -> new IllegalArgumentException("no school " + schoolId));
        return documents.build(passport, access.user().fullName(), LocalDateTime.now(clock).withNano(0));
    }

    /** Saves the school's passport on {@code day} as a PDF at {@code target}. */
    public void exportSchool(long schoolId, LocalDate day, Path target, ExportProgress progress) throws IOException {
        SummaryDocument doc = document(schoolId, day);
        write(target, progress, out -> pdf.write(List.of(doc), null, out, progress));
        audit.recordExport("school_passport", target.toAbsolutePath());
        LOG.info("Security passport of school {} on {} saved as {}", schoolId, day, target.toAbsolutePath());
    }

    /**
     * Saves the passports of a district's schools open on {@code day} as one PDF: a cover page, then each school from
     * a new page. Reading the schools is most of the work: progress counts them, and a cancel stops between two.
     */
    public void exportDistrict(int districtId, LocalDate day, Path target, ExportProgress progress) throws IOException {
        access.require(Permission.MONTHLY_SUMMARY);
        access.requireSchoolInDistrictId(districtId);
        List<Long> schools = repository.schoolsOfDistrict(districtId, day);
        List<SummaryDocument> docs = new ArrayList<>();
        for (Long id : schools) {
            progress.checkCancelled();
            docs.add(build(id, day));
            progress.update(0.8 * docs.size() / Math.max(1, schools.size()));
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalFormats formats = LocalFormats.of(messages.language());
        String district = repository.districtName(districtId).orElse("");
        PassportCover cover = new PassportCover(messages.get("report.organisation"), messages.get("passport.district.title"),
                List.of(messages.get("passport.scope", district), messages.get("passport.asOf", formats.date(day)),
                        messages.get("passport.district.schools", schools.size())),
                messages.get("report.prepared", formats.dateTime(now), access.user().fullName()));
        write(target, progress, out -> pdf.write(docs, cover, out, new ExportProgress() {
            @Override
            public void update(double fraction) {
                progress.update(0.8 + 0.2 * fraction);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }));
        audit.recordExport("district_passports", target.toAbsolutePath());
        LOG.info("Security passports of district {} ({} schools) on {} saved as {}", districtId, schools.size(), day, target.toAbsolutePath());
    }

    /** Records in the audit trail that a school's passport went to {@code printer}. */
    public void recordPrint(long schoolId, String printer) {
        audit.recordPrint("school_passport", "school " + schoolId + " to " + printer);
    }

    /** What writes the file's bytes. */
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to {@code target} under a temporary name and moves the file into place only when complete. */
    private static void write(Path target, ExportProgress progress, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".schoolwatch-", ".pdf.part");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            progress.checkCancelled();
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            progress.update(1.0);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
