// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * One row of the file as the preview shows it. {@code rowNumber} is the row's number in the file (the header is
 * a row too, as Excel counts), {@code subject} what it is about («Школа №12», «Исин А. Б., 100123»),
 * {@code changes} the bundle keys of the fields an update changes (or, for cameras, a short account of what is
 * added or removed), {@code cells} the row's cells as text, for the file of rows in error.
 */
public record ImportRow(int rowNumber, ImportAction action, String subject, List<String> changes,
                        List<ImportProblem> problems, List<String> cells) {

    public ImportRow {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }
}
