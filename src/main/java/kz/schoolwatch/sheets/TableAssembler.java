// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import kz.schoolwatch.sheets.SheetFileException.Reason;

/**
 * Finds the header (the best-scoring of a sheet's first non-blank rows, in the best-scoring sheet) and gathers the
 * rows below it, refusing a file too big as soon as it shows, without holding the rest.
 */
final class TableAssembler {

    /** A header sits above the table: notes, a title and a blank line or two come first at most. */
    static final int HEADER_CANDIDATES = 10;
    static final int PROGRESS_EVERY = 1000;

    private record Header(String sheet, RawRow row, int score) {
    }

    private TableAssembler() {
    }

    static SheetTable assemble(TableFile file, String fileName, String sheet, ToIntFunction<List<String>> headerScore,
                               SheetProgress progress) throws IOException, SheetFileException {
        Header header = findHeader(file, sheet, headerScore, progress);
        List<String> texts = header.row().headerTexts();
        List<SheetRow> rows = rowsBelow(file, header, texts.size(), progress);
        if (rows.isEmpty()) {
            throw new SheetFileException(Reason.EMPTY, null);
        }
        var merged = file.mergedRangeInRow(header.sheet(), header.row().number());
        if (merged.isPresent()) {
            throw new SheetFileException(Reason.MERGED_HEADER, null, merged.get());
        }
        return new SheetTable(fileName, header.sheet(), header.row().number(), texts, rows);
    }

    private static Header findHeader(TableFile file, String sheet, ToIntFunction<List<String>> headerScore,
                                     SheetProgress progress) throws IOException, SheetFileException {
        List<String> candidates;
        if (sheet != null) {
            if (!file.sheetNames().contains(sheet)) {
                throw noMatchingSheet(file);
            }
            candidates = List.of(sheet);
        } else {
            candidates = file.visibleSheetNames().isEmpty() ? file.sheetNames() : file.visibleSheetNames();
        }
        Header best = null;
        Header firstRow = null;
        for (String name : candidates) {
            progress.checkCancelled();
            try (TableFile.RowSource source = file.open(name)) {
                int seen = 0;
                RawRow row;
                while (seen < HEADER_CANDIDATES && (row = source.next()) != null) {
                    if (row.isBlank()) {
                        continue;
                    }
                    seen++;
                    int score = headerScore.applyAsInt(row.headerTexts());
                    if (firstRow == null) {
                        firstRow = new Header(name, row, score);
                    }
                    if (score > 0 && (best == null || score > best.score())) {
                        best = new Header(name, row, score);
                    }
                }
            }
        }
        if (firstRow == null) {
            throw new SheetFileException(Reason.EMPTY, null);
        }
        if (best != null) {
            return best;
        }
        // A sheet the user named is read even when no header is recognised: the mapping is then theirs to make.
        if (sheet != null) {
            return firstRow;
        }
        throw noMatchingSheet(file);
    }

    private static SheetFileException noMatchingSheet(TableFile file) {
        String names = file.sheetNames().stream().map(n -> "«" + n + "»").collect(Collectors.joining(", "));
        return new SheetFileException(Reason.NO_MATCHING_SHEET, null, names);
    }

    private static List<SheetRow> rowsBelow(TableFile file, Header header, int width, SheetProgress progress)
            throws IOException, SheetFileException {
        int headerNumber = header.row().number();
        long hint = file.rowCountHint(header.sheet());
        long total = hint > headerNumber ? hint - headerNumber : -1;
        List<SheetRow> rows = new ArrayList<>();
        long done = 0;
        try (TableFile.RowSource source = file.open(header.sheet())) {
            RawRow row;
            while ((row = source.next()) != null) {
                if (row.number() <= headerNumber) {
                    continue;
                }
                if (++done % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(done, total);
                }
                List<Cell> cells = fitted(row.cells(), width);
                if (cells.stream().allMatch(Cell::isEmpty)) {
                    continue;
                }
                if (rows.size() == SheetReader.MAX_ROWS) {
                    throw new SheetFileException(Reason.TOO_MANY_ROWS, null, SheetReader.MAX_ROWS);
                }
                rows.add(new SheetRow(row.number(), cells));
            }
        }
        progress.checkCancelled();
        progress.progress(done, done);
        return rows;
    }

    /** One cell per header column: what lies right of the header has no name to be imported under. */
    private static List<Cell> fitted(List<Cell> cells, int width) {
        List<Cell> fitted = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            fitted.add(i < cells.size() ? cells.get(i) : Cell.EMPTY);
        }
        return fitted;
    }
}
