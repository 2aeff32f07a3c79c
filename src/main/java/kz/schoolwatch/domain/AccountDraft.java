// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

/**
 * What the accounts form edits; never a password or its hash. {@code version} is the stored account's version
 * when its form opened (0 for a new one): a save over a newer one is refused (issue 18).
 */
public record AccountDraft(String login, String fullName, Role role, Long officerId, Integer districtId, int version) {

    /** A new account's draft. */
    public AccountDraft(String login, String fullName, Role role, Long officerId, Integer districtId) {
        this(login, fullName, role, officerId, districtId, 0);
    }
}
