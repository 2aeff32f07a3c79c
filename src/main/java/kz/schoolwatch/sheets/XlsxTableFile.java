// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** An .xlsx read with fastexcel's streaming reader, a row at a time; merged cells and dimension from the zip. */
final class XlsxTableFile implements TableFile {

    /** Cell formats are needed to tell a date from a number. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private final ZipFile zip;
    private final XlsxParts parts;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private XlsxTableFile(ZipFile zip, XlsxParts parts, ReadableWorkbook workbook) {
        this.zip = zip;
        this.parts = parts;
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
    }

    static XlsxTableFile open(Path file) throws SheetFileException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new SheetFileException(SheetFileException.Reason.DAMAGED, e);
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
        try {
            XlsxParts parts = XlsxParts.read(zip);
            if (parts == null) {
                throw new SheetFileException(SheetFileException.Reason.NOT_A_SPREADSHEET, null);
            }
            return new XlsxTableFile(zip, parts, new ReadableWorkbook(file.toFile(), OPTIONS));
        } catch (SheetFileException e) {
            closeQuietly(zip);
            throw e;
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            closeQuietly(zip);
            throw damaged(e);
        }
    }

    static SheetFileException damaged(Exception e) {
        return new SheetFileException(SheetFileException.Reason.DAMAGED, e);
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public List<String> visibleSheetNames() {
        return sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName).toList();
    }

    @Override
    public long rowCountHint(String sheet) throws IOException {
        return parts.dimensionRows(sheet);
    }

    @Override
    public Optional<String> mergedRangeInRow(String sheet, int rowNumber) throws SheetFileException {
        try {
            return parts.mergedRangeInRow(sheet, rowNumber);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public RowSource open(String name) throws SheetFileException {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
        boolean date1904 = workbook.isDate1904();
        Stream<Row> stream;
        try {
            stream = sheet.openStream();
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw damaged(e);
        }
        Iterator<Row> rows = stream.iterator();
        return new RowSource() {
            @Override
            public RawRow next() throws SheetFileException {
                try {
                    return rows.hasNext() ? XlsxCells.row(rows.next(), date1904) : null;
                } catch (ExcelReaderException | UncheckedIOException | IllegalArgumentException e) {
                    throw damaged(e);
                }
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            zip.close();
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing for a better reason
        }
    }
}
