// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** How a fault was closed: the camera repaired, replaced by another, or taken down. */
public enum RepairOutcome {
    REPAIRED, REPLACED, DISMANTLED
}
