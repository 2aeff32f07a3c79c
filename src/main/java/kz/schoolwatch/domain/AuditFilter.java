// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;

/** What the audit screen shows: a period (inclusive), and optionally one login, one action, one table. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String subject) {
}
