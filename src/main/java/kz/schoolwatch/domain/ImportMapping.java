// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file fills which field: a column index (0-based, as in the header) per field. Proposed from
 * the header's words, corrected by the user, remembered for the next file with the same header.
 */
public record ImportMapping(ImportKind kind, Map<ImportField, Integer> columns) {

    public ImportMapping {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        columns.forEach((f, c) -> {
            if (f.kind() != kind) {
                throw new IllegalArgumentException(f + " is not a field of " + kind);
            }
            if (c != null) {
                copy.put(f, c);
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The same mapping with {@code field} read from {@code column}, or from no column when it is null. */
    public ImportMapping with(ImportField field, Integer column) {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        if (column == null) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new ImportMapping(kind, copy);
    }

    /** Cameras given as counts per school (outdoor, indoor) rather than one row per camera. */
    public boolean camerasAsCounts() {
        return has(ImportField.CAMERA_OUTDOOR_COUNT) || has(ImportField.CAMERA_INDOOR_COUNT);
    }
}
