// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections from the pool, with one repair: when a file write fails (a full disk), H2 closes the database,
 * and the pooled connections handed out next fail with 90098 "database has been closed". Taking a new one
 * then opens the database again from its file, so the user's next attempt, once there is space, succeeds
 * instead of repeating the error. Before that, the part-written block the failed write may have left is cut
 * ({@link TornTail}), or the reopened database could miss the last acknowledged save.
 */
record ReopeningConnections(JdbcConnectionPool pool, Path file) implements ConnectionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ReopeningConnections.class);

    @Override
    public Connection acquire() {
        // Each idle connection of the pool may have died with the database; each failure drops one.
        for (int attempt = 0; ; attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED || attempt >= pool.getMaxConnections()) {
                    throw new DataAccessException("Error getting connection from the pool", e);
                }
                LOG.warn("The database had closed itself after a failed write; opening it again");
                TornTail.trimQuietly(file);
            }
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Error closing connection", e);
        }
    }
}
