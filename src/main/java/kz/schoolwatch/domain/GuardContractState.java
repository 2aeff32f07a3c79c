// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * Where a school's guard contract stands on a given day. An expired contract means the school is unguarded now,
 * which is worse than one that ends soon: lists and the card tell the two apart (red and orange).
 */
public enum GuardContractState {
    /** No end date recorded. */
    NONE,
    /** Runs past the warning period. */
    VALID,
    /** Ends within the warning period (the end day itself included: a contract holds through its last day). */
    ENDING_SOON,
    /** Its last day has passed. */
    EXPIRED;

    /** Contracts ending within this many days are flagged. */
    public static final int WARNING_DAYS = 30;

    /** The state on {@code today} of a contract running through {@code end}, flagged {@code warningDays} ahead. */
    public static GuardContractState of(LocalDate end, LocalDate today, int warningDays) {
        if (end == null) {
            return NONE;
        }
        if (end.isBefore(today)) {
            return EXPIRED;
        }
        return end.isAfter(today.plusDays(warningDays)) ? VALID : ENDING_SOON;
    }
}
