// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.List;
import java.util.function.Consumer;

import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportOptions;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.sheets.SheetProgress;
import kz.schoolwatch.sheets.SheetTable;
import org.jooq.DSLContext;

/**
 * The import of one kind: plans each row of a table against the database as {@code tx} sees it, and gives the
 * writes that carry the plan out. {@link ImportService} plans once for the preview (nothing written) and again
 * inside the writing transaction.
 */
interface KindImport {

    ImportKind kind();

    /** The topics open screens follow that a written plan changes. */
    List<Topic> topics();

    Plan plan(DSLContext tx, SheetTable table, ImportMapping mapping, ImportOptions options, SheetProgress progress);

    /** The rows as planned, their counts, and the writes (only rows NEW or UPDATE, and cameras to remove). */
    record Plan(List<ImportRow> rows, ImportCounts counts, Consumer<DSLContext> write) {
    }
}
