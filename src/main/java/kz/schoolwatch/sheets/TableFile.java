// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** An opened .xlsx or .csv seen as sheets of raw rows, whatever the format underneath. */
interface TableFile extends Closeable {

    List<String> sheetNames();

    /** The sheets worth looking for a header in when none is named (hidden sheets hold lookup lists, not tables). */
    List<String> visibleSheetNames();

    /** Rows of {@code sheet} in order from the top; blank rows may or may not be given. */
    RowSource open(String sheet) throws IOException, SheetFileException;

    /** The rows the sheet says it has, or -1 when the file does not say. */
    long rowCountHint(String sheet) throws IOException;

    /** A merged range that covers a cell of row {@code rowNumber} (1-based), as "C1:D1". */
    Optional<String> mergedRangeInRow(String sheet, int rowNumber) throws IOException, SheetFileException;

    /** Rows one at a time, so a huge file is refused without being held in memory. */
    interface RowSource extends Closeable {

        /** The next row, or null at the end. */
        RawRow next() throws IOException, SheetFileException;

        @Override
        void close() throws IOException;
    }
}
