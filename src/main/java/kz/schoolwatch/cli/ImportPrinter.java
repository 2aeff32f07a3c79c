// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.imports.ImportPreview;
import kz.schoolwatch.service.imports.ImportResult;
import kz.schoolwatch.sheets.SheetTable;

/**
 * What {@code schoolwatch import} prints on stdout, in the user's language: the table it read and which column
 * fills which field (a command line cannot correct the mapping, so it shows it), the preview's counts and one line
 * per problem of a row in error, «строка 12, столбец „Район“: …», with the row numbered as Excel shows it.
 */
final class ImportPrinter {

    private final Messages messages;
    private final PrintStream out;

    ImportPrinter(Messages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    void table(SheetTable table, ImportMapping mapping) {
        out.println(messages.get("cli.import.read", table.fileName(), table.sheetName(),
                String.valueOf(table.headerRowNumber()), String.valueOf(table.rows().size())));
        String columns = mapping.columns().entrySet().stream()
                .map(e -> messages.get("cli.import.column", messages.get(e.getKey().key()), header(table, e)))
                .collect(Collectors.joining("; "));
        out.println(messages.get("cli.import.mapping", columns));
    }

    void preview(ImportPreview preview) {
        ImportCounts c = preview.counts();
        out.println(messages.get("cli.import.counts", n(c.created()), n(c.updated()), n(c.unchanged()), n(c.errors())));
        if (preview.kind() == ImportKind.CAMERAS) {
            out.println(messages.get("cli.import.cameraCounts", n(c.camerasAdded()), n(c.camerasRemoved())));
        }
        for (ImportRow row : preview.errors()) {
            for (ImportProblem problem : row.problems()) {
                String reason = messages.get(problem.messageKey(), problem.args().toArray());
                out.println(problem.column() == null
                        ? messages.get("cli.import.errorRow", n(row.rowNumber()), reason)
                        : messages.get("cli.import.errorCell", n(row.rowNumber()), problem.column(), reason));
            }
        }
    }

    void written(ImportResult result) {
        ImportCounts c = result.counts();
        out.println(messages.get("cli.import.written", result.fileName(), n(c.created()), n(c.updated()), n(c.unchanged()),
                n(c.errors())));
        if (c.camerasAdded() > 0 || c.camerasRemoved() > 0) {
            out.println(messages.get("cli.import.camerasWritten", n(c.camerasAdded()), n(c.camerasRemoved())));
        }
    }

    String fieldNames(List<ImportField> fields) {
        return fields.stream().map(f -> "«" + messages.get(f.key()) + "»").collect(Collectors.joining(", "));
    }

    String quoted(List<String> names) {
        return names.stream().map(s -> "«" + s + "»").collect(Collectors.joining(", "));
    }

    private static String header(SheetTable table, Map.Entry<ImportField, Integer> column) {
        int i = column.getValue();
        return i < table.header().size() ? table.header().get(i) : String.valueOf(i + 1);
    }

    /** Numbers as plain digits: MessageFormat would group 12 345 with a space that scripts then split on. */
    private static String n(int value) {
        return String.valueOf(value);
    }
}
