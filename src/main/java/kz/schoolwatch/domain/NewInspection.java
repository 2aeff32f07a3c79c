// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A check by requirement, as the officer confirmed it: a finding for each item of the set in force on the day that
 * applies to the school. {@code followsCheckId}: the earlier check whose orders this one looks at, or null.
 */
public record NewInspection(long schoolId, Long officerId, LocalDate checkedOn, Long followsCheckId,
                            List<InspectionFinding> findings, String remarks) {

    public NewInspection {
        findings = List.copyOf(findings);
    }
}
