// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.persistence.AccountRepository;

/**
 * Accounts on the test server, made by hand as the server's administrator would: a login role and the account's
 * row in app_user. The role is a superuser here (the server's group roles and grants are set up by the server's
 * own migrations); logins are numbered, since roles belong to the whole test server.
 */
public final class ServerAccounts {

    /** The marker the server keeps in place of a password hash: the server checks the password. */
    public static final String NO_HASH = "server";

    private static final AtomicInteger LOGINS = new AtomicInteger();

    private ServerAccounts() {
    }

    /** The password of every account made here. */
    public static final String PASSWORD = "Server-2026-pass";

    /** A new account of {@code role} on the migrated database {@code address}; returns its login. */
    public static String create(ServerAddress address, String fullName, Role role) throws Exception {
        return create(address, fullName, role, false);
    }

    /**
     * A new account of {@code role}; with {@code passwordChecked} the test server checks its password (SCRAM), as
     * the unit's server does, else it trusts the login as it trusts every test login.
     */
    public static String create(ServerAddress address, String fullName, Role role, boolean passwordChecked) throws Exception {
        String login = "officer_" + LOGINS.incrementAndGet() + "_" + ProcessHandle.current().pid();
        if (passwordChecked) {
            PostgresServer.requirePasswordsOfGroup();
        }
        try (Connection c = PostgresServer.superuser(); Statement st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("CREATE ROLE " + login + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
            if (passwordChecked) {
                st.execute("GRANT " + PostgresServer.PASSWORD_CHECKED + " TO " + login);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test server refused the role", e);
        }
        try (Database db = PostgresServer.connect(address)) {
            db.write(cfg -> new AccountRepository(db).insert(cfg.dsl(), new AccountDraft(login, fullName, role, null, null),
                    NO_HASH, false));
        }
        return login;
    }
}
