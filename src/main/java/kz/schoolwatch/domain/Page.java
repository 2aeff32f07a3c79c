// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * One page of a long list read from the database: the rows from {@code offset} on, and how many rows match
 * the filter in all.
 */
public record Page<T>(List<T> rows, int offset, int total) {

    public Page {
        rows = List.copyOf(rows);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, 0);
    }
}
