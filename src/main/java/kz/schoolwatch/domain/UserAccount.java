// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDateTime;

/**
 * A person who signs in.
 *
 * @param officerId  the officer this account records work as (inspectors and heads), or null
 * @param districtId the district a head is responsible for, or null
 */
public record UserAccount(long id, String login, String fullName, Role role, Long officerId, Integer districtId,
                          boolean enabled, boolean mustChangePassword, LocalDateTime lastLoginAt) {

    public boolean can(Permission p) {
        return role.can(p);
    }
}
