// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportCounts;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.i18n.Messages;

/** What the import screen says about kinds, fields, columns, rows and counts, in the user's language. */
public final class ImportTexts {

    private final Messages messages;

    public ImportTexts(Messages messages) {
        this.messages = messages;
    }

    public String kind(ImportKind kind) {
        return kind == null ? "" : messages.of("import.screen.kind", kind);
    }

    public String field(ImportField field) {
        return messages.get(field.key());
    }

    /** «Район · Алмалинский»: the header and a value the column holds; «— не загружать —» for no column. */
    public String column(ColumnChoice choice) {
        if (choice == null || choice.isNone()) {
            return messages.get("import.screen.column.none");
        }
        String header = choice.header().isBlank() ? messages.get("import.screen.column.unnamed", choice.index() + 1) : choice.header();
        return choice.sample().isEmpty() ? header : messages.get("import.screen.column.withSample", header, choice.sample());
    }

    public String action(ImportAction action) {
        return messages.of("import.screen.action", action);
    }

    /** A filter's caption: «Все», «Новые», «Изменения», «Без изменений», «Ошибки». */
    public String filter(ImportAction action) {
        return action == null ? messages.get("import.screen.filter.all") : messages.of("import.screen.filter", action);
    }

    /** The tone of an action's cell (the table's pseudo-classes): new green, changed amber, unchanged grey, error red. */
    public static String tone(ImportAction action) {
        return switch (action) {
            case NEW -> "success";
            case UPDATE -> "warning";
            case UNCHANGED -> "muted";
            case ERROR -> "danger";
        };
    }

    /** «столбец „Район“: неизвестный район …; …»: every problem of the row with its column and reason. */
    public String problems(ImportRow row) {
        return row.problems().stream().map(this::problem).collect(Collectors.joining("; "));
    }

    public String problem(ImportProblem p) {
        String reason = messages.get(p.messageKey(), p.args().toArray());
        return p.column() == null || p.column().isBlank() ? reason : messages.get("import.screen.problem", p.column(), reason);
    }

    /** The fields an update changes by their names; a camera row's own account of what it adds is shown as it is. */
    public String changes(ImportRow row) {
        return row.changes().stream().map(c -> messages.has(c) ? messages.get(c) : c)
                .collect(Collectors.joining(", "));
    }

    /** «Новых: 12 · изменений: 3 · без изменений: 175 · с ошибками: 2», and for cameras how many are added and removed. */
    public String counts(ImportKind kind, ImportCounts c) {
        String rows = messages.get("import.screen.counts", c.created(), c.updated(), c.unchanged(), c.errors());
        return kind == ImportKind.CAMERAS
                ? rows + " · " + messages.get("import.screen.counts.cameras", c.camerasAdded(), c.camerasRemoved()) : rows;
    }

    /** The confirmation before writing: what will be written, and that the rows in error are skipped. */
    public String confirmation(ImportKind kind, String fileName, ImportCounts c) {
        StringBuilder b = new StringBuilder(messages.get("import.screen.confirm.text", fileName, c.created(), c.updated()));
        if (kind == ImportKind.CAMERAS && (c.camerasAdded() > 0 || c.camerasRemoved() > 0)) {
            b.append('\n').append(messages.get("import.screen.confirm.cameras", c.camerasAdded(), c.camerasRemoved()));
        }
        if (c.errors() > 0) {
            b.append('\n').append(messages.get("import.screen.confirm.errors", c.errors()));
        }
        return b.toString();
    }

    /** «Шаблон импорта — школы.xlsx». */
    public String templateName(ImportKind kind) {
        return messages.get("import.screen.templateFile", kind(kind).toLowerCase(Locale.forLanguageTag("ru")));
    }

    /** «школы-2026 — ошибки.xlsx»: the source's name with the rows in error, in the source's format. */
    public String errorRowsName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        String base = dot > 0 ? sourceName.substring(0, dot) : sourceName;
        String extension = sourceName.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xlsx";
        return messages.get("import.screen.errorRowsFile", base, extension);
    }

    static List<ImportAction> filters() {
        return java.util.Arrays.asList(null, ImportAction.NEW, ImportAction.UPDATE, ImportAction.UNCHANGED, ImportAction.ERROR);
    }
}
