// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/** One applicable requirement of a school, judged: met, not met or unknown, with the reasons for the last two. */
public record ItemCompliance(RequirementItem item, ComplianceStatus status, List<ComplianceReason> reasons) {

    public ItemCompliance {
        reasons = List.copyOf(reasons);
    }

    public static ItemCompliance met(RequirementItem item) {
        return new ItemCompliance(item, ComplianceStatus.MET, List.of());
    }
}
