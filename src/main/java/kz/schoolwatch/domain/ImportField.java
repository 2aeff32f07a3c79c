// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A field a column of an imported file can fill. Its name in the UI is the bundle key {@code import.field.<name>}
 * (lower camel case of the constant, see {@link #key()}); the header words that propose it live in the service.
 */
public enum ImportField {
    SCHOOL_NUMBER(ImportKind.SCHOOLS, true),
    SCHOOL_NAME(ImportKind.SCHOOLS, false),
    SCHOOL_DISTRICT(ImportKind.SCHOOLS, false),
    SCHOOL_TYPE(ImportKind.SCHOOLS, false),
    SCHOOL_OWNERSHIP(ImportKind.SCHOOLS, false),
    SCHOOL_LANGUAGE(ImportKind.SCHOOLS, false),
    SCHOOL_ADDRESS(ImportKind.SCHOOLS, false),
    SCHOOL_DIRECTOR(ImportKind.SCHOOLS, false),
    SCHOOL_PHONE(ImportKind.SCHOOLS, false),
    SCHOOL_PUPILS(ImportKind.SCHOOLS, false),
    /** The building (issue 21): entrances and floors the requirements count cameras against. */
    SCHOOL_ENTRANCES(ImportKind.SCHOOLS, false),
    SCHOOL_FLOORS(ImportKind.SCHOOLS, false),

    CAMERA_SCHOOL_NUMBER(ImportKind.CAMERAS, true),
    /** One row per camera: where it hangs. */
    CAMERA_PLACEMENT(ImportKind.CAMERAS, false),
    CAMERA_VIEW_AREA(ImportKind.CAMERAS, false),
    CAMERA_STATUS(ImportKind.CAMERAS, false),
    CAMERA_MODEL(ImportKind.CAMERAS, false),
    CAMERA_INSTALLED_ON(ImportKind.CAMERAS, false),
    CAMERA_CONNECTED(ImportKind.CAMERAS, false),
    CAMERA_NOTE(ImportKind.CAMERAS, false),
    /** One row per school: how many cameras hang outside. */
    CAMERA_OUTDOOR_COUNT(ImportKind.CAMERAS, false),
    CAMERA_INDOOR_COUNT(ImportKind.CAMERAS, false),

    OFFICER_BADGE(ImportKind.OFFICERS, true),
    OFFICER_LAST_NAME(ImportKind.OFFICERS, false),
    OFFICER_FIRST_NAME(ImportKind.OFFICERS, false),
    OFFICER_MIDDLE_NAME(ImportKind.OFFICERS, false),
    OFFICER_RANK(ImportKind.OFFICERS, false),
    OFFICER_DISTRICT(ImportKind.OFFICERS, false),
    OFFICER_PHONE(ImportKind.OFFICERS, false),
    OFFICER_ACTIVE(ImportKind.OFFICERS, false);

    private final ImportKind kind;
    private final boolean key;

    ImportField(ImportKind kind, boolean key) {
        this.kind = kind;
        this.key = key;
    }

    public ImportKind kind() {
        return kind;
    }

    /** The field a row is matched by (school number, badge number): every row needs it. */
    public boolean isKey() {
        return key;
    }

    /** The bundle key of the field's name: {@code import.field.schoolNumber}. */
    public String key() {
        StringBuilder b = new StringBuilder("import.field.");
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    public static List<ImportField> of(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
