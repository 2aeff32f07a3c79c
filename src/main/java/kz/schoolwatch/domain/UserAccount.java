// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/**
 * A person who signs in.
 *
 * @param officerId  the officer this account records work as (inspectors and heads), or null
 * @param districtId the district a head is responsible for, or null
 * @param version    the stored row's version, which the accounts form edits against (issue 18)
 */
public record UserAccount(long id, String login, String fullName, Role role, Long officerId, Integer districtId,
                          boolean enabled, boolean mustChangePassword, LocalDateTime lastLoginAt, int version) {

    /** An account whose version does not matter (the signed-in one). */
    public UserAccount(long id, String login, String fullName, Role role, Long officerId, Integer districtId,
                       boolean enabled, boolean mustChangePassword, LocalDateTime lastLoginAt) {
        this(id, login, fullName, role, officerId, districtId, enabled, mustChangePassword, lastLoginAt, 0);
    }

    public boolean can(Permission p) {
        return role.can(p);
    }

    /** What the accounts form edits of it. */
    public AccountDraft toDraft() {
        return new AccountDraft(login, fullName, role, officerId, districtId, version);
    }
}
