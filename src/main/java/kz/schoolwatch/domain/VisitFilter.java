// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * Which visits a table shows. Null parts do not filter. The period runs from {@code from} to {@code to},
 * both days included.
 */
public record VisitFilter(Long officerId, Long schoolId, Integer districtId, LocalDate from, LocalDate to) {

    public static VisitFilter all() {
        return new VisitFilter(null, null, null, null, null);
    }

    public static VisitFilter ofSchool(long schoolId) {
        return new VisitFilter(null, schoolId, null, null, null);
    }

    /** The calendar month holding {@code day}. */
    public static VisitFilter month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new VisitFilter(null, null, null, first, first.plusMonths(1).minusDays(1));
    }
}
