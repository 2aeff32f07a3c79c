// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * How many rows of each action, and for cameras how many cameras are added and removed (a row with counts may
 * add several).
 */
public record ImportCounts(int created, int updated, int unchanged, int errors, int camerasAdded, int camerasRemoved) {

    public static ImportCounts of(List<ImportRow> rows, int camerasAdded, int camerasRemoved) {
        int n = 0;
        int u = 0;
        int same = 0;
        int e = 0;
        for (ImportRow r : rows) {
            switch (r.action()) {
                case NEW -> n++;
                case UPDATE -> u++;
                case UNCHANGED -> same++;
                case ERROR -> e++;
            }
        }
        return new ImportCounts(n, u, same, e, camerasAdded, camerasRemoved);
    }

    /** Rows that would write something. */
    public int changing() {
        return created + updated;
    }
}
