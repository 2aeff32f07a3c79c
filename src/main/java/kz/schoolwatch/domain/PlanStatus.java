// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** Where a school stands in the inspection plan, the most urgent first. */
public enum PlanStatus {
    /** Its next check's day has passed. */
    OVERDUE,
    /** It was never checked: due at once. */
    NEVER_CHECKED,
    /** Its next check falls within the period shown (this month or quarter). */
    DUE,
    /** Not due within the period. */
    NOT_DUE
}
