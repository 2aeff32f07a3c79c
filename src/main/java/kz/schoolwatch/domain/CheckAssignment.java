// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A head's order that an officer make a school's next security check by a day. Open until the school's first check
 * on or after {@code assignedOn}. {@code id} is null until saved; {@code version} is the stored row's when read.
 */
public record CheckAssignment(Long id, long schoolId, long officerId, String officerName, LocalDate assignedOn,
                              LocalDate dueBy, String note, int version) {

    public boolean overdue(LocalDate today) {
        return dueBy.isBefore(today);
    }
}
