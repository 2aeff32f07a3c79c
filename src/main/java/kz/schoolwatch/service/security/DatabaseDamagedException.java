// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

/**
 * The password was right but the database file is damaged. Carries what the user may do about it; whoever
 * catches it owns {@link #damaged()} and must close it (or hand on the session a restore returns).
 */
public final class DatabaseDamagedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DamagedDatabase damaged;

    DatabaseDamagedException(DamagedDatabase damaged, Throwable cause) {
        super("The database file is damaged", cause);
        this.damaged = damaged;
    }

    public DamagedDatabase damaged() {
        return damaged;
    }
}
