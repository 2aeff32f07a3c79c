// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.List;

import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.sheets.SheetTable;

/**
 * What an import would do, row by row, before anything is written. Writing plans the rows again inside its
 * transaction, so a change another officer saved in between is taken into account, not overwritten.
 */
public record ImportPreview(SheetTable table, ImportMapping mapping, ImportOptions options, List<ImportRow> rows,
                            ImportCounts counts) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public ImportKind kind() {
        return mapping.kind();
    }

    public List<ImportRow> errors() {
        return rows.stream().filter(r -> r.action() == kz.schoolwatch.domain.ImportAction.ERROR).toList();
    }
}
