// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** The defects inspections keep finding in schools' cameras. */
public enum CameraFaultKind {
    NOT_WORKING, NO_POWER, PARTIAL_COVERAGE, WRONG_PLACE, SHORT_ARCHIVE, POOR_PICTURE, OTHER
}
