// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.util.List;

import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportProblem;

/** A row of a camera file as read, either shape: where it is in the file, which school, and what is wrong. */
sealed interface CameraImportLine permits CameraLine, CameraCountLine {

    int rowNumber();

    List<String> cells();

    /** Null when the cell was empty or not a number (a problem says which). */
    Integer schoolNumber();

    /** Mutable: the planner adds the school's problems (unknown, archived, listed twice). */
    List<ImportProblem> problems();

    default boolean ok() {
        return problems().isEmpty();
    }

    /** The school's number, or a problem when it is missing. */
    static Integer schoolNumber(RowCells cells) {
        int before = cells.problems().size();
        Integer number = cells.integer(ImportField.CAMERA_SCHOOL_NUMBER).orElse(null);
        if (number == null && cells.problems().size() == before) {
            cells.problem(ImportField.CAMERA_SCHOOL_NUMBER, "import.cameras.error.noSchoolNumber");
        }
        return number;
    }
}
