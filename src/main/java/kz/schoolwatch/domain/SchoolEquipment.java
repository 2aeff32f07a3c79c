// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/**
 * The security equipment of a school besides cameras (turnstiles since issue 21), as a police check looks at it. {@code version} is the stored
 * row's version when the form opened it, 0 while the school has no row yet (issue 18).
 */
public record SchoolEquipment(long schoolId, boolean panicButton, boolean panicButtonConnected, boolean accessControl,
                              boolean metalDetector, String guardCompany, LocalDate guardContractEnd, boolean paSystem,
                              boolean turnstiles, int version) {

    /** A school with nothing recorded yet. */
    public static SchoolEquipment none(long schoolId) {
        return new SchoolEquipment(schoolId, false, false, false, false, null, null, false, false, 0);
    }

    public boolean hasGuard() {
        return guardCompany != null && !guardCompany.trim().isBlank();
    }
}
