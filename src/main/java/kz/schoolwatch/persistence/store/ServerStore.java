// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcConnectionPool;
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
 */
final class ServerStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(ServerStore.class);

    private final ServerAddress address;
    private final JdbcConnectionPool pool;
    private final ConnectionProvider connections;

    private ServerStore(ServerAddress address, JdbcConnectionPool pool) {
        this.address = address;
        this.pool = pool;
        this.connections = new DataSourceConnectionProvider(pool);
    }

    /** See {@link Database#connect}. */
    static ServerStore connect(ServerAddress address, String login, char[] password) throws DatabaseOpenException {
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(PostgresDriver.dataSource(address, login, password));
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
            return new ServerStore(address, pool);
        } catch (SQLException | RuntimeException e) {
            dispose(pool);
            LOG.warn("Could not open the database on {}: {}", address, ErrorSummary.of(e));
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, address.toString(), e);
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

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
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

    /** Tries a connection of its own as {@code login}; a refused password or a disabled login is a no. */
    @Override
    public boolean acceptsPassword(String login, char[] password) {
        try {
            PostgresDriver.dataSource(address, login, password).getPooledConnection().close();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                return false;
            }
            throw new DataAccessException("could not reach " + address + " to check a password", e);
        }
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
        pool.dispose();
    }

    /** Closes this PC's connections: closing them writes nothing to the server. */
    @Override
    public void closeWithoutWriting() {
        pool.dispose();
    }
}
