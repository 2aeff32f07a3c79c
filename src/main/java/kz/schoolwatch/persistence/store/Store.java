// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import kz.schoolwatch.persistence.security.DatabaseKey;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;

/**
 * What lies under a {@link Database}: the PC's H2 file ({@link H2FileStore}) or the unit's PostgreSQL server
 * ({@link ServerStore}). The queries and the transactions are the same on both; how a save reaches the disk,
 * the file's own operations and the closing are not.
 */
interface Store {

    Engine engine();

    /** The connections jOOQ runs its queries and transactions on. */
    ConnectionProvider connections();

    /** The same connections, for JDBC work outside jOOQ (row counts, Flyway). */
    DataSource dataSource();

    /**
     * Called at the start of each write's transaction with who writes and whether it is a bulk load, for the
     * server's audit triggers; the H2 file's Java triggers learn it from {@code AuditContext} instead.
     */
    default void beginWrite(DSLContext tx, String actor, boolean bulk) {
        // Nothing to tell on the H2 file.
    }

    /** Called after each committed write: makes it survive a power cut or an OS crash. */
    void afterCommit();

    /** Writes any committed change still in memory to the disk (bulk loads that bypass {@link Database#write}). */
    void checkpoint();

    /** An encrypted script of schema and data under {@code key}: the app's own backup. */
    void script(Path target, DatabaseKey key) throws IOException;

    /** The data folder the database lives in. */
    Path folder();

    /** The database file on the disk. */
    Path file();

    /** Closes; {@code compact} rewrites the file without its free space whatever its fill rate (slow on a large one). */
    void close(boolean compact);

    /** Closes without writing anything more to the store, for a database found damaged. */
    void closeWithoutWriting();
}
