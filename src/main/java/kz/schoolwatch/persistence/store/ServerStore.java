// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SchoolWatch's database on the unit's PostgreSQL server, shared by every SchoolWatch of the unit (issue 17).
 * The server owns its files: it makes each commit durable itself, backs up with its own tools (pg_dump, base
 * backups) and reclaims space with autovacuum, so the H2 file's own operations have nothing to do here.
 * The connections are HikariCP's: a connection is checked before it is handed out and a broken one is dropped,
 * so when the server or the network comes back the next query gets a new connection without a restart.
 */
final class ServerStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(ServerStore.class);
    private static final String APPLICATION = "SchoolWatch";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerAddress address;
    /**
     * This session's connections' application name, "SchoolWatch" and a random tag: the listener of changes knows
     * by it its own saves (already published here) from other PCs'.
     */
    private final String applicationName;
    private final HikariDataSource pool;
    private final ConnectionProvider connections;

    private ServerStore(ServerAddress address, String applicationName, HikariDataSource pool) {
        this.address = address;
        this.applicationName = applicationName;
        this.pool = pool;
        this.connections = new DataSourceConnectionProvider(pool);
    }

    /** See {@link Database#connect}. */
    static ServerStore connect(ServerAddress address, String login, char[] password) throws DatabaseOpenException {
        HikariDataSource pool = null;
        String applicationName = APPLICATION + " " + Long.toHexString(RANDOM.nextLong());
        try {
            pool = new HikariDataSource(PostgresDriver.pool(address, login, password, applicationName));
            int current = SchemaHistory.currentVersion(pool, Engine.POSTGRESQL);
            if (current > Engine.POSTGRESQL.schemaVersion()) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.TOO_NEW, Integer.toString(current), null);
            }
            if (current < Engine.POSTGRESQL.schemaVersion()) {
                if (!ownsTheDatabase(pool)) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_NOT_UPDATED, Integer.toString(current), null);
                }
                SchemaHistory.migrate(pool, Engine.POSTGRESQL);
            }
            return new ServerStore(address, applicationName, pool);
        } catch (SQLException | RuntimeException e) {
            dispose(pool);
            LOG.warn("Could not open the database on {}: {}", address, ErrorSummary.of(e));
            throw refusal(address, e);
        } catch (DatabaseOpenException e) {
            dispose(pool);
            throw e;
        }
    }

    /**
     * Whether the login owns the database (or is a superuser): only the owner migrates it, so that the tables,
     * the triggers and the rights stay the owner's and no account can grant itself more.
     */
    static boolean ownsTheDatabase(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database d"
                     + " WHERE d.datname = current_database()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The reason the user reads: the server unreachable, without TLS, its certificate, the login, or else. */
    static DatabaseOpenException refusal(ServerAddress address, Exception e) {
        String hostPort = address.host() + ":" + address.port();
        return ServerFailure.of(e).map(f -> switch (f) {
            case UNREACHABLE -> new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_UNREACHABLE, hostPort, e);
            case NO_TLS -> new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_WITHOUT_TLS, hostPort, e);
            case CERTIFICATE -> new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_CERTIFICATE,
                    address.caFile() == null ? hostPort : address.caFile().toString(), e);
            case LOGIN_REFUSED -> new DatabaseOpenException(DatabaseOpenException.Reason.LOGIN_REFUSED, hostPort, e);
        }).orElseGet(() -> new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, address.toString(), e));
    }

    private static void dispose(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }

    /**
     * Whether the server lets {@code login} in with {@code password}, asked on one connection of its own that is
     * closed at once: the idle lock's check, since the server alone knows the password.
     *
     * @throws SQLException when the server cannot be reached or refuses for another reason
     */
    boolean passwordFits(String login, char[] password) throws SQLException {
        try (Connection c = PostgresDriver.connect(address, login, new String(password))) {
            return c.isValid(2);
        } catch (SQLException e) {
            if (ServerFailure.of(e).filter(f -> f == ServerFailure.LOGIN_REFUSED).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /** Starts hearing other SchoolWatches' changes; see {@link ServerChangeListener}. */
    AutoCloseable listen(Consumer<Set<String>> tablesChanged) {
        return ServerChangeListener.start(pool, applicationName, tablesChanged);
    }

    /** Where this store's database is. */
    ServerAddress address() {
        return address;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public ConnectionProvider connections() {
        return connections;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Tells the server's audit triggers, for this transaction only, who writes and whether the rows are a bulk
     * load. The server heeds both only from the owner's login (the set-up, the demo city on a test server): any
     * other login is recorded as itself, row by row.
     */
    @Override
    public void beginWrite(DSLContext tx, String actor, boolean bulk) {
        tx.select(DSL.function("set_config", String.class, DSL.val("schoolwatch.actor"), DSL.val(actor == null ? "" : actor),
                        DSL.inline(true)),
                DSL.function("set_config", String.class, DSL.val("schoolwatch.bulk"), DSL.val(bulk ? "on" : "off"),
                        DSL.inline(true)))
                .fetch();
    }

    /** Nothing to add: the server's commit returns once its write-ahead log is on the server's disk. */
    @Override
    public void afterCommit() {
        // The server's synchronous_commit already did it.
    }

    /** Nothing to do: the server writes committed changes to its log itself, whoever made them. */
    @Override
    public void checkpoint() {
        // The server's business (its own CHECKPOINT, run by its administrator if ever needed).
    }

    /** Refused: the server's backups are the server's (pg_dump, base backups), not the PC program's. */
    @Override
    public void script(Path target, DatabaseKey key) {
        throw new UnsupportedOperationException("The database on " + address
                + " is backed up on the server (pg_dump or base backups), not by SchoolWatch");
    }

    /** Refused: the data lives on the server, in no folder of this PC. */
    @Override
    public Path folder() {
        throw new UnsupportedOperationException("The database on " + address + " has no data folder on this PC");
    }

    /** Refused: the data lives on the server, in no file of this PC. */
    @Override
    public Path file() {
        throw new UnsupportedOperationException("The database on " + address + " has no file on this PC");
    }

    /** Closes this PC's connections; {@code compact} asks nothing of the server, whose autovacuum reclaims space. */
    @Override
    public void close(boolean compact) {
        pool.close();
    }

    /** Closes this PC's connections: closing them writes nothing to the server. */
    @Override
    public void closeWithoutWriting() {
        pool.close();
    }
}
