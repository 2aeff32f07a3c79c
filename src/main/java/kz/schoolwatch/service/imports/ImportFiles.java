// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.ImportAction;
import kz.schoolwatch.domain.ImportField;
import kz.schoolwatch.domain.ImportKind;
import kz.schoolwatch.domain.ImportProblem;
import kz.schoolwatch.domain.ImportRow;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.i18n.Messages;

/**
 * The tables the import writes out: the rows in error with the file's columns and their reasons, to fix and import
 * again, and the template of each kind (headers its own header words read back, one realistic row).
 */
final class ImportFiles {

    private final Messages messages;

    ImportFiles(Messages messages) {
        this.messages = messages;
    }

    /** The file's header and the «Ошибка» column. */
    List<String> errorHeader(List<String> header) {
        List<String> out = new ArrayList<>(header);
        out.add(messages.get("import.errorColumn"));
        return out;
    }

    /** Each row in error: its cells as the file had them (as many as the header), then its reasons. */
    List<List<Object>> errorRows(List<String> header, List<ImportRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (ImportRow r : rows) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String text = i < r.cells().size() ? r.cells().get(i) : "";
                cells.add(text == null || text.isEmpty() ? null : text);
            }
            cells.add(reasons(r.problems()));
            out.add(cells);
        }
        return out;
    }

    /** «Район: неизвестный район «Алмалинскй» — возможно, «Алмалинский»?; …» */
    String reasons(List<ImportProblem> problems) {
        return problems.stream().map(this::reason).collect(Collectors.joining("; "));
    }

    String reason(ImportProblem p) {
        String text = messages.get(p.messageKey(), p.args().toArray());
        return p.column() == null ? text : messages.get("import.error.inColumn", p.column(), text);
    }

    /** The bundle's names of the fields live under this prefix (see {@link ImportField#key()}). */
    private static final String FIELD_NAMES = "import.field";

    /** A field's name as the mapping and the preview's «what changes» show it. */
    String fieldName(ImportField field) {
        return messages.get(FIELD_NAMES + field.key().substring(FIELD_NAMES.length()));
    }

    /** The bundle's text of {@code key}. */
    String text(String key) {
        return messages.get(key);
    }

    /** «Новая запись», «Изменение», «Без изменений», «Ошибка». */
    String actionName(ImportAction action) {
        return messages.of("import.action", action);
    }

    /** The template's sheet: «Школы», «Камеры», «Сотрудники». */
    String sheetName(ImportKind kind) {
        return messages.of("import.kind", kind);
    }

    /** The template's header: each field's Russian name as a list heads it. Cameras one row per camera. */
    static List<String> templateHeader(ImportKind kind) {
        return templateFields(kind).stream().map(HeaderWords::title).toList();
    }

    static List<ImportField> templateFields(ImportKind kind) {
        return ImportField.of(kind).stream()
                .filter(f -> f != ImportField.CAMERA_OUTDOOR_COUNT && f != ImportField.CAMERA_INDOOR_COUNT)
                .toList();
    }

    /** One row as a unit's list would have it, in the fields' order of {@link #templateHeader}. */
    List<Object> templateRow(ImportKind kind) {
        return switch (kind) {
            case SCHOOLS -> List.of(175, messages.get("import.sample.schoolName"), messages.get("ref.district.almaly"),
                    messages.of("school.type", SchoolType.GENERAL), messages.of("school.ownership", Ownership.STATE),
                    messages.of("school.language", TeachingLanguage.KAZAKH_RUSSIAN), messages.get("import.sample.address"),
                    messages.get("import.sample.director"), "+7 727 292 17 05", 1250);
            case CAMERAS -> List.of(175, messages.of("camera.placement", CameraPlacement.OUTDOOR),
                    messages.of("camera.area", CameraViewArea.ENTRANCE), messages.of("camera.status", CameraStatus.WORKING),
                    "Hikvision DS-2CD2043G2-I", LocalDate.of(2024, 8, 20), messages.get("import.sample.yes"),
                    messages.get("import.sample.cameraNote"));
            case OFFICERS -> List.of("100123", messages.get("import.sample.lastName"), messages.get("import.sample.firstName"),
                    messages.get("import.sample.middleName"), messages.get("ref.rank.captain"), messages.get("ref.district.almaly"),
                    "+7 701 123 45 67", messages.get("import.sample.yes"));
        };
    }
}
