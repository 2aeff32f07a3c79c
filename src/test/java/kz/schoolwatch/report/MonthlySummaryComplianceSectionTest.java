// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.NewInspection;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.InspectionService;
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

/**
 * The monthly summary's compliance section (issue 21), the district table and the schools with gaps on the month's last
 * day, and its correction orders' section (issue 22), the month's counts and the orders overdue at its end.
 */
class MonthlySummaryComplianceSectionTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    static Path folder;
    @TempDir
    Path out;

    private static Database db;
    private static int orderSchool;
    private static InspectionService inspections;
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
        // One order of October, its deadline passed by the month's end and not fixed: the orders' section lists it.
        inspections = new InspectionService(db, new DataChanges(), compliance, TestDatabases.head(), clock);
        summaries.withOrders(inspections);
        LocalDate checkedOn = LocalDate.of(2026, 10, 10);
        long school = db.dsl().select(SCHOOL.ID).from(SCHOOL).where(SCHOOL.ARCHIVED_ON.isNull())
                .orderBy(SCHOOL.SCHOOL_NUMBER).limit(1).fetchOne(SCHOOL.ID);
        orderSchool = db.dsl().select(SCHOOL.SCHOOL_NUMBER).from(SCHOOL).where(SCHOOL.ID.eq(school)).fetchOne(SCHOOL.SCHOOL_NUMBER);
        long officer = db.dsl().select(OFFICER.ID).from(OFFICER).orderBy(OFFICER.ID).limit(1).fetchOne(OFFICER.ID);
        List<InspectionFinding> findings = new ArrayList<>();
        for (ItemCompliance item : inspections.proposal(school, checkedOn)) {
            findings.add(new InspectionFinding(null, item.item(), findings.isEmpty() ? FindingResult.NOT_MET : FindingResult.NOT_CHECKED, null));
        }
        long check = inspections.record(new NewInspection(school, officer, checkedOn, null, findings, null));
        inspections.issueOrder(inspections.act(check).orElseThrow().findings().get(0).id(),
                new OrderDraft("Установить камеру у входа", LocalDate.of(2026, 10, 20), "Директор Ахметова А. С."));
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
    void theOrdersSectionCountsTheMonthsOrdersAndListsTheOverdueOne() {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        // The demo city has orders of its own: the figures are the service's for October, ours among them.
        InspectionService.PeriodOrders october = inspections.periodOrders(null, null, OCTOBER.atDay(1), OCTOBER.atEndOfMonth());
        assertThat(s.orders().issued()).isEqualTo(october.counts().issued()).isPositive();
        assertThat(s.orders().overdue()).isEqualTo(october.counts().overdueAtEnd()).isPositive();
        Section orders = new SummaryDocumentBuilder(Messages.russian()).build(s).sections().stream()
                .filter(x -> x.id().equals("orders")).findFirst().orElseThrow();
        assertThat(orders.title()).isEqualTo(Messages.russian().get("report.section.orders", 9));
        Table counts = table(orders, "orderCounts");
        assertThat(counts.rows()).extracting(r -> r.get(1)).containsExactly(october.counts().issued(), october.counts().closed(),
                october.counts().openAtEnd(), october.counts().overdueAtEnd());
        Table overdue = table(orders, "ordersOverdue");
        assertThat(overdue.rows()).hasSize(october.overdue().size());
        assertThat(overdue.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo(orderSchool);
            assertThat(row.get(4)).isEqualTo(11);
            assertThat(row.get(5)).isEqualTo("Директор Ахметова А. С.");
        });
        // An officer's summary has no compliance section: the orders' section is the eighth.
        SummaryDocument officers = new SummaryDocumentBuilder(Messages.russian())
                .build(summaries.summarize(OCTOBER, summaries.officerScopes().get(0)));
        assertThat(officers.sections()).anyMatch(x -> x.title().equals(Messages.russian().get("report.section.orders", 8)));
    }

    @Test
    void thePdfPrintsTheSection() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path pdf = out.resolve("svodka.pdf");
        exports.export(s, ReportFormat.PDF, pdf, ExportProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains(Messages.russian().get("report.section.compliance", "31.10.2026"));
            assertThat(text).contains(Messages.russian().get("report.section.orders", 9), "Директор Ахметова А. С.");
        }
    }
}
