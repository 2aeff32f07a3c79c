// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.domain.ImportField.CAMERA_INDOOR_COUNT;
import static kz.schoolwatch.domain.ImportField.CAMERA_OUTDOOR_COUNT;

import java.util.List;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportProblem;

/**
 * One row of a file of counts: a school's number and how many cameras hang outside and inside. A count left null
 * was not given and leaves that placement as it is; a row must give at least one.
 */
record CameraCountLine(int rowNumber, List<String> cells, Integer schoolNumber, Integer outdoor, Integer indoor,
                       List<ImportProblem> problems) implements CameraImportLine {

    /** More than this at one school is surely a typing error (the camera form's limit for one step, too). */
    static final int MAX_PER_SCHOOL = 500;

    static CameraCountLine read(RowCells cells, int rowNumber) {
        Integer number = CameraImportLine.schoolNumber(cells);
        Integer outdoor = count(cells, CAMERA_OUTDOOR_COUNT);
        Integer indoor = count(cells, CAMERA_INDOOR_COUNT);
        if (outdoor == null && indoor == null && cells.ok()) {
            cells.problem(cells.column(CAMERA_OUTDOOR_COUNT) != null ? CAMERA_OUTDOOR_COUNT : CAMERA_INDOOR_COUNT,
                    "import.cameras.error.noCounts");
        }
        return new CameraCountLine(rowNumber, cells.texts(), number, outdoor, indoor, cells.problems());
    }

    private static Integer count(RowCells cells, ImportField field) {
        Integer n = cells.integer(field).orElse(null);
        if (n != null && n < 0) {
            cells.problem(field, "import.cameras.error.negative", n);
            return null;
        }
        if (n != null && n > MAX_PER_SCHOOL) {
            cells.problem(field, "import.cameras.error.tooMany", MAX_PER_SCHOOL, n);
            return null;
        }
        return n;
    }

    Integer count(CameraPlacement placement) {
        return placement == CameraPlacement.OUTDOOR ? outdoor : indoor;
    }
}
