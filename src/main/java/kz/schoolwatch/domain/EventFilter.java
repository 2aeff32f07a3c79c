// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** Which events a table shows; null parts do not filter. The period includes both days. */
public record EventFilter(Integer typeId, Integer districtId, Long schoolId, Long centreId, LocalDate from, LocalDate to) {

    public static EventFilter month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new EventFilter(null, null, null, null, first, first.plusMonths(1).minusDays(1));
    }
}
