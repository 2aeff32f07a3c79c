// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table: an .xlsx (one sheet, bold header, columns wide enough, texts kept as text so «0123» stays) or,
 * for a name ending in .csv, a CSV file as Russian Excel opens it (UTF-8 with BOM, semicolons). Written to a
 * temporary file first and moved into place, so a failure never leaves half a file.
 */
public final class SheetWriter {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Widths are measured on the first rows only: a template or a file of errors is short, an export need not be. */
    private static final int ROWS_MEASURED = 1000;
    private static final String DATE_FORMAT = "dd.mm.yyyy";

    private SheetWriter() {
    }

    /** {@code rows} hold Strings, Numbers, LocalDates or Booleans (null for an empty cell). */
    public static void write(Path file, String sheetName, List<String> header, List<List<Object>> rows) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".schoolwatch-", ".part");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (isCsv(target)) {
                    writeCsv(out, header, rows);
                } else {
                    writeXlsx(out, sheetName, header, rows);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static void writeCsv(OutputStream out, List<String> header, List<List<Object>> rows) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                List<String> texts = new ArrayList<>(row.size());
                for (Object value : row) {
                    texts.add(csvText(value));
                }
                printer.printRecord(texts);
            }
        }
    }

    /** A date as Russian Excel types it; a number without ".0"; a boolean as the reader gives it back. */
    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Number n) {
            return ExcelDates.plainNumber(new BigDecimal(n.toString()).toPlainString());
        }
        return value.toString();
    }

    private static void writeXlsx(OutputStream out, String sheetName, List<String> header, List<List<Object>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "SchoolWatch", "1.0");
        Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
            widths[c] = header.get(c) == null ? 0 : header.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                put(sheet, r + 1, c, value);
                if (r < ROWS_MEASURED && c < widths.length && value != null) {
                    widths[c] = Math.max(widths[c], value instanceof LocalDate ? 10 : value.toString().length());
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)));
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else {
            // A string cell stays text: «0123» keeps its zero and «1-2» is not taken for a date.
            sheet.value(r, c, value.toString());
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
