// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a move of the PC's database to the unit's server did, checked on the server after its commit.
 *
 * @param rows       rows per table on the server, table names in lower case, in the order they were copied
 * @param chain      the audit chain as the server holds it, walked by the same check as «Проверить целостность»
 * @param mismatches tables whose row count on the server differs from the PC's (empty when nothing was lost)
 * @param millis     how long the copy and the checks took
 */
public record ServerMoveSummary(Map<String, Long> rows, AuditChainCheck chain, List<String> mismatches, long millis) {

    public ServerMoveSummary {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        mismatches = List.copyOf(mismatches);
    }

    /** Every row arrived and the chain holds. */
    public boolean complete() {
        return mismatches.isEmpty() && chain.intact();
    }

    /** Rows copied, all tables together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
