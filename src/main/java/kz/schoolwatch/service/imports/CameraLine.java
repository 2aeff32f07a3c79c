// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import static kz.schoolwatch.domain.ImportField.CAMERA_CONNECTED;
import static kz.schoolwatch.domain.ImportField.CAMERA_INSTALLED_ON;
import static kz.schoolwatch.domain.ImportField.CAMERA_MODEL;
import static kz.schoolwatch.domain.ImportField.CAMERA_NOTE;
import static kz.schoolwatch.domain.ImportField.CAMERA_PLACEMENT;
import static kz.schoolwatch.domain.ImportField.CAMERA_STATUS;
import static kz.schoolwatch.domain.ImportField.CAMERA_VIEW_AREA;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportProblem;

/**
 * One row of a per-camera file as read: the school's number and the camera's fields. A field left null was not
 * given (no column, or an empty cell): matching ignores it and an update keeps what is stored. Placement alone
 * is required, as the form requires it.
 */
record CameraLine(int rowNumber, List<String> cells, Integer schoolNumber, CameraPlacement placement, CameraViewArea viewArea,
                  String model, LocalDate installedOn, CameraStatus status, Boolean connected, String note,
                  List<ImportProblem> problems) implements CameraImportLine {

    static final int MAX_MODEL = 100;
    static final int MAX_NOTE = 500;
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    static CameraLine read(RowCells cells, int rowNumber, LocalDate today) {
        CameraLabels labels = CameraLabels.get();
        Integer number = CameraImportLine.schoolNumber(cells);
        Optional<String> placementText = cells.text(CAMERA_PLACEMENT);
        CameraPlacement placement = placementText.flatMap(labels::placement).orElse(null);
        if (placementText.isEmpty()) {
            cells.problem(CAMERA_PLACEMENT, "import.cameras.error.noPlacement");
        } else if (placement == null) {
            cells.problem(CAMERA_PLACEMENT, "import.cameras.error.unknownPlacement", placementText.get());
        }
        CameraViewArea area = label(cells, CAMERA_VIEW_AREA, labels::viewArea, "import.cameras.error.unknownViewArea");
        CameraStatus status = label(cells, CAMERA_STATUS, labels::status, "import.cameras.error.unknownStatus");
        String model = limited(cells, CAMERA_MODEL, MAX_MODEL);
        LocalDate installed = cells.date(CAMERA_INSTALLED_ON).orElse(null);
        if (installed != null && installed.isAfter(today)) {
            cells.problem(CAMERA_INSTALLED_ON, "import.cameras.error.installedInFuture", installed.format(DOTTED));
        }
        Boolean connected = cells.yesNo(CAMERA_CONNECTED).orElse(null);
        String note = limited(cells, CAMERA_NOTE, MAX_NOTE);
        return new CameraLine(rowNumber, cells.texts(), number, placement, area, model, installed, status, connected, note,
                cells.problems());
    }

    private static <E> E label(RowCells cells, ImportField field, java.util.function.Function<String, Optional<E>> labels, String unknownKey) {
        Optional<String> text = cells.text(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<E> value = labels.apply(text.get());
        if (value.isEmpty()) {
            cells.problem(field, unknownKey, text.get());
        }
        return value.orElse(null);
    }

    private static String limited(RowCells cells, ImportField field, int max) {
        String text = cells.text(field).orElse(null);
        if (text != null && text.length() > max) {
            cells.problem(field, "import.cameras.error.tooLong", max);
            return null;
        }
        return text;
    }

    /** Taken down, as the file says: matched first against the school's cameras already taken down. */
    boolean dismantled() {
        return status == CameraStatus.DISMANTLED;
    }

    /** How many of the identifying fields the row gives: the more, the earlier it picks its camera. */
    int givenIdentity() {
        return (viewArea != null ? 1 : 0) + (model != null ? 1 : 0) + (installedOn != null ? 1 : 0);
    }
}
