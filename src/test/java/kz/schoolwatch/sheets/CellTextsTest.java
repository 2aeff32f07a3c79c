// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers, dates and CSV dialects as the reader tells them. */
class CellTextsTest {

    @TempDir
    Path dir;

    @Test
    void numbersArePlain() {
        assertThat(ExcelDates.plainNumber("12.0")).isEqualTo("12");
        assertThat(ExcelDates.plainNumber("3.5")).isEqualTo("3.5");
        assertThat(ExcelDates.plainNumber("1.0E7")).isEqualTo("10000000");
        assertThat(ExcelDates.plainNumber("1E-3")).isEqualTo("0.001");
        assertThat(ExcelDates.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(ExcelDates.plainNumber("-0.0")).isEqualTo("0");
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertThat(ExcelDates.shown(14, "m/d/yy")).isEqualTo(ExcelDates.Shown.DATE);
        assertThat(ExcelDates.shown(164, "DD.MM.YYYY")).isEqualTo(ExcelDates.Shown.DATE);
        assertThat(ExcelDates.shown(165, "[$-419]D MMMM YYYY\" г.\"")).isEqualTo(ExcelDates.Shown.DATE);
        assertThat(ExcelDates.shown(166, "dd.mm.yyyy hh:mm")).isEqualTo(ExcelDates.Shown.DATE_TIME);
        assertThat(ExcelDates.shown(20, "h:mm")).isEqualTo(ExcelDates.Shown.TIME);
        assertThat(ExcelDates.shown(0, "General")).isEqualTo(ExcelDates.Shown.NUMBER);
        assertThat(ExcelDates.shown(167, "#,##0.00\" ₸\"")).isEqualTo(ExcelDates.Shown.NUMBER);
        assertThat(ExcelDates.shown(168, "[Red]0.00;[Blue]-0.00")).isEqualTo(ExcelDates.Shown.NUMBER);
        assertThat(ExcelDates.shown(null, null)).isEqualTo(ExcelDates.Shown.NUMBER);
    }

    @Test
    void serialNumbersBecomeIsoDates() {
        assertThat(ExcelDates.text("45536", ExcelDates.Shown.DATE, false)).isEqualTo("2024-09-01");
        assertThat(ExcelDates.text("1", ExcelDates.Shown.DATE, false)).isEqualTo("1900-01-01");
        assertThat(ExcelDates.text("45536.5", ExcelDates.Shown.DATE_TIME, false)).isEqualTo("2024-09-01T12:00");
        assertThat(ExcelDates.text("45536", ExcelDates.Shown.DATE_TIME, false)).isEqualTo("2024-09-01");
        assertThat(ExcelDates.text("0.375", ExcelDates.Shown.TIME, false)).isEqualTo("09:00");
        assertThat(ExcelDates.text("44074", ExcelDates.Shown.DATE, true)).isEqualTo("2024-09-01");
    }

    @Test
    void csvDialectsAreFoundFromTheContent() throws Exception {
        Path semicolonUtf8 = Files.writeString(dir.resolve("a.txt"), "Район;Примечание\nМедеуский;\"да, есть\"\n");
        Path comma1251 = Files.write(dir.resolve("b.csv"), "Район,Примечание\nАуэзовский,\"а;б\"\n".getBytes(CsvDialect.WINDOWS_1251));
        Path oneColumn = Files.writeString(dir.resolve("c.csv"), "Район\nТурксибский\n");

        assertThat(CsvDialect.of(semicolonUtf8, SheetProgress.NONE)).isEqualTo(new CsvDialect(StandardCharsets.UTF_8, false, ';'));
        assertThat(CsvDialect.of(comma1251, SheetProgress.NONE)).isEqualTo(new CsvDialect(CsvDialect.WINDOWS_1251, false, ','));
        assertThat(CsvDialect.of(oneColumn, SheetProgress.NONE).delimiter()).isEqualTo(',');
        SheetTable table = SheetReader.read(comma1251, null, h -> h.contains("Район") ? 1 : 0, SheetProgress.NONE);
        assertThat(table.rows().get(0).cells()).extracting(Cell::text).containsExactly("Ауэзовский", "а;б");
    }

    @Test
    void blankRowsAreLeftOutAndRowsKeepTheirNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("d.csv"), "Отчёт\n\nРайон;Число\nМедеуский;1\n;\n\nНаурызбайский;2;лишнее\n");

        SheetTable table = SheetReader.read(file, null, h -> h.contains("Район") ? 2 : 0, SheetProgress.NONE);

        assertThat(table.headerRowNumber()).isEqualTo(3);
        assertThat(table.rows()).extracting(SheetRow::number).containsExactly(4, 7);
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("Наурызбайский", "2");
    }
}
