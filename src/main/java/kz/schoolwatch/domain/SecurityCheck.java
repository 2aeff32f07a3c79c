// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.Map;

/** A security check of a school: who, when, each item's finding and remarks. {@code id} is null until saved. */
public record SecurityCheck(Long id, long schoolId, Long officerId, String officerName, LocalDate checkedOn,
                            Map<CheckItem, CheckResult> findings, String remarks) {

    public SecurityCheck {
        findings = Map.copyOf(findings);
    }
}
