// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What is typed for an officer; fields may be missing until validated. */
public record OfficerDraft(Integer rankId, String lastName, String firstName, String middleName, String badgeNumber,
                           Integer districtId, String phone, boolean active) {
}
