// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An order (предписание) to fix a failed finding by a deadline, with where it came from: the school, the
 * requirement, the act and the officer who checked. Open until {@code closedOn}; closed by a follow-up check
 * ({@code closedByCheckId}) or by a recorded fix ({@code closingNote}).
 */
public record CorrectionOrder(long id, long findingId, long schoolId, int schoolNumber, String schoolName,
                              int districtId, RequirementItem item, long checkId, LocalDate checkedOn,
                              Integer actNumber, Integer actYear, long officerId, String officerName,
                              String description, LocalDate deadline, String responsible, LocalDate closedOn,
                              Long closedByCheckId, String closingNote, int version) {

    public boolean open() {
        return closedOn == null;
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return open() && deadline.isBefore(today);
    }

    /** Days past the deadline on {@code today}; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    /** «12/2026», or null for a check without an act number. */
    public String actLabel() {
        return actNumber == null ? null : actNumber + "/" + actYear;
    }
}
