// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An inspector's own schools as of {@code today}: all of them, those due a visit and those whose security check is
 * overdue, both after the overdue-check days of the settings.
 *
 * @param days the overdue-check days (Settings)
 */
public record MySchools(LocalDate today, int days, List<MySchool> schools) {

    /** Never visited first, then the longest without a visit. */
    private static final Comparator<LocalDate> OLDEST_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public MySchools {
        schools = List.copyOf(schools);
    }

    /** Schools not visited for more than {@link #days()} days, the longest waiting first. */
    public List<MySchool> visitsDue() {
        return schools.stream().filter(s -> s.visitDue(today, days))
                .sorted(Comparator.comparing(MySchool::lastVisit, OLDEST_FIRST).thenComparingInt(MySchool::number)).toList();
    }

    /** Schools whose last security check is older than {@link #days()} days, the longest waiting first. */
    public List<MySchool> checksOverdue() {
        return schools.stream().filter(s -> s.checkOverdue(today, days))
                .sorted(Comparator.comparing(MySchool::lastCheck, OLDEST_FIRST).thenComparingInt(MySchool::number)).toList();
    }
}
