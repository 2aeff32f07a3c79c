// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.ComplianceReportService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.security.AuditService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly compliance table of the demo city, saved as PDF and Excel and read back. */
class ComplianceExportTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path folder;
    @TempDir
    Path out;

    private static Database db;
    private static Clock clock;

    @BeforeAll
    static void seed() throws Exception {
        clock = Clock.fixed(TODAY.atTime(10, 30).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.openWithDemoCity(folder, clock);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ComplianceReportService reports(Messages messages, Access access) {
        SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), access);
        MonthlySummaryService summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock,
                messages.get("report.city"), access);
        ReportExportService exports = new ReportExportService(messages, new ReportFonts(), new AuditService(new AuditRepository(db), access));
        return new ComplianceReportService(new ComplianceService(db, new SettingsRepository(db), clock), summaries, exports,
                messages, access, clock);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void pdfNamesTheDistrictsAndASchoolWithAGap() throws Exception {
        Messages messages = Messages.russian();
        ComplianceReportService reports = reports(messages, TestDatabases.head());
        ReportScope city = reports.defaultScope();
        ComplianceFigures figures = reports.figures(QUARTER_END, city);
        assertThat(figures.compliance().withGaps()).isNotEmpty();
        SchoolCompliance gap = figures.compliance().withGaps().get(0);
        Path pdf = out.resolve("sootvetstvie.pdf");
        reports.export(reports.report(city, figures), ReportFormat.PDF, pdf, ExportProgress.NONE);

        String text = pdfText(pdf);
        assertThat(text).contains(messages.get("compliance.report.title"), messages.get("compliance.report.period", "30.09.2026"),
                figures.district(gap.districtId()), figures.compliance().set().name());
        assertThat(text).contains(String.valueOf(gap.schoolNumber()));
        String firstWords = gap.schoolName().split(" ")[0];
        assertThat(text).contains(firstWords);
        assertThat(text).contains(messages.get("compliance.report.section.gaps"));
    }

    @Test
    void excelHoldsTheDistrictTableWithTheCityTotalAndTheSchoolsWithGaps() throws Exception {
        Messages english = Messages.of(Language.ENGLISH);
        ComplianceReportService reports = reports(english, TestDatabases.head());
        ReportScope city = reports.defaultScope();
        ComplianceFigures figures = reports.figures(QUARTER_END, city);
        Path xlsx = out.resolve("compliance.xlsx");
        reports.export(reports.report(city, figures), ReportFormat.XLSX, xlsx, ExportProgress.NONE);

        List<String> cells = new ArrayList<>();
        try (var wb = new ReadableWorkbook(xlsx.toFile())) {
            for (var sheet : wb.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row r) -> r.forEach(c -> cells.add(c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue())));
                }
            }
        }
        int districtId = figures.compliance().byDistrict().get(0).districtId();
        assertThat(cells).contains(figures.district(districtId), english.get("report.total"),
                english.get("compliance.report.column.met"), String.valueOf(figures.compliance().schools().size()));
        SchoolCompliance gap = figures.compliance().withGaps().get(0);
        assertThat(cells).contains(gap.schoolName());
        assertThat(String.join("|", cells)).doesNotMatch(".*[А-Яа-яЁё]{30,}.*");
    }

    @Test
    void tableCountsAddUpToTheSchoolsOpenThatDay() {
        ComplianceReportService reports = reports(Messages.russian(), TestDatabases.head());
        var c = reports.figures(QUARTER_END, reports.defaultScope()).compliance();
        assertThat(c.count(ComplianceStatus.MET) + c.count(ComplianceStatus.NOT_MET) + c.count(ComplianceStatus.UNKNOWN))
                .isEqualTo(c.schools().size());
        assertThat(c.byDistrict().stream().mapToInt(d -> d.schools()).sum()).isEqualTo(c.schools().size());
    }

    @Test
    void aFutureDayIsRefused() {
        ComplianceReportService reports = reports(Messages.russian(), TestDatabases.head());
        assertThatThrownBy(() -> reports.figures(TODAY.plusDays(1), reports.defaultScope())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aHeadOfADistrictSeesOnlyThatDistrict() {
        Access districtHead = new Access(TestDatabases.account(Role.HEAD, null, 1), id -> 1);
        ComplianceReportService reports = reports(Messages.russian(), districtHead);
        ReportScope scope = reports.defaultScope();
        assertThat(scope.kind()).isEqualTo(ReportScope.Kind.DISTRICT);
        assertThat(reports.figures(QUARTER_END, scope).compliance().schools()).allMatch(s -> s.districtId() == 1);
        assertThatThrownBy(() -> reports.figures(QUARTER_END, ReportScope.city("г. Алматы"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lastQuarterEndsComeBeforeToday() {
        ComplianceReportService reports = reports(Messages.russian(), TestDatabases.head());
        assertThat(reports.lastQuarterEnds()).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 31));
    }
}
