// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.report.xlsx.MonthlySummaryXlsx;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.security.AuditService;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The monthly summary made in Kazakh, in Russian and in English: the PDF read back holds the title and the month
 * as that language writes them, and every Kazakh letter printed in it has a drawn glyph in the embedded font; the
 * Excel file's sheets and headers are in the language too.
 */
class MonthlySummaryLanguagesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** Every letter Kazakh adds to the Russian alphabet, capitals and small. */
    private static final String KAZAKH_CAPITALS = "ӘҒҚҢӨҰҮҺІ";
    private static final String KAZAKH_SMALL = "әғқңөұүһі";

    @TempDir
    static Path folder;
    @TempDir
    Path out;

    private static Database db;
    private static MonthlySummaryService summaries;
    private static AuditService audit;

    @BeforeAll
    static void seed() throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(10, 30).atZone(ALMATY).toInstant(), ALMATY);
        db = TestDatabases.openWithDemoCity(folder, clock);
        SettingsService settings = new SettingsService(new SettingsRepository(db), new DataChanges(), TestDatabases.head());
        summaries = new MonthlySummaryService(new MonthlySummaryRepository(db), settings, clock, "Алматы", TestDatabases.head());
        settings.setSignature("полиция майоры " + KAZAKH_CAPITALS, "Ә. Қасымұлы " + KAZAKH_SMALL);
        audit = new AuditService(new AuditRepository(db), TestDatabases.head());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReportExportService exports(Language language) {
        return new ReportExportService(Messages.of(language), new ReportFonts(), audit);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pdfIsWrittenInTheLanguageWithEveryKazakhLetterDrawn(Language language) throws Exception {
        Messages messages = Messages.of(language);
        MonthlySummary summary = summaries.summarize(NOVEMBER, summaries.cityScope());
        Path pdf = out.resolve(language.code() + ".pdf");
        exports(language).export(summary, ReportFormat.PDF, pdf, ExportProgress.NONE);
        keep(pdf, "summary-" + language.code() + ".pdf");

        String monthYear = LocalFormats.of(language).monthYear(NOVEMBER);
        assertThat(monthYear).isEqualTo(switch (language) {
            case KAZAKH -> "қараша 2026";
            case RUSSIAN -> "ноябрь 2026";
            case ENGLISH -> "November 2026";
        });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            GlyphCheck check = new GlyphCheck();
            check.getText(doc);
            String text = check.text.toString().replace('\u00a0', ' ');
            assertThat(text).contains(messages.get("report.title"), messages.get("report.period", monthYear),
                    messages.get("report.section.cameras"), messages.get("report.column.district"));
            // The signature block, its date line and the page numbers in the language.
            assertThat(text).contains(KAZAKH_CAPITALS, KAZAKH_SMALL, messages.get("report.signature.date").replace('\u00a0', ' '),
                    messages.get("report.page", 1, "").replace('\u00a0', ' ').strip());
            assertThat(check.kazakhLettersSeen).as("Kazakh letters printed").containsAll(letters(KAZAKH_CAPITALS + KAZAKH_SMALL));
            assertThat(check.undrawn).as("Kazakh letters without a glyph in the embedded font").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void excelSheetsAndHeadersAreInTheLanguage(Language language) throws Exception {
        Messages messages = Messages.of(language);
        MonthlySummary summary = summaries.summarize(NOVEMBER, summaries.cityScope());
        Path xlsx = out.resolve(language.code() + ".xlsx");
        exports(language).export(summary, ReportFormat.XLSX, xlsx, ExportProgress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).startsWith(
                    MonthlySummaryXlsx.sheetName(messages.get("report.section.cameras")),
                    MonthlySummaryXlsx.sheetName(messages.get("report.section.coverage")));
            List<Row> rows;
            try (Stream<Row> r = sheets.get(0).openStream()) {
                rows = r.toList();
            }
            assertThat(rows.get(0).getCellText(0)).isEqualTo(messages.get("report.title") + " "
                    + messages.get("report.period", LocalFormats.of(language).monthYear(NOVEMBER)));
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo(messages.get("report.column.district")));
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo(messages.get("report.signature.date")));
        }
    }

    private static List<Integer> letters(String s) {
        return s.codePoints().boxed().toList();
    }

    /** Reads the text back and, for each Kazakh letter, looks its glyph up in the font it was printed with. */
    private static final class GlyphCheck extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();
        final List<Integer> kazakhLettersSeen = new ArrayList<>();
        final List<String> undrawn = new ArrayList<>();

        GlyphCheck() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            super.writeString(string, positions);
            text.append(string).append('\n');
            for (TextPosition p : positions) {
                String unicode = p.getUnicode();
                if (unicode == null || unicode.isEmpty() || (KAZAKH_CAPITALS + KAZAKH_SMALL).indexOf(unicode.charAt(0)) < 0) {
                    continue;
                }
                kazakhLettersSeen.add(unicode.codePointAt(0));
                if (!drawn(p.getFont(), p.getCharacterCodes())) {
                    undrawn.add(unicode + " in " + p.getFont().getName());
                }
            }
        }

        private static boolean drawn(PDFont font, int[] codes) throws IOException {
            if (!(font instanceof PDType0Font type0) || !(type0.getDescendantFont() instanceof PDCIDFontType2 cid)) {
                return false;
            }
            for (int code : codes) {
                int gid = cid.codeToGID(code);
                if (gid == 0 || !type0.hasGlyph(code)) {
                    return false;
                }
                GlyphData glyph = cid.getTrueTypeFont().getGlyph().getGlyph(gid);
                if (glyph == null || glyph.getDescription().getPointCount() == 0) {
                    return false;
                }
            }
            return font.isEmbedded() && font.getName().contains("DejaVuSans");
        }
    }

    /** Copies {@code file} to the folder -Dschoolwatch.shots names, to look at the document by eye. */
    private static void keep(Path file, String name) throws Exception {
        String dir = System.getProperty("schoolwatch.shots");
        if (dir != null) {
            java.nio.file.Files.createDirectories(Path.of(dir));
            java.nio.file.Files.copy(file, Path.of(dir, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
