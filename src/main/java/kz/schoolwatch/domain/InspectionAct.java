// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A check by requirement with everything its act prints: the school, who checked, each finding, the orders issued,
 * and the small pictures of each finding's photos (JPEG bytes by finding id).
 */
public record InspectionAct(long checkId, long schoolId, int schoolNumber, String schoolName, String schoolAddress,
                            String districtName, LocalDate checkedOn, String officerRank, String officerName,
                            int actNumber, int actYear, Long followsCheckId, String remarks,
                            List<InspectionFinding> findings, List<CorrectionOrder> orders,
                            Map<Long, List<byte[]>> thumbnails) {

    public InspectionAct {
        findings = List.copyOf(findings);
        orders = List.copyOf(orders);
        thumbnails = Map.copyOf(thumbnails);
    }

    public String number() {
        return actNumber + "/" + actYear;
    }
}
