// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * What is typed for an officer; fields may be missing until validated. {@code version} is the stored row's version
 * when the form opened it (0 for a new officer): a save over a newer one is refused (issue 18).
 */
public record OfficerDraft(Integer rankId, String lastName, String firstName, String middleName, String badgeNumber,
                           Integer districtId, String phone, boolean active, int version) {
}
