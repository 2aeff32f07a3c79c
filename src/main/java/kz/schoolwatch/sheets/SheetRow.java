// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.util.List;

/** A row below the header: its number in the file as Excel shows it (1-based) and its cells, one per header column. */
public record SheetRow(int number, List<Cell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in {@code column}, empty past the row's end. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }
}
