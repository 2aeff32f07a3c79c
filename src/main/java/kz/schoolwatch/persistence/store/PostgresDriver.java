// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;

/**
 * The PostgreSQL JDBC driver, reached by its URL: the driver is a run-time dependency only, so nothing of
 * SchoolWatch compiles against it and the code speaks plain JDBC to both engines.
 */
final class PostgresDriver {

    private static final String DRIVER = "org.postgresql.Driver";
    private static final String PASSWORD_UTIL = "org.postgresql.util.PasswordUtil";

    private PostgresDriver() {
    }

    /**
     * The pool's settings for {@code address} as {@code login}: a few connections for one PC (one of them held by
     * the listener of other PCs' changes), a five-second wait
     * for one (an unreachable server is told quickly, not after the default half minute), and a failed first
     * connection refused at once, with the server's reason. The pool keeps the password as a string for every new
     * connection; the caller's array may be wiped once this returns. {@code applicationName} names this copy of
     * the program in the server's pg_stat_activity.
     */
    static HikariConfig pool(ServerAddress address, String login, char[] password, String applicationName) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(DRIVER);
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(login);
        config.setPassword(new String(password));
        Properties properties = address.driverProperties();
        properties.setProperty("ApplicationName", applicationName);
        config.setDataSourceProperties(properties);
        config.setPoolName("schoolwatch-server");
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        return config;
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

    /** One connection of its own, outside the pool: the listener of other PCs' changes holds it. */
    static Connection connect(ServerAddress address, String login, String password) throws SQLException {
        try {
            Class.forName(DRIVER);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The PostgreSQL driver is missing from the class path", e);
        }
        Properties p = address.driverProperties();
        p.setProperty("user", login);
        p.setProperty("password", password);
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }
}
