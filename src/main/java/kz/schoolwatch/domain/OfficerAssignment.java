// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** A period in which an officer covered a school; {@code to} is null for the current one. */
public record OfficerAssignment(long officerId, String officer, LocalDate from, LocalDate to) {

    public boolean current() {
        return to == null;
    }
}
