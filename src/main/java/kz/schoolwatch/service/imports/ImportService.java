// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.sheets.SheetFileException;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;

/**
 * Brings a unit's spreadsheets of schools, cameras and officers in (issue 19): read the file, propose which column
 * is which field, preview every row, then write the rows without errors in one audited transaction.
 */
public final class ImportService {

    /** Whether the signed-in account may import {@code kind} (a head of unit or the administrator). */
    public boolean canImport(ImportKind kind) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The sheets of an .xlsx, for the user to choose when the header matches none or several. */
    public List<String> sheetNames(Path file) throws SheetFileException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads the file's table for {@code kind}: the named sheet, or the one whose header names its fields. */
    public SheetTable read(ImportKind kind, Path file, String sheet, SheetProgress progress) throws SheetFileException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The mapping remembered for a header of this shape, else one proposed from the header's words. */
    public ImportMapping propose(ImportKind kind, List<String> header) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Fields the mapping must give before a preview can run (the key: school number, badge number). */
    public List<ImportField> missing(ImportMapping mapping) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Plans every row against the database as it is now; writes nothing. */
    public ImportPreview preview(SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Writes the rows without errors in one transaction, audited as one import with the file's name and counts;
     * remembers the mapping for the next file of this shape. A failure or a cancel writes nothing.
     *
     * @throws kz.schoolwatch.service.SaveFailedException when the database refused; nothing was written
     */
    public ImportResult write(ImportPreview preview, SheetProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves the rows in error with the file's columns and an «Ошибка» column, to fix and import again. */
    public void saveErrorRows(ImportPreview preview, Path out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes an .xlsx with the headers of {@code kind} and one example row («Скачать шаблон»). */
    public void saveTemplate(ImportKind kind, Path out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
