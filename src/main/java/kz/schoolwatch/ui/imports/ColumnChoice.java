// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;

/**
 * A column of the chosen file as the mapping offers it: its index, its header and a value from its first rows, so
 * the user sees what a column holds before choosing it. {@link #NONE} is «— не загружать —».
 */
public record ColumnChoice(int index, String header, String sample) {

    /** No column: the field is not loaded. */
    public static final ColumnChoice NONE = new ColumnChoice(-1, "", "");

    /** How many rows are looked at for a sample value: a blank first cell is common, a blank column is not. */
    private static final int SAMPLE_ROWS = 20;

    public boolean isNone() {
        return index < 0;
    }

    /** The column's index for the mapping, or null for {@link #NONE}. */
    public Integer column() {
        return isNone() ? null : index;
    }

    /** {@link #NONE} first, then every column of {@code table}'s header. */
    static List<ColumnChoice> of(SheetTable table) {
        List<ColumnChoice> choices = new ArrayList<>();
        choices.add(NONE);
        if (table == null) {
            return choices;
        }
        for (int c = 0; c < table.header().size(); c++) {
            choices.add(new ColumnChoice(c, table.header().get(c), sample(table, c)));
        }
        return choices;
    }

    private static String sample(SheetTable table, int column) {
        int rows = Math.min(SAMPLE_ROWS, table.rows().size());
        for (int r = 0; r < rows; r++) {
            SheetRow row = table.rows().get(r);
            String text = row.cell(column).text().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
