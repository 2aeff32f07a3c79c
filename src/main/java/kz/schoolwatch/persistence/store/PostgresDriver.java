// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.lang.reflect.InvocationTargetException;

import javax.sql.ConnectionPoolDataSource;

/**
 * The PostgreSQL JDBC driver's pooled data source, reached by name: the driver is a run-time dependency only, so
 * nothing of SchoolWatch compiles against it and the code speaks plain JDBC to both engines.
 */
final class PostgresDriver {

    private static final String POOLED_SOURCE = "org.postgresql.ds.PGConnectionPoolDataSource";
    private static final String PASSWORD_UTIL = "org.postgresql.util.PasswordUtil";

    private PostgresDriver() {
    }

    /**
     * A source of physical connections to {@code address} as {@code login}. The driver keeps the password as a
     * string for every new connection; the caller's array may be wiped once this returns.
     */
    static ConnectionPoolDataSource dataSource(ServerAddress address, String login, char[] password) {
        try {
            Object source = Class.forName(POOLED_SOURCE).getConstructor().newInstance();
            set(source, "setURL", address.jdbcUrl());
            set(source, "setUser", login);
            set(source, "setPassword", new String(password));
            // Names the program in the server's pg_stat_activity, beside the login.
            set(source, "setApplicationName", "SchoolWatch");
            return (ConnectionPoolDataSource) source;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The PostgreSQL driver is missing from the class path", e);
        }
    }

    /**
     * The SCRAM-SHA-256 verifier of {@code password} with a fresh salt, as the server stores it: what the program
     * sends when it sets an account's password, so the password itself never reaches the server or its logs.
     */
    static String scramVerifier(char[] password) {
        try {
            // The driver wipes the array it is given; the caller's stays as it was.
            return (String) Class.forName(PASSWORD_UTIL).getMethod("encodeScramSha256", char[].class)
                    .invoke(null, (Object) password.clone());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The PostgreSQL driver could not hash a password", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The PostgreSQL driver is missing from the class path", e);
        }
    }

    private static void set(Object source, String setter, String value) throws ReflectiveOperationException {
        try {
            source.getClass().getMethod(setter, String.class).invoke(source, value);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(setter + " refused its value", e.getCause());
        }
    }
}
