// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.schoolwatch.sheets.SheetRow;

/**
 * The rows of a file that give the same key (a school number, a badge): neither can be imported, as nobody can
 * tell which one is right, and each names the other rows.
 */
final class FileDuplicates<K> {

    private final Map<K, List<Integer>> rowsByKey = new HashMap<>();

    /** {@code key} reads a row's key, or null when it has none (that row's own problem). */
    FileDuplicates(List<SheetRow> rows, Function<SheetRow, K> key) {
        for (SheetRow r : rows) {
            K k = key.apply(r);
            if (k != null) {
                rowsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r.number());
            }
        }
    }

    /** The other rows with {@code row}'s key, as «5, 9»; empty when the key is the row's alone. */
    String others(K key, int row) {
        List<Integer> rows = rowsByKey.get(key);
        if (rows == null || rows.size() < 2) {
            return "";
        }
        return rows.stream().filter(n -> n != row).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
