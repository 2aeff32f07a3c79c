// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/** What an officer types for a visit; any field may still be missing until validated. */
public record VisitDraft(Long officerId, Long schoolId, LocalDateTime visitedAt, Integer purposeId,
                         String findings, String agreedActions) {
}
