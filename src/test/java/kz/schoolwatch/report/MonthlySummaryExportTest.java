// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.CAMERA_FAULT;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static kz.schoolwatch.persistence.jooq.Tables.SECURITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.sum;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.xlsx.MonthlySummaryXlsx;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.security.AuditService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly summary of the demo city, exported as PDF and Excel and read back: its figures must equal what
 * plain queries on the database say.
 */
class MonthlySummaryExportTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    static Path folder;
    @TempDir
    Path out;

    private static Database db;
    private static MonthlySummaryService summaries;
    private static ReportExportService exports;
    private static SettingsService settings;

    @BeforeAll
    static void seed() throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(10, 30).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.openWithDemoCity(folder, clock);
        Messages messages = Messages.russian();
        settings = new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head());
        summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock, "г. Алматы", TestDatabases.head());
        // The head signs with the signature they set (the settings' own test holds the account's default).
        settings.setSignature("майор полиции", "Т. Исин");
        exports = new ReportExportService(messages, new ReportFonts(), new AuditService(new AuditRepository(db), TestDatabases.head()));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static DSLContext dsl() {
        return db.dsl();
    }

    private static int visitsIn(YearMonth m) {
        return dsl().fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.VISITED_AT.ge(m.atDay(1).atStartOfDay())
                .and(SCHOOL_VISIT.VISITED_AT.lt(m.plusMonths(1).atDay(1).atStartOfDay())));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }

    @Test
    void cityFiguresMatchTheDatabase() {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        var f = s.figures();
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(f.coverage().schools()).isEqualTo(201);
        assertThat(f.coverage().uncovered()).hasSize(11);
        int camerasAtEndOfOctober = dsl().fetchCount(CAMERA, CAMERA.INSTALLED_ON.le(LocalDate.of(2026, 10, 31)));
        assertThat(f.cameras().total()).isEqualTo(camerasAtEndOfOctober);
        assertThat(f.camerasPrevious().total()).isEqualTo(dsl().fetchCount(CAMERA, CAMERA.INSTALLED_ON.le(LocalDate.of(2026, 9, 30))));
        // Out of order on the 31st by the faults' history: a fault found by then and not repaired by then, or
        // marked faulty with no fault on record at all.
        LocalDate oct31 = LocalDate.of(2026, 10, 31);
        assertThat(f.cameras().faulty()).isEqualTo(dsl().fetchCount(CAMERA, CAMERA.INSTALLED_ON.le(oct31)
                .and(DSL.exists(DSL.selectOne().from(CAMERA_FAULT).where(CAMERA_FAULT.CAMERA_ID.eq(CAMERA.ID))
                        .and(CAMERA_FAULT.FOUND_ON.le(oct31))
                        .and(CAMERA_FAULT.REPAIRED_ON.isNull().or(CAMERA_FAULT.REPAIRED_ON.gt(oct31))))
                        .or(CAMERA.STATUS.eq("FAULTY").andNotExists(DSL.selectOne().from(CAMERA_FAULT)
                                .where(CAMERA_FAULT.CAMERA_ID.eq(CAMERA.ID)).and(CAMERA_FAULT.REPAIRED_ON.isNull()))))));
        assertThat(f.cameras().outdoor()).isEqualTo(dsl().fetchCount(CAMERA, CAMERA.INSTALLED_ON.le(LocalDate.of(2026, 10, 31))
                .and(CAMERA.PLACEMENT.eq("OUTDOOR"))));
        assertThat(f.cameras().working()).isEqualTo(camerasAtEndOfOctober - f.cameras().faulty());
        assertThat(f.cameras().connectedToCou()).isEqualTo(dsl().fetchCount(CAMERA, CAMERA.INSTALLED_ON.le(LocalDate.of(2026, 10, 31))
                .and(CAMERA.CONNECTION.eq("COU"))));
        // The districts' rows add up to the city's figures.
        assertThat(f.camerasByDistrict()).hasSize(8);
        assertThat(f.camerasByDistrict().stream().mapToInt(MonthlySummary.DistrictCameras::outdoor).sum()).isEqualTo(f.cameras().outdoor());
        assertThat(f.camerasByDistrict().stream().mapToInt(MonthlySummary.DistrictCameras::indoor).sum()).isEqualTo(f.cameras().indoor());
        assertThat(f.camerasByDistrict().stream().mapToInt(MonthlySummary.DistrictCameras::schoolsCovered).sum())
                .isEqualTo(f.coverage().covered());
        assertThat(f.coverage().uncovered()).isSortedAccordingTo(Comparator.comparingInt(MonthlySummary.SchoolRef::number));
        assertThat(f.visitsTotal()).isEqualTo(visitsIn(OCTOBER)).isPositive();
        assertThat(f.visitsBySchool().stream().mapToInt(MonthlySummary.SchoolVisits::visits).sum()).isEqualTo(visitsIn(OCTOBER));
        assertThat(f.eventsByType().stream().mapToInt(MonthlySummary.EventTypeFigures::events).sum())
                .isEqualTo(dsl().fetchCount(OUTREACH_EVENT, OUTREACH_EVENT.HELD_ON.between(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())));
        assertThat(f.eventsByType()).hasSize(8).allSatisfy(e -> assertThat(e.events()).isPositive());
        assertThat(f.offences().total()).isEqualTo(dsl().fetchCount(OFFENCE, OFFENCE.OCCURRED_ON.between(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())));
        assertThat(f.checks().done()).isEqualTo(dsl().fetchCount(SECURITY_CHECK,
                SECURITY_CHECK.CHECKED_ON.between(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())));
        var leisure = dsl().select(sum(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS), sum(LEISURE_ATTENDANCE.TROUBLED_FAMILY_CHILDREN))
                .from(LEISURE_ATTENDANCE).where(LEISURE_ATTENDANCE.PERIOD_MONTH.eq(OCTOBER.atDay(1))).fetchOne();
        assertThat(f.leisure().registeredTeenagers()).isEqualTo(leisure.value1().intValue());
        assertThat(f.leisure().troubledFamilyChildren()).isEqualTo(leisure.value2().intValue());
        assertThat(s.signature()).isEqualTo(new MonthlySummary.Signature("майор полиции", "Т. Исин"));
    }

    @Test
    void currentMonthIsTakenAsOfTodayWithTheReportsFigures() {
        MonthlySummary s = summaries.summarize(YearMonth.from(TODAY), summaries.cityScope());
        assertThat(s.asOf()).isEqualTo(TODAY);
        assertThat(s.figures().cameras().total()).isEqualTo(1602);
        assertThat(s.figures().cameras().outdoor()).isEqualTo(642);
        assertThat(s.figures().coverage().covered()).isEqualTo(190);
        assertThat(s.figures().leisure()).isEqualTo(new MonthlySummary.Leisure(40, 293, 205));
    }

    @Test
    void districtScopeCountsOnlyItsSchools() {
        ReportScope district = summaries.districtScope("ауэзовский").orElseThrow();
        MonthlySummary s = summaries.summarize(OCTOBER, district);
        int districtId = (int) district.id();
        int schools = dsl().fetchCount(SCHOOL, SCHOOL.DISTRICT_ID.eq(districtId));
        assertThat(s.figures().coverage().schools()).isEqualTo(schools);
        assertThat(s.figures().camerasByDistrict()).singleElement()
                .satisfies(d -> assertThat(d.district()).isEqualTo("Ауэзовский"));
        int visits = dsl().fetchCount(SCHOOL_VISIT.join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_VISIT.SCHOOL_ID)),
                SCHOOL.DISTRICT_ID.eq(districtId).and(SCHOOL_VISIT.VISITED_AT.ge(OCTOBER.atDay(1).atStartOfDay()))
                        .and(SCHOOL_VISIT.VISITED_AT.lt(OCTOBER.plusMonths(1).atDay(1).atStartOfDay())));
        assertThat(s.figures().visitsTotal()).isEqualTo(visits);
        assertThat(dsl().fetchCount(DISTRICT)).isEqualTo(8);
    }

    @Test
    void officerScopeCountsTheOfficersVisits() {
        ReportScope officer = summaries.officerScopes().get(0);
        MonthlySummary s = summaries.summarize(OCTOBER, officer);
        int visits = dsl().fetchCount(SCHOOL_VISIT, SCHOOL_VISIT.OFFICER_ID.eq(officer.id())
                .and(SCHOOL_VISIT.VISITED_AT.ge(OCTOBER.atDay(1).atStartOfDay()))
                .and(SCHOOL_VISIT.VISITED_AT.lt(OCTOBER.plusMonths(1).atDay(1).atStartOfDay())));
        assertThat(s.figures().visitsByOfficer()).singleElement().satisfies(v -> assertThat(v.visits()).isEqualTo(visits));
    }

    @Test
    void aMonthThatHasNotBegunIsRefused() {
        assertThatThrownBy(() -> summaries.summarize(YearMonth.of(2026, 12), summaries.cityScope()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("report.error.futureMonth"));
    }

    @Test
    void pdfCarriesTheFiguresWithEmbeddedCyrillicFontsOnEveryPage() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path pdf = out.resolve("svodka.pdf");
        exports.export(s, ReportFormat.PDF, pdf, ExportProgress.NONE);

        String text = pdfText(pdf);
        var f = s.figures();
        assertThat(text).contains("ДЕПАРТАМЕНТ ПОЛИЦИИ Г. АЛМАТЫ", Texts.of("report.title"), Texts.of("report.period", "октябрь 2026"),
                "Охват: г. Алматы", "майор полиции", "Т. Исин", "Сформировано в SchoolWatch 26.11.2026 10:30");
        assertThat(text).contains("Камер всего " + group(f.camerasPrevious().total()) + " " + group(f.cameras().total()));
        assertThat(text).contains("Школ всего 201", "Без видеонаблюдения 11");
        assertThat(text).contains("Посещают подростки, состоящие на учёте ОВД " + f.leisure().registeredTeenagers());
        int visits = visitsIn(OCTOBER);
        assertThat(text).containsPattern("Итого " + group(visits) + " \\d+");
        for (MonthlySummary.SchoolRef school : f.coverage().uncovered()) {
            assertThat(text).contains(school.number() + " " + school.name());
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc).replace('\u00a0', ' ');
                assertThat(page).as("page %d", p).contains("Ежемесячная сводка о безопасности школ за октябрь 2026 г.")
                        .contains("Стр. " + p + " из " + pages);
            }
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 70);
            Path png = out.resolve("page1.png");
            ImageIO.write(page1, "png", png.toFile());
            assertThat(page1.getWidth()).isBetween(575, 585); // A4 at 70 dpi
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }

    @Test
    void kazakhLettersArePrintedAndReadBack() throws Exception {
        settings.setSignature("майор полиции", "Ә. Қасымұлы");
        try {
            MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
            Path pdf = out.resolve("kk.pdf");
            exports.export(s, ReportFormat.PDF, pdf, ExportProgress.NONE);
            assertThat(pdfText(pdf)).contains("Ә. Қасымұлы");
        } finally {
            settings.setSignature("майор полиции", "Т. Исин");
        }
    }

    @Test
    void longTablesRepeatTheirHeaderOnTheNextPage() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path pdf = out.resolve("svodka.pdf");
        exports.export(s, ReportFormat.PDF, pdf, ExportProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            long pagesWithSchoolHeader = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(doc).contains(Texts.of("report.checks.list"))) {
                    pagesWithSchoolHeader++;
                }
            }
            int overdue = s.figures().checks().overdue().size();
            assertThat(overdue).isGreaterThan(60);
            assertThat(pagesWithSchoolHeader).isGreaterThan(1);
        }
    }

    @Test
    void excelHasTheSameTablesAsNumbers() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path xlsx = out.resolve("svodka.xlsx");
        exports.export(s, ReportFormat.XLSX, xlsx, ExportProgress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).startsWith(Texts.of("report.section.cameras"), Texts.of("report.section.coverage"));
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                List<Row> list = rows.toList();
                assertThat(list.get(0).getCellText(0)).isEqualTo("Ежемесячная сводка о безопасности школ за октябрь 2026 г.");
                Row total = list.stream().filter(r -> Texts.of("report.cameras.total").equals(r.getCellText(0))).findFirst().orElseThrow();
                assertThat(total.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(s.figures().camerasPrevious().total());
                assertThat(total.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(s.figures().cameras().total());
                assertThat(total.getCellAsNumber(3).orElseThrow().intValue())
                        .isEqualTo(s.figures().cameras().total() - s.figures().camerasPrevious().total());
            }
            try (Stream<Row> rows = sheets.get(3).openStream()) {
                Row total = rows.filter(r -> Texts.of("report.total").equals(r.getCellText(0))).findFirst().orElseThrow();
                assertThat(total.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(visitsIn(OCTOBER));
            }
        }
    }

    /**
     * Readers that trust the sheet's {@code <dimension>} (openpyxl read-only) see the whole sheet; shares and days
     * are numbers with a percent and a date format; each sheet ends with the PDF's signature block.
     */
    @Test
    void excelDeclaresEachSheetsRangeStoresSharesAndDaysAsNumbersAndIsSigned() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path xlsx = out.resolve("svodka.xlsx");
        exports.export(s, ReportFormat.XLSX, xlsx, ExportProgress.NONE);
        int sheetsChecked = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (var e : Collections.list(zip.entries())) {
                if (!e.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
                    continue;
                }
                String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                int lastRow = 0;
                int lastColumn = 0;
                Matcher cell = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"").matcher(xml);
                while (cell.find()) {
                    lastColumn = Math.max(lastColumn, cell.group(1).charAt(0) - 'A');
                    lastRow = Math.max(lastRow, Integer.parseInt(cell.group(2)));
                }
                assertThat(lastRow).as(e.getName()).isGreaterThan(MonthlySummaryXlsx.TITLE_ROWS);
                assertThat(xml).as(e.getName()).contains("<dimension ref=\"A1:" + (char) ('A' + lastColumn) + lastRow + "\"/>");
                sheetsChecked++;
            }
        }
        assertThat(sheetsChecked).isGreaterThan(4);

        try (InputStream in = Files.newInputStream(xlsx);
             ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            List<Row> coverage;
            try (Stream<Row> rows = sheets.get(1).openStream()) {
                coverage = rows.toList();
            }
            Row share = coverage.stream().filter(r -> Texts.of("report.coverage.share").equals(r.getCellText(0))).findFirst().orElseThrow();
            var shareCell = share.getCell(1);
            assertThat(shareCell.getType()).isEqualTo(CellType.NUMBER);
            assertThat(shareCell.getDataFormatString()).isEqualTo("0.0%");
            assertThat(shareCell.asNumber().doubleValue())
                    .isCloseTo((double) s.figures().coverage().covered() / s.figures().coverage().schools(), Offset.offset(1e-9));

            boolean checkedDate = false;
            for (Sheet sheet : sheets) {
                List<Row> rows;
                try (Stream<Row> r = sheet.openStream()) {
                    rows = r.toList();
                }
                // The signature block: rank, a line, the name, and the date line under them.
                assertThat(rows).as(sheet.getName()).anySatisfy(r -> {
                    assertThat(r.getCellText(0)).isEqualTo("майор полиции");
                    assertThat(r.getCellText(3)).isEqualTo("Т. Исин");
                });
                assertThat(rows).as(sheet.getName()).anySatisfy(r -> assertThat(r.getCellText(0)).startsWith("«____»"));
                for (Row r : rows) {
                    for (var c : r) {
                        if (c != null && "dd.mm.yyyy".equals(c.getDataFormatString())) {
                            assertThat(c.getType()).isEqualTo(CellType.NUMBER);
                            assertThat(c.asDate().toLocalDate()).isBetween(LocalDate.of(2020, 1, 1), TODAY);
                            checkedDate = true;
                        }
                    }
                }
                // No day is left as text.
                assertThat(rows).allSatisfy(r -> {
                    for (var c : r) {
                        if (c != null && c.getType() == CellType.STRING) {
                            assertThat(c.getText()).doesNotMatch("\\d\\d\\.\\d\\d\\.\\d{4}");
                        }
                    }
                });
            }
            assertThat(checkedDate).isTrue();
        }
    }

    @Test
    void cancelledExportLeavesNoFile() throws Exception {
        MonthlySummary s = summaries.summarize(OCTOBER, summaries.cityScope());
        Path pdf = out.resolve("cancelled.pdf");
        ExportProgress cancelAtOnce = new ExportProgress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> exports.export(s, ReportFormat.PDF, pdf, cancelAtOnce)).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private static String group(int n) {
        return String.format(Messages.RUSSIAN, "%,d", n).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
