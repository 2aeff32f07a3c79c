// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.util.List;

/**
 * A table read from a file: the header's texts (trimmed, one per column) and the rows below it, blank rows left
 * out. {@code sheetName} is the sheet's name in an .xlsx, the file's name for a .csv.
 */
public record SheetTable(String fileName, String sheetName, int headerRowNumber, List<String> header, List<SheetRow> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
