// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * One line of the Schools table: a school with its protection at a glance. Camera counts leave out
 * dismantled cameras; "covered" means at least one working camera.
 */
public record SchoolRow(long id, int number, String name, SchoolType type, long districtId, String district,
                        Long officerId, String officer, int camerasOutdoor, int camerasIndoor, int camerasWorking,
                        boolean panicButton, LocalDate lastCheck, LocalDate guardContractEnd, LocalDate archivedOn) {

    public boolean covered() {
        return camerasWorking > 0;
    }

    public int camerasTotal() {
        return camerasOutdoor + camerasIndoor;
    }

    public boolean archived() {
        return archivedOn != null;
    }

    /** No check yet, or the last one more than {@code overdueDays} before {@code today}. */
    public boolean checkOverdue(LocalDate today, int overdueDays) {
        return lastCheck == null || lastCheck.isBefore(today.minusDays(overdueDays));
    }

    /** Where the guard's contract stands on {@code today}, flagged {@code days} ahead. */
    public GuardContractState guardContract(LocalDate today, int days) {
        return GuardContractState.of(guardContractEnd, today, days);
    }

    /** The guard's contract ends within {@code days} days (or has ended). */
    public boolean guardContractEnding(LocalDate today, int days) {
        return guardContractEnd != null && !guardContractEnd.isAfter(today.plusDays(days));
    }
}
