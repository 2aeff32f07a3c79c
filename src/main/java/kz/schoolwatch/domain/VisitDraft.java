// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/**
 * What an officer types for a visit; any field may still be missing until validated. {@code version} is the stored
 * row's version when the form opened it (0 for a new visit): a save over a newer one is refused (issue 18).
 */
public record VisitDraft(Long officerId, Long schoolId, LocalDateTime visitedAt, Integer purposeId,
                         String findings, String agreedActions, int version) {
}
