// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/** A school's compliance on a date: each requirement that applies to it, judged. */
public record SchoolCompliance(long schoolId, int schoolNumber, String schoolName, int districtId, LocalDate asOf,
                               List<ItemCompliance> items) {

    public SchoolCompliance {
        items = List.copyOf(items);
    }

    /** Not met when any item is not met; unknown when none is not met but some could not be judged; else met. */
    public ComplianceStatus status() {
        ComplianceStatus overall = ComplianceStatus.MET;
        for (ItemCompliance i : items) {
            if (i.status() == ComplianceStatus.NOT_MET) {
                return ComplianceStatus.NOT_MET;
            }
            if (i.status() == ComplianceStatus.UNKNOWN) {
                overall = ComplianceStatus.UNKNOWN;
            }
        }
        return overall;
    }

    public long count(ComplianceStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
