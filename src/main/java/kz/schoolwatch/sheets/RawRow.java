// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.util.List;

/** A row as a file holds it, before the header is known: its number as Excel counts and all its cells. */
record RawRow(int number, List<Cell> cells) {

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    /** The cells' texts trimmed, up to the last non-empty one: how a header candidate is scored. */
    List<String> headerTexts() {
        int width = width();
        return cells.subList(0, width).stream().map(c -> c.text().trim()).toList();
    }

    /** Columns up to the last non-empty cell. */
    int width() {
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).text().isBlank()) {
            last--;
        }
        return last;
    }
}
