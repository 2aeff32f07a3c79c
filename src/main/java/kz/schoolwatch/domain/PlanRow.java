// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A school in the inspection plan: its last check, the day the next is due by its type's interval (null when never
 * checked), its status in the period shown, and the open assignment of its next check (null when none).
 */
public record PlanRow(long schoolId, int number, String name, int districtId, String district, SchoolType type,
                      LocalDate lastCheck, LocalDate nextDue, PlanStatus status, CheckAssignment assignment) {

    /** The day the plan puts the school on: the assignment's due day, else the interval's, else today (never checked). */
    public LocalDate plannedOn(LocalDate today) {
        if (assignment != null) {
            return assignment.dueBy();
        }
        return nextDue == null ? today : nextDue;
    }

    public boolean assignedTo(Long officerId) {
        return assignment != null && officerId != null && assignment.officerId() == officerId;
    }
}
