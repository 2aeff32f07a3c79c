// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/** What the accounts form edits. */
public record AccountDraft(String login, String fullName, Role role, Long officerId, Integer districtId) {
}
