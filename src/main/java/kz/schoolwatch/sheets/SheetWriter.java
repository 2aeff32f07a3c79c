// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table: an .xlsx (one sheet, bold header, columns wide enough, texts kept as text so «0123» stays) or,
 * for a name ending in .csv, a CSV file as Russian Excel opens it (UTF-8 with BOM, semicolons). Written to a
 * temporary file first and moved into place, so a failure never leaves half a file.
 */
public final class SheetWriter {

    private SheetWriter() {
    }

    /** {@code rows} hold Strings, Numbers, LocalDates or Booleans (null for an empty cell). */
    public static void write(Path file, String sheetName, List<String> header, List<List<Object>> rows) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
