// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * A centre's attendance in one month: counts only, never names, because minors on police registers and
 * troubled families are restricted data.
 */
public record LeisureAttendance(long centreId, String centreName, String districtName, LocalDate month,
                                int registeredTeenagers, int troubledFamilyChildren) {
}
