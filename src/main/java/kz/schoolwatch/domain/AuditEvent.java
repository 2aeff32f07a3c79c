// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/**
 * One entry of the audit trail: who did what, when, to which record, with the values before and after (JSON
 * of the changed columns).
 */
public record AuditEvent(long id, LocalDateTime at, String actor, String action, String subject, String subjectKey,
                         String before, String after, String detail) {
}
