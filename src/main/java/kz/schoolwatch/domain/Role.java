// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.EnumSet;
import java.util.Set;

/** What an account is for; each role grants a fixed set of {@link Permission}s. */
public enum Role {
    /** A school inspector: records own visits and events, sees all schools. */
    INSPECTOR(EnumSet.of(Permission.VIEW_SCHOOLS, Permission.RECORD_OWN_WORK)),
    /** The head of a district unit: everything in the district, and the monthly summaries. */
    HEAD(EnumSet.of(Permission.VIEW_SCHOOLS, Permission.RECORD_OWN_WORK, Permission.RECORD_DISTRICT_WORK,
            Permission.EDIT_SCHOOLS, Permission.MANAGE_OFFICERS, Permission.MANAGE_LEISURE, Permission.RECORD_OFFENCES,
            Permission.MONTHLY_SUMMARY, Permission.IMPORT)),
    /**
     * The administrator: accounts, settings, reference lists, the audit trail and backups. Sees the schools but
     * records no police work: least privilege, as CJIS asks of system administrators.
     */
    ADMIN(EnumSet.of(Permission.VIEW_SCHOOLS, Permission.MANAGE_ACCOUNTS, Permission.MANAGE_SETTINGS,
            Permission.MANAGE_REFERENCE_LISTS, Permission.VIEW_AUDIT, Permission.BACKUPS, Permission.IMPORT,
            Permission.EDIT_REQUIREMENTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean can(Permission p) {
        return permissions.contains(p);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
