// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What a spreadsheet brings into SchoolWatch (issue 19). */
public enum ImportKind {
    SCHOOLS,
    /** One row per camera, or one row per school with its outdoor and indoor counts. */
    CAMERAS,
    OFFICERS
}
