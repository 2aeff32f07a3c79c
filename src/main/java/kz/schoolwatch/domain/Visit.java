// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/** A school visit as the tables show it, with the names of its officer, school and purpose, and its stored version. */
public record Visit(long id, long officerId, String officerName, long schoolId, int schoolNumber, String schoolName,
                    String districtName, LocalDateTime visitedAt, int purposeId, String purposeName,
                    String findings, String agreedActions, int version) {

    /** The fields an editor starts from. */
    public VisitDraft toDraft() {
        return new VisitDraft(officerId, schoolId, visitedAt, purposeId, findings, agreedActions, version);
    }
}
