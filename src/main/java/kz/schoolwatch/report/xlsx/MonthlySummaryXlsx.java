// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables of a {@link SummaryDocument} to an .xlsx workbook (fastexcel, streamed): one sheet per
 * section, the document's title, period and scope on top, then each table with its header row. Figures are
 * numbers, so they can be summed and sorted.
 */
public final class MonthlySummaryXlsx {

    /** Rows in the title block at the top of each sheet. */
    public static final int TITLE_ROWS = 5;

    /** Writes {@code doc} to {@code out}. */
    public void write(SummaryDocument doc, OutputStream out, ExportProgress progress) throws IOException {
        Workbook wb = new Workbook(out, "SchoolWatch", "1.0");
        wb.properties().setTitle(doc.title() + " " + doc.period());
        int done = 0;
        for (Section section : doc.sections()) {
            progress.checkCancelled();
            Worksheet ws = wb.newWorksheet(sheetName(section.title()));
            ws.width(0, 12);
            ws.width(1, 50);
            for (int c = 2; c < 8; c++) {
                ws.width(c, 18);
            }
            ws.value(0, 0, doc.title() + " " + doc.period());
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(1, 0, doc.scopeLine());
            ws.value(2, 0, doc.asOfLine());
            ws.value(3, 0, doc.preparedLine());
            ws.value(4, 0, section.title());
            ws.style(4, 0).bold().fontSize(12).set();
            int row = TITLE_ROWS + 1;
            for (Block block : section.blocks()) {
                if (block instanceof Table t) {
                    row = table(ws, t, row) + 1;
                } else if (block instanceof SummaryDocument.Note n) {
                    ws.value(row, 0, n.text());
                    ws.style(row, 0).italic().set();
                    row += 2;
                }
            }
            ws.finish();
            progress.update((double) ++done / doc.sections().size());
        }
        wb.finish();
    }

    private int table(Worksheet ws, Table t, int row) {
        if (t.caption() != null) {
            ws.value(row, 0, t.caption());
            ws.style(row, 0).bold().set();
            row++;
        }
        List<Column> columns = t.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(row, c, columns.get(c).header());
            ws.style(row, c).bold().fillColor("E4EAF2").wrapText(true).set();
        }
        row++;
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> cells = t.rows().get(r);
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            for (int c = 0; c < columns.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Integer n) {
                    ws.value(row, c, n);
                    if (columns.get(c).kind() == ColumnKind.CHANGE) {
                        ws.style(row, c).format("+0;-0;0").set();
                    } else if (total) {
                        ws.style(row, c).bold().set();
                    }
                } else if (v != null) {
                    ws.value(row, c, v.toString());
                    if (total) {
                        ws.style(row, c).bold().set();
                    }
                }
            }
            row++;
        }
        return row;
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }
}
