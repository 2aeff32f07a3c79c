// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** One period in which an officer covered a school; {@code to} is null while it lasts. */
public record Assignment(long id, long schoolId, int schoolNumber, String schoolName, long officerId, String officerName,
                         LocalDate from, LocalDate to) {

    public boolean current() {
        return to == null;
    }
}
