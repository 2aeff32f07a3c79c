// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** A check's finding for one requirement item. {@code id} is null until saved. */
public record InspectionFinding(Long id, RequirementItem item, FindingResult result, String note) {
}
