// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Reads a table from an .xlsx (as Excel and LibreOffice save it) or a .csv (comma or semicolon; UTF-8 with or
 * without BOM, or Windows-1251) file. Which sheet, and which of its first rows is the header, is decided by a
 * score the caller gives a candidate header: the best-scoring row of the best-scoring sheet wins, unless a sheet
 * is named.
 */
public final class SheetReader {

    /** More rows than this are refused before they are all read: an import this size is a wrong file. */
    public static final int MAX_ROWS = 200_000;

    private SheetReader() {
    }

    /** The sheets of an .xlsx in their order; a .csv has one, named as the file. */
    public static List<String> sheetNames(Path file) throws SheetFileException {
        try (TableFile table = open(file, SheetProgress.NONE)) {
            return table.sheetNames();
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
    }

    /**
     * Reads the table whose header scores best by {@code headerScore} (0 = not a header of this import).
     *
     * A sheet named here is read even when none of its first rows scores: its first non-blank row is then the
     * header. A row's cells are one per header column; blank rows are left out.
     *
     * @param sheet a sheet's name to read that one, or null to find it by the header
     * @throws SheetFileException        with the reason the file cannot be read as a table
     * @throws SheetCancelledException   when {@code progress} says the user cancelled
     */
    public static SheetTable read(Path file, String sheet, ToIntFunction<List<String>> headerScore, SheetProgress progress)
            throws SheetFileException {
        Objects.requireNonNull(headerScore, "headerScore");
        SheetProgress told = progress == null ? SheetProgress.NONE : progress;
        try (TableFile table = open(file, told)) {
            return TableAssembler.assemble(table, file.getFileName().toString(), sheet, headerScore, told);
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
    }

    private static TableFile open(Path file, SheetProgress progress) throws SheetFileException {
        return switch (FileKind.of(file)) {
            case XLSX -> XlsxTableFile.open(file);
            case CSV -> new CsvTableFile(file, progress);
        };
    }
}
