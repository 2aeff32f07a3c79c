// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.schoolwatch.report.ExportProgress;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables of a {@link SummaryDocument} to an .xlsx workbook (fastexcel, streamed): one sheet per
 * section, the document's title, period and scope on top, then each table with its header row, and the
 * signature block under it as in the PDF. Figures, shares and days are numbers with a number format, so they can
 * be summed, sorted and compared.
 */
public final class MonthlySummaryXlsx {

    /** Rows in the title block at the top of each sheet. */
    public static final int TITLE_ROWS = 5;
    /** Excel's format for a share such as 94,6 %. */
    static final String PERCENT_FORMAT = "0.0%";
    /** Excel's format for a day as the summary prints it. */
    static final String DATE_FORMAT = "dd.mm.yyyy";

    /** Writes each document in the language it was built in, sheet names and signature lines included. */
    public MonthlySummaryXlsx() {
    }

    /** Writes {@code doc} to {@code out}. */
    public void write(SummaryDocument doc, OutputStream out, ExportProgress progress) throws IOException {
        // fastexcel streams each sheet and writes its <dimension> before the rows, always as A1; readers that trust
        // it (openpyxl read-only) then see one cell. The workbook is small, so it is made in memory and its sheets'
        // dimensions are put right on the way out.
        ByteArrayOutputStream made = new ByteArrayOutputStream(256 * 1024);
        List<String> dimensions = new ArrayList<>();
        Workbook wb = new Workbook(made, "SchoolWatch", "1.0");
        wb.properties().setTitle(doc.title() + " " + doc.period());
        int done = 0;
        Set<String> names = new HashSet<>();
        for (Section section : doc.sections()) {
            progress.checkCancelled();
            Worksheet ws = wb.newWorksheet(uniqueSheetName(section.title(), names));
            Extent extent = new Extent();
            ws.width(0, 12);
            ws.width(1, 50);
            for (int c = 2; c < 8; c++) {
                ws.width(c, 18);
            }
            extent.text(ws, 0, 0, doc.title() + " " + doc.period());
            ws.style(0, 0).bold().fontSize(13).set();
            extent.text(ws, 1, 0, doc.scopeLine());
            extent.text(ws, 2, 0, doc.asOfLine());
            extent.text(ws, 3, 0, doc.preparedLine());
            extent.text(ws, 4, 0, section.title());
            ws.style(4, 0).bold().fontSize(12).set();
            int row = TITLE_ROWS + 1;
            for (Block block : section.blocks()) {
                if (block instanceof Table t) {
                    row = table(ws, t, row, extent) + 1;
                } else if (block instanceof SummaryDocument.Note n) {
                    extent.text(ws, row, 0, n.text());
                    ws.style(row, 0).italic().set();
                    row += 2;
                }
            }
            signature(ws, doc, row + 1, extent);
            ws.finish();
            dimensions.add(extent.ref());
            progress.update((double) ++done / doc.sections().size());
        }
        wb.finish();
        SheetDimensions.rewrite(made.toByteArray(), dimensions, out);
    }

    /** Rank, a line to sign on and the name, and the date line under them: the PDF's signature block. */
    private void signature(Worksheet ws, SummaryDocument doc, int row, Extent extent) {
        extent.text(ws, row, 0, doc.signatureRank());
        ws.style(row, 2).borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).set();
        extent.text(ws, row, 3, doc.signatureName());
        extent.text(ws, row + 2, 0, doc.signatureDateLine());
    }

    private int table(Worksheet ws, Table t, int row, Extent extent) {
        if (t.caption() != null) {
            extent.text(ws, row, 0, t.caption());
            ws.style(row, 0).bold().set();
            row++;
        }
        List<Column> columns = t.columns();
        for (int c = 0; c < columns.size(); c++) {
            extent.text(ws, row, c, columns.get(c).header());
            ws.style(row, c).bold().fillColor("E4EAF2").wrapText(true).set();
        }
        row++;
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> cells = t.rows().get(r);
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            for (int c = 0; c < columns.size(); c++) {
                Object v = cells.get(c);
                if (v == null) {
                    continue;
                }
                extent.touch(row, c);
                if (v instanceof Integer n) {
                    ws.value(row, c, n);
                    if (columns.get(c).kind() == ColumnKind.CHANGE) {
                        ws.style(row, c).format("+0;-0;0").set();
                    } else if (total) {
                        ws.style(row, c).bold().set();
                    }
                } else if (v instanceof SummaryDocument.Percent p) {
                    ws.value(row, c, p.fraction());
                    ws.style(row, c).format(PERCENT_FORMAT).set();
                } else if (v instanceof SummaryDocument.Day d) {
                    ws.value(row, c, d.date());
                    ws.style(row, c).format(DATE_FORMAT).set();
                } else {
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

    /**
     * {@link #sheetName}, with a number added when two titles cut to 31 characters read the same (long Kazakh titles
     * can): Excel refuses a workbook with two sheets of one name, whatever their case.
     */
    static String uniqueSheetName(String title, Set<String> taken) {
        String name = sheetName(title);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            String base = sheetName(title);
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
        }
        return name;
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    public static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }

    /** The last row and column a sheet has a value in, for its {@code <dimension>}. */
    private static final class Extent {
        private int lastRow;
        private int lastColumn;

        void text(Worksheet ws, int row, int column, String value) {
            ws.value(row, column, value);
            touch(row, column);
        }

        void touch(int row, int column) {
            lastRow = Math.max(lastRow, row);
            lastColumn = Math.max(lastColumn, column);
        }

        String ref() {
            return "A1:" + SheetDimensions.column(lastColumn) + (lastRow + 1);
        }
    }
}
