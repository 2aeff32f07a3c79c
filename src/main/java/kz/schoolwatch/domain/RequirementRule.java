// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * How the program judges a requirement from a school's data (service.compliance.ComplianceRules). A new law adds
 * items with these rules; a rule the program does not know yet needs a new version of it.
 */
public enum RequirementRule {
    /** At least one camera in order. */
    VIDEO_SURVEILLANCE,
    /** A camera in order at each of the school's entrances (zone ENTRANCE, numbered 1..entrances). */
    CAMERA_AT_EVERY_ENTRANCE,
    /** A camera in order on each floor (zone FLOOR, numbered 1..floors). */
    CAMERA_ON_EVERY_FLOOR,
    /** A camera in order over the courtyard and perimeter. */
    CAMERA_COVERS_GROUNDS,
    /** Every camera's recordings kept at least the item's threshold in days. */
    ARCHIVE_DAYS,
    /** No camera with an open fault. */
    CAMERAS_IN_ORDER,
    /** Every camera connected to the police ЦОУ. */
    CAMERAS_TO_COU,
    /** A panic button that reaches the guard and the ЦОУ. */
    PANIC_BUTTON,
    /** A licensed guard company with a contract in force. */
    LICENSED_GUARD,
    TURNSTILES,
    WARNING_SYSTEM,
    ACCESS_CONTROL;

    /** Whether the rule needs a figure (the days of recordings). */
    public boolean needsThreshold() {
        return this == ARCHIVE_DAYS;
    }
}
