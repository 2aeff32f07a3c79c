// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.compliance.ComplianceDocumentBuilder;
import kz.schoolwatch.report.compliance.ComplianceFigures;
import kz.schoolwatch.report.compliance.ComplianceReport;
import kz.schoolwatch.service.compliance.ComplianceService;

/**
 * The quarterly compliance table for the ministry's monitoring (issue 21): the schools of the city or of a district
 * judged on a day, laid out, saved as PDF or Excel and recorded in the audit trail. The screen and the command line
 * both come through here. A head bound to a district sees that district only.
 */
public final class ComplianceReportService {

    /** How exports and prints of the table are named in the audit trail. */
    public static final String AUDIT_KIND = "compliance_table";

    private final ComplianceService compliance;
    private final MonthlySummaryService summaries;
    private final ReportExportService exports;
    private final Messages messages;
    private final Access access;
    private final Clock clock;

    public ComplianceReportService(ComplianceService compliance, MonthlySummaryService summaries, ReportExportService exports,
                                   Messages messages, Access access, Clock clock) {
        this.compliance = compliance;
        this.summaries = summaries;
        this.exports = exports;
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    /** The district this account is bound to, or null when it sees the whole city. */
    public Integer boundDistrict() {
        return access.district();
    }

    /** The scope an account sees by default: its district, or the city. */
    public ReportScope defaultScope() {
        Integer d = access.district();
        return d == null ? summaries.cityScope() : districtScope(d).orElse(summaries.cityScope());
    }

    /** The district of this id as a scope. */
    public Optional<ReportScope> districtScope(int districtId) {
        return summaries.districtScopes().stream().filter(s -> s.id() == districtId).findFirst();
    }

    /** The district with this name or id (case ignored), for the command line. */
    public Optional<ReportScope> districtScope(String nameOrId) {
        String s = nameOrId.strip();
        if (s.matches("\\d{1,9}")) {
            return districtScope(Integer.parseInt(s));
        }
        return summaries.districtScope(s);
    }

    /** Every district's name, for a message naming the known ones. */
    public String districtNames() {
        return summaries.districtScopes().stream().map(d -> d.id() + " " + d.title()).collect(Collectors.joining(", "));
    }

    /** The ends of the last four quarters before today, the latest first: the days the ministry asks about. */
    public List<LocalDate> lastQuarterEnds() {
        LocalDate today = compliance.today();
        LocalDate end = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1).minusDays(1);
        List<LocalDate> ends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ends.add(end);
            end = end.withDayOfMonth(1).minusMonths(2).minusDays(1);
        }
        return ends;
    }

    public LocalDate today() {
        return compliance.today();
    }

    /**
     * The scope's schools judged on {@code asOf}, with its districts' names.
     *
     * @throws ValidationException when the day is still to come (field {@code asOf}): no history tells it
     * @throws AccessDeniedException when a head bound to a district asks for the city or another district
     */
    public ComplianceFigures figures(LocalDate asOf, ReportScope scope) {
        requireScope(scope);
        if (asOf.isAfter(compliance.today())) {
            throw new ValidationException(List.of(FieldError.of("asOf", "compliance.error.futureDate")));
        }
        CityCompliance c = scope.kind() == ReportScope.Kind.DISTRICT
                ? compliance.forDistrict((int) scope.id(), asOf) : compliance.forCity(asOf);
        return new ComplianceFigures(c, districtNames(summaries));
    }

    /** The districts' names in the language spoken now, by id. */
    static Map<Integer, String> districtNames(MonthlySummaryService summaries) {
        return summaries.districtScopes().stream().collect(Collectors.toMap(d -> (int) d.id(), ReportScope::title, (a, b) -> a));
    }

    /** The table of {@code figures}, with the signature and who made it. */
    public ComplianceReport report(ReportScope scope, ComplianceFigures figures) {
        MonthlySummary.Signature signature = summaries.signature();
        return new ComplianceReport(scope, figures, signature, (signature.rank() + " " + signature.name()).strip(),
                LocalDateTime.now(clock).withNano(0));
    }

    /** The table laid out in the language spoken now: what the file and the print show. */
    public SummaryDocument document(ComplianceReport report) {
        return new ComplianceDocumentBuilder(messages).build(report);
    }

    /** Saves the table as PDF or Excel (written whole or not at all) and records the export. */
    public void export(ComplianceReport report, ReportFormat format, Path target, ExportProgress progress) throws IOException {
        exports.export(document(report), AUDIT_KIND, format, target, progress);
    }

    /** Records that the table went to a printer. */
    public void recordPrint(ComplianceReport report, String printer) {
        exports.recordPrint(AUDIT_KIND, report.figures().compliance().asOf() + " " + report.scope().kind() + " " + report.scope().id(), printer);
    }

    private void requireScope(ReportScope scope) {
        access.require(Permission.VIEW_SCHOOLS);
        Integer district = access.district();
        if (district != null && (scope.kind() != ReportScope.Kind.DISTRICT || scope.id() != district)) {
            throw new AccessDeniedException("access.denied.district");
        }
    }
}
