// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A centre's attendance in one month: counts only, never names, because minors on police registers and
 * troubled families are restricted data. {@code version} is the stored counts' version, 0 while none were
 * entered for the month: two officers entering the same month must not overwrite each other (issue 18).
 */
public record LeisureAttendance(long centreId, String centreName, String districtName, LocalDate month,
                                int registeredTeenagers, int troubledFamilyChildren, int version) {

    /** The same month as saved with these counts: the version counted up by one. */
    public LeisureAttendance saved(int teenagers, int children) {
        return new LeisureAttendance(centreId, centreName, districtName, month, teenagers, children, version + 1);
    }

    /** Other counts at the same version (what the form holds). */
    public LeisureAttendance withCounts(int teenagers, int children) {
        return new LeisureAttendance(centreId, centreName, districtName, month, teenagers, children, version);
    }
}
