// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.security.AuditService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly summary's compliance section (issue 21): the district table and the schools with gaps on the month's last day. */
class MonthlySummaryComplianceSectionTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    static Path folder;
    @TempDir
    Path out;

    private static Database db;
    private static MonthlySummaryService summaries;
    private static ComplianceService compliance;
    private static ReportExportService exports;

    @BeforeAll
    static void seed() throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(10, 30).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.openWithDemoCity(folder, clock);
        SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head());
        compliance = new ComplianceService(db, new SettingsRepository(db), clock);
        summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock, "г. Алматы", TestDatabases.head())
                .withCompliance(compliance);
        exports = new ReportExportService(Messages.russian(), new ReportFonts(), new AuditService(new AuditRepository(db), TestDatabases.head()));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Section section(SummaryDocument doc) {
        return doc.sections().stream().filter(s -> s.id().equals("compliance")).findFirst().orElseThrow();
    }

    private static Table table(Section section, String id) {
        return section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sectionJudgesTheSchoolsOnTheMonthsLastDay() {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        assertThat(s.compliance().compliance().asOf()).isEqualTo(LocalDate.of(2026, 10, 31));
        int schools = compliance.forCity(LocalDate.of(2026, 10, 31)).schools().size();
        Section section = section(new SummaryDocumentBuilder(Messages.russian()).build(s));
        Table districts = table(section, "complianceByDistrict");
        List<Object> total = districts.rows().get(districts.rows().size() - 1);
        assertThat(districts.totalRow()).isTrue();
        assertThat(total.get(1)).isEqualTo(schools);
        List<SchoolCompliance> withGaps = s.compliance().compliance().withGaps();
        Table gaps = table(section, "complianceGaps");
        assertThat(gaps.rows()).hasSize(withGaps.size());
        assertThat(gaps.columns()).hasSize(3);
        assertThat(gaps.rows().get(0).get(0)).isEqualTo(withGaps.get(0).schoolNumber());
        assertThat((String) gaps.rows().get(0).get(2)).isNotBlank();
    }

    @Test
    void aDistrictsSummaryJudgesOnlyItsSchools() {
        ReportScope district = summaries.districtScopes().get(0);
        MonthlySummary s = summaries.summarize(OCTOBER, district);
        assertThat(s.compliance().compliance().schools()).isNotEmpty().allMatch(c -> c.districtId() == district.id());
    }

    @Test
    void anOfficersSummaryHasNoSuchSection() {
        ReportScope officer = summaries.officerScopes().get(0);
        SummaryDocument doc = new SummaryDocumentBuilder(Messages.russian()).build(summaries.summarize(OCTOBER, officer));
        assertThat(doc.sections()).noneMatch(s -> s.id().equals("compliance"));
    }

    @Test
    void thePdfPrintsTheSection() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path pdf = out.resolve("svodka.pdf");
        exports.export(s, ReportFormat.PDF, pdf, ExportProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains(Messages.russian().get("report.section.compliance", "31.10.2026"));
        }
    }
}
