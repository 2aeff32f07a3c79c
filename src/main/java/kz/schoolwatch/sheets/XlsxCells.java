// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Row;

/** A fastexcel row's cells as the user sees them: plain numbers, ISO dates, formulas as formulas. */
final class XlsxCells {

    private XlsxCells() {
    }

    static RawRow row(Row row, boolean date1904) {
        int count = row.getCellCount();
        List<Cell> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(cell(row.getCell(i), date1904));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    static Cell cell(org.dhatim.fastexcel.reader.Cell c, boolean date1904) {
        if (c == null) {
            return Cell.EMPTY;
        }
        String raw = c.getRawValue();
        return switch (c.getType()) {
            case EMPTY -> Cell.EMPTY;
            case STRING -> Cell.text(c.getText());
            case BOOLEAN -> new Cell(Cell.Type.BOOLEAN, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE");
            case ERROR -> new Cell(Cell.Type.ERROR, raw == null ? "#ERROR" : raw);
            case FORMULA -> new Cell(Cell.Type.FORMULA, formulaText(c.getFormula()));
            case NUMBER -> number(raw, c.getDataFormatId(), c.getDataFormatString(), date1904);
        };
    }

    private static String formulaText(String formula) {
        // Cells sharing a formula keep it in the first cell only; the import refuses either way.
        String f = formula == null ? "" : formula.strip();
        return f.startsWith("=") ? f : "=" + f;
    }

    private static Cell number(String raw, Integer formatId, String format, boolean date1904) {
        if (raw == null || raw.isBlank()) {
            return Cell.EMPTY;
        }
        ExcelDates.Shown shown = ExcelDates.shown(formatId, format);
        String text = ExcelDates.text(raw, shown, date1904);
        return new Cell(shown == ExcelDates.Shown.NUMBER ? Cell.Type.NUMBER : Cell.Type.DATE, text);
    }
}
