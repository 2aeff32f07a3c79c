// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportMapping;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.sheets.Cell;
import kz.schoolwatch.sheets.SheetRow;
import kz.schoolwatch.sheets.SheetTable;

/**
 * The cells of one row read as the fields they are mapped to. Each reader returns empty for an empty or unmapped
 * cell; a cell that cannot be read (a word where a number belongs, a formula) adds a problem naming its column and
 * returns empty, so a row collects all its problems at once.
 */
final class RowCells {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Set<String> YES = Set.of("да", "иә", "ия", "yes", "y", "true", "1", "+", "есть", "бар", "подключена", "подключено");
    private static final Set<String> NO = Set.of("нет", "жоқ", "no", "n", "false", "0", "-", "—", "");

    private final SheetTable table;
    private final ImportMapping mapping;
    private final SheetRow row;
    private final List<ImportProblem> problems = new ArrayList<>();

    RowCells(SheetTable table, ImportMapping mapping, SheetRow row) {
        this.table = table;
        this.mapping = mapping;
        this.row = row;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The column's header text, as the problem names it. */
    String column(ImportField field) {
        return mapping.column(field).map(c -> c < table.header().size() ? table.header().get(c) : "#" + (c + 1)).orElse(null);
    }

    void problem(ImportField field, String key, Object... args) {
        problems.add(ImportProblem.of(column(field), key, args));
    }

    private Optional<Cell> cell(ImportField field) {
        Optional<Cell> cell = mapping.column(field).map(row::cell).filter(c -> !c.isEmpty());
        if (cell.isPresent() && cell.get().type() == Cell.Type.FORMULA) {
            problem(field, "import.error.formula", cell.get().text());
            return Optional.empty();
        }
        if (cell.isPresent() && cell.get().type() == Cell.Type.ERROR) {
            problem(field, "import.error.cellError", cell.get().text());
            return Optional.empty();
        }
        return cell;
    }

    /** The trimmed text, empty when blank. */
    Optional<String> text(ImportField field) {
        return cell(field).map(c -> c.text().strip()).filter(s -> !s.isEmpty());
    }

    /** A whole number; "12", "12.0", "1 200" (spaces of thousands) are read, "12,5" or "двенадцать" are problems. */
    Optional<Integer> integer(ImportField field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            return Optional.of(new BigDecimal(s).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            problem(field, "import.error.notNumber", text.get());
            return Optional.empty();
        }
    }

    /** A date as the file holds it (ISO from an xlsx date cell) or as typed (dd.MM.yyyy). */
    Optional<LocalDate> date(ImportField field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get();
        try {
            return Optional.of(s.contains("-") ? LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s) : LocalDate.parse(s, DOTTED));
        } catch (DateTimeParseException e) {
            problem(field, "import.error.notDate", s);
            return Optional.empty();
        }
    }

    /** Yes or no in any of the three languages. */
    Optional<Boolean> yesNo(ImportField field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return Optional.of(true);
        }
        if (NO.contains(s)) {
            return Optional.of(false);
        }
        problem(field, "import.error.notYesNo", text.get());
        return Optional.empty();
    }

    /** The row's cells as text, for the file of rows in error. */
    List<String> texts() {
        return row.cells().stream().map(Cell::text).toList();
    }
}
