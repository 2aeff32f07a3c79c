// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

/** Files LibreOffice wrote (see fixtures/import/README.md) read as the import needs them. */
class SheetReaderFixturesTest {

    /** Scores a header by how many of its texts are known column names, as the import's header words do. */
    static final ToIntFunction<List<String>> KNOWN = header -> (int) header.stream()
            .map(String::toLowerCase)
            .filter(Set.of("№ школы", "наименование", "район", "тип", "адрес", "директор", "телефон", "учащихся",
                    "камеры наружные", "камеры внутренние", "жетон", "фамилия", "имя", "звание", "камеры")::contains)
            .count();

    static Path fixture(String name) {
        try {
            return Path.of(SheetReaderFixturesTest.class.getResource("/fixtures/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsTheTableOnTheSecondSheetBehindNotesAndATitle() throws Exception {
        SheetTable table = SheetReader.read(fixture("schools.xlsx"), null, KNOWN, SheetProgress.NONE);

        assertThat(table.sheetName()).isEqualTo("Школы");
        assertThat(table.headerRowNumber()).isEqualTo(3);
        assertThat(table.header()).containsExactly("№ школы", "Наименование", "Район", "Тип", "Адрес", "Директор", "Телефон", "Учащихся");
        assertThat(table.rows()).extracting(SheetRow::number).containsExactly(4, 5, 6);
        SheetRow first = table.rows().get(0);
        assertThat(first.cell(0)).isEqualTo(new Cell(Cell.Type.NUMBER, "1"));
        assertThat(first.cell(1).text()).isEqualTo("Школа-гимназия № 1");
        assertThat(first.cell(7).text()).isEqualTo("1250");
        assertThat(table.rows().get(1).cell(5).text()).isEqualTo("Сәрсенбаев Ә. Қ.");
        assertThat(table.rows().get(2).cell(6)).isEqualTo(Cell.EMPTY);
        assertThat(table.rows().get(2).cells()).hasSize(8);
        assertThat(SheetReader.sheetNames(fixture("schools.xlsx"))).containsExactly("Примечания", "Школы");
    }

    @Test
    void aNamedSheetIsReadEvenWhenNoHeaderScores() throws Exception {
        SheetTable table = SheetReader.read(fixture("schools.xlsx"), "Примечания", h -> 0, SheetProgress.NONE);

        assertThat(table.header()).containsExactly("Список школ Алматы для загрузки в SchoolWatch");
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void noScoringHeaderAnywhereNamesTheSheets() {
        assertThatThrownBy(() -> SheetReader.read(fixture("schools.xlsx"), null, h -> 0, SheetProgress.NONE))
                .isInstanceOfSatisfying(SheetFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SheetFileException.Reason.NO_MATCHING_SHEET);
                    assertThat(e.messageKey()).isEqualTo("import.file.noMatchingSheet");
                    assertThat(e.args()).containsExactly("«Примечания», «Школы»");
                });
    }

    @Test
    void readsWindows1251WithSemicolons() throws Exception {
        SheetTable table = SheetReader.read(fixture("cameras-1251.csv"), null, KNOWN, SheetProgress.NONE);

        assertThat(table.sheetName()).isEqualTo("cameras-1251.csv");
        assertThat(table.header()).containsExactly("№ школы", "Камеры наружные", "Камеры внутренние");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("12", "2", "10");
    }

    @Test
    void readsUtf8WithBomAndCommasKeepingLeadingZerosAndQuotedCommas() throws Exception {
        SheetTable table = SheetReader.read(fixture("officers-utf8-bom.csv"), null, KNOWN, SheetProgress.NONE);

        assertThat(table.header()).containsExactly("Жетон", "Фамилия", "Имя", "Звание", "Район");
        assertThat(table.rows().get(0).cells()).extracting(Cell::text)
                .containsExactly("000123", "Сәрсенбаев", "Әлихан", "капитан", "Алмалинский");
        assertThat(table.rows().get(1).cell(1).text()).isEqualTo("Иванова, мл.");
    }

    @Test
    void aFormulaIsGivenAsItsFormulaAndADateAsIso() throws Exception {
        SheetTable table = SheetReader.read(fixture("formula.xlsx"), null, KNOWN, SheetProgress.NONE);

        assertThat(table.rows().get(0).cell(2).type()).isEqualTo(Cell.Type.FORMULA);
        assertThat(table.rows().get(0).cell(2).text()).startsWith("=").contains("B2");
        assertThat(table.rows().get(1).cell(2)).isEqualTo(new Cell(Cell.Type.NUMBER, "2"));
        assertThat(table.rows().get(2).cell(2)).isEqualTo(new Cell(Cell.Type.DATE, "2024-09-01"));
    }

    @Test
    void mergedHeaderCellsAreRefusedWithTheirRange() {
        assertThatThrownBy(() -> SheetReader.read(fixture("merged-header.xlsx"), null, KNOWN, SheetProgress.NONE))
                .isInstanceOfSatisfying(SheetFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SheetFileException.Reason.MERGED_HEADER);
                    assertThat(e.args()).containsExactly("B1:C1");
                });
    }

    @Test
    void aPictureIsNotASpreadsheet() {
        assertThatThrownBy(() -> SheetReader.read(fixture("not-a-spreadsheet.png"), null, KNOWN, SheetProgress.NONE))
                .isInstanceOfSatisfying(SheetFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetFileException.Reason.NOT_A_SPREADSHEET));
    }
}
