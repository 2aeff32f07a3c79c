// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A school an inspector is assigned to today, with what their landing screen tells of it.
 *
 * @param cameras        cameras in place (working and faulty, not dismantled)
 * @param workingCameras of them, those working
 * @param lastVisit      the day of the school's latest visit by anybody, or null if it was never visited
 * @param lastCheck      the day of its latest security check, or null if it was never checked
 */
public record MySchool(long id, int number, String name, String district, int cameras, int workingCameras, LocalDate lastVisit,
                       LocalDate lastCheck) {

    /** Not visited for more than {@code days} days (or never): a visit is due. */
    public boolean visitDue(LocalDate today, int days) {
        return lastVisit == null || lastVisit.isBefore(today.minusDays(days));
    }

    /** Its last security check older than {@code days} days (or none): the same rule as the school card's. */
    public boolean checkOverdue(LocalDate today, int days) {
        return lastCheck == null || lastCheck.isBefore(today.minusDays(days));
    }
}
