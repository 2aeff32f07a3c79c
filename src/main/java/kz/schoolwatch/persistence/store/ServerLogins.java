// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import org.jooq.DSLContext;

/**
 * The accounts' login roles on the unit's server (db/postgresql/V9): each SchoolWatch account is a PostgreSQL
 * login of the same name in its role's group, and the server checks its password. Called by the administrator's
 * program inside the transaction that changes the account's row, so both change or neither.
 */
public final class ServerLogins {

    /**
     * What {@code app_user.password_hash} holds on the server, where the server checks the password: no
     * password hash matches it.
     */
    public static final String PASSWORD_MARKER = "server-login";

    private ServerLogins() {
    }

    /** Sets {@code login}'s password, making its login role if it has none, in the group of its account's role. */
    public static void setPassword(DSLContext tx, String login, char[] password) {
        tx.execute("SELECT schoolwatch_set_login_password(?, ?)", login, PostgresDriver.scramVerifier(password));
    }

    /** Brings {@code login}'s role up to its account's row: the group of its role, and logging in only if enabled. */
    public static void sync(DSLContext tx, String login) {
        tx.execute("SELECT schoolwatch_sync_login(?)", login);
    }

    /** Changes the signed-in account's own password: PostgreSQL lets every login change its own. */
    public static void changeOwnPassword(DSLContext tx, char[] password) {
        // ALTER ROLE takes no bind parameters; the verifier is base64 and '$', ':' only.
        String verifier = PostgresDriver.scramVerifier(password);
        if (!verifier.matches("[A-Za-z0-9+/=$:-]+")) {
            throw new IllegalStateException("unexpected characters in a SCRAM verifier");
        }
        tx.execute("ALTER ROLE CURRENT_USER PASSWORD '" + verifier + "'");
    }
}
