// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import javax.sql.DataSource;

import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.audit.AuditTriggers;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded H2 database file of a data folder, encrypted with AES under a random key. Opening it takes
 * the instance lock, refuses a database from a newer SchoolWatch, migrates an older one with the bundled Flyway
 * migrations, and makes sure every table's changes go to the audit trail (H2 runs the program's Java triggers).
 */
final class H2FileStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileStore.class);

    /** Closing compacts the file when less of it than this is live data. */
    private static final int COMPACT_BELOW_PERCENT = 50;

    private final Path folder;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final ConnectionProvider connections;
    private boolean closed;
    /**
     * A connection held from the opening on, for {@link #closeWithoutWriting}: when a read meets damaged bytes, H2
     * closes the store at once, and a new connection from the pool would open the file again, which writes to it.
     */
    private final Connection held;

    /** {@code lock} is null only for {@link OpeningRehearsal}'s database in memory, which is never closed through here. */
    H2FileStore(Path folder, InstanceLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.lock = lock;
        this.pool = pool;
        this.connections = new ReopeningConnections(pool, file());
        Connection c = null;
        if (lock != null) {
            try {
                c = pool.getConnection();
            } catch (SQLException e) {
                LOG.warn("Could not hold a connection: {}", ErrorSummary.of(e));
            }
        }
        this.held = c;
    }

    /** See {@link Database#open(Path, DatabaseKey)}; {@code url} may put an H2 file-system wrapper under the file. */
    static H2FileStore open(Path folder, String url, DatabaseKey key) throws DatabaseOpenException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, folder.toString(), e);
        }
        OwnerOnly.folder(folder);
        InstanceLock lock = InstanceLock.acquire(folder);
        Path file = folder.resolve(H2Url.FILE_NAME + ".mv.db");
        boolean existing = DamageDiagnosis.hasContent(file);
        JdbcConnectionPool pool = null;
        try {
            // Before H2 opens anything read-write: a file of another H2 version or no H2 at all stays untouched.
            FileFormat.check(folder, key);
            // A previous session may have ended right after a write failed half-way (a full disk).
            TornTail.trimQuietly(file);
            pool = JdbcConnectionPool.create(key.dataSource(url));
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            OwnerOnly.file(file);
            int current = SchemaHistory.currentVersion(pool, Engine.H2);
            if (current == 0 && existing) {
                // H2 fell back to an empty state: the newest chunks are unreadable. Migrating would bury them.
                throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED, file.toString(), null);
            }
            if (current > Database.SCHEMA_VERSION) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.TOO_NEW, Integer.toString(current), null);
            }
            if (current < Database.SCHEMA_VERSION) {
                SchemaHistory.migrate(pool, Engine.H2);
            }
            try (Connection c = pool.getConnection()) {
                AuditTriggers.install(c);
            }
            return new H2FileStore(folder, lock, pool);
        } catch (SQLException e) {
            closeQuietly(pool, lock);
            throw DamageDiagnosis.refine(translate(e, folder), file, key);
        } catch (DatabaseOpenException | RuntimeException e) {
            closeQuietly(pool, lock);
            throw e;
        }
    }

    static DatabaseOpenException translate(SQLException e, Path folder) {
        // 90020: "Database may be already in use" — H2's own lock, held by a copy that bypassed ours.
        if (e.getErrorCode() == 90020) {
            return new DatabaseOpenException(DatabaseOpenException.Reason.IN_USE, "", e);
        }
        // 90049 "Encryption error", 28000 "Wrong user name or password": the key does not open this file.
        if (e.getErrorCode() == 90049 || e.getErrorCode() == 28000) {
            return new DatabaseOpenException(DatabaseOpenException.Reason.WRONG_KEY, folder.toString(), e);
        }
        return new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, folder.toString(), e);
    }

    private static void closeQuietly(JdbcConnectionPool pool, InstanceLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    @Override
    public Engine engine() {
        return Engine.H2;
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
     * With the URL's {@code WRITE_DELAY=0} the commit has already written its chunk to the file, which is enough
     * to survive the process being killed; the sync also carries the save through a power cut or an OS crash, for
     * about 2 ms. Why {@code REUSE_SPACE=FALSE} too: docs/RELIABILITY.md.
     */
    @Override
    public void afterCommit() {
        execute("CHECKPOINT SYNC");
    }

    @Override
    public void checkpoint() {
        execute("CHECKPOINT");
    }

    private void execute(String command) {
        try (Connection c = connections.acquire(); Statement st = c.createStatement()) {
            st.execute(command);
        } catch (SQLException e) {
            throw new DataAccessException(command + " failed", e);
        }
    }

    /** A deflated, AES-encrypted H2 script ({@code SCRIPT … CIPHER AES}) under the key's file password. */
    @Override
    public void script(Path target, DatabaseKey key) throws IOException {
        char[] password = key.filePassword();
        try (Connection c = pool.getConnection();
             var st = c.prepareStatement("SCRIPT TO ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
            st.setString(1, target.toAbsolutePath().toString());
            st.setString(2, new String(password));
            st.execute();
        } catch (SQLException e) {
            throw new IOException("SCRIPT failed with H2 error " + e.getErrorCode(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path file() {
        return folder.resolve(H2Url.FILE_NAME + ".mv.db");
    }

    /**
     * With space reuse off (see {@code h2.flags}) the file only grows while it is open; when less than half of it
     * is live data, closing rewrites it compactly, which takes well under a second for an office's data and is
     * safe against a kill (H2 writes a new file and swaps it in).
     */
    @Override
    public synchronized void close(boolean compact) {
        shutdown(compact || mostlyFreeSpace() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
    }

    private boolean mostlyFreeSpace() {
        if (closed) {
            return false;
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int live = 100;
            while (rs.next()) {
                live = Math.min(live, Integer.parseInt(rs.getString(1)));
            }
            return live < COMPACT_BELOW_PERCENT;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * H2's {@code SHUTDOWN IMMEDIATELY}, as a power cut would close it: no compaction, no rewrite of what the file
     * holds (H2 may only append its closing chunk, as space is never reused), and no new opening of the file if H2
     * has closed it already. Every committed save is already on the disk (see {@link #afterCommit}).
     */
    @Override
    public synchronized void closeWithoutWriting() {
        if (closed) {
            return;
        }
        closed = true;
        if (held != null) {
            try (var st = held.createStatement()) {
                st.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException e) {
                // 90098: H2 had already closed the store when it met the damage; nothing is left to close.
                LOG.info("Closing the damaged database: {}", e.getErrorCode());
            }
        }
        closeHeld();
        pool.dispose();
        lock.close();
    }

    private void closeHeld() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                // Closed with the database.
            }
        }
    }

    private void shutdown(String command) {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute(command);
        } catch (SQLException e) {
            LOG.warn("Database shutdown failed: {}", ErrorSummary.of(e));
        }
        closeHeld();
        pool.dispose();
        if (lock != null) {
            // SHUTDOWN COMPACT writes a new file in place of the old one, with the default rights.
            OwnerOnly.file(file());
        }
        lock.close();
    }
}
