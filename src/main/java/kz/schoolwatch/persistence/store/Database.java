// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.audit.AuditContext;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.audit.AuditTriggers;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one embedded H2 database file of a data folder, encrypted with AES under a random key. Opening it takes
 * the instance lock, refuses a database from a newer SchoolWatch, migrates an older one with the bundled Flyway
 * migrations, and makes sure every table's changes go to the audit trail.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * The newest migration in {@code db/common} and {@code db/<engine>} (V{n}__…). A test keeps it equal to the files. Knowing it lets
     * start-up skip Flyway's classpath scan when the database is already current, which saves most of a second.
     */
    public static final int SCHEMA_VERSION = 6;

    /** Closing compacts the file when less of it than this is live data. */
    private static final int COMPACT_BELOW_PERCENT = 50;

    private final Path folder;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private volatile String actor;
    private boolean closed;
    /**
     * A connection held from the opening on, for {@link #closeWithoutWriting}: when a read meets damaged bytes, H2
     * closes the store at once, and a new connection from the pool would open the file again, which writes to it.
     */
    private final Connection held;

    /** {@code lock} is null only for {@link OpeningRehearsal}'s database in memory, which is never closed through here. */
    Database(Path folder, InstanceLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.lock = lock;
        this.pool = pool;
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
        this.dsl = DSL.using(new ReopeningConnections(pool, file()), SQLDialect.H2, settings);
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

    /**
     * Opens (creating if needed) the encrypted database in {@code folder} with its key and brings its schema up
     * to date. The key is copied into the connection pool's data source; the caller may close its own copy.
     *
     * @throws DatabaseOpenException when another copy holds it, it is newer than this program, it is a file of
     *                               another H2 version or not H2 at all, the key does not fit, or it is unreadable
     */
    public static Database open(Path folder, DatabaseKey key) throws DatabaseOpenException {
        return open(folder, H2Url.forFolder(folder), key);
    }

    /**
     * Opens the database of {@code folder} through {@code url}, which names the same file, possibly behind an H2
     * file-system wrapper: the reliability tests put a disk that fills up under the real write path this way.
     */
    static Database open(Path folder, String url, DatabaseKey key) throws DatabaseOpenException {
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
            if (current > SCHEMA_VERSION) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.TOO_NEW, Integer.toString(current), null);
            }
            if (current < SCHEMA_VERSION) {
                SchemaHistory.migrate(pool, Engine.H2);
            }
            try (Connection c = pool.getConnection()) {
                AuditTriggers.install(c);
            }
            return new Database(folder, lock, pool);
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

    /** jOOQ over this database, for reads and for writes that manage their own transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs a read. Kept as a seam so reads and writes stay visibly apart in repositories. */
    public <T> T read(Function<DSLContext, T> query) {
        return query.apply(dsl);
    }

    /**
     * Runs {@code work} in one transaction (with the audit entries its triggers add) and, once it has committed,
     * asks the operating system to put the file on the disk. With the URL's {@code WRITE_DELAY=0} the commit has
     * already written its chunk to the file, which is enough to survive the process being killed; the sync also
     * carries the save through a power cut or an OS crash, for about 2 ms. Why {@code REUSE_SPACE=FALSE} too:
     * docs/RELIABILITY.md.
     */
    public synchronized <T> T write(TransactionalCallable<T> work) {
        // One writer at a time: the audit trail's hash chain needs each entry to see the one before it.
        AuditContext.begin(actor, false);
        try {
            T result = dsl.transactionResult(work);
            dsl.execute("CHECKPOINT SYNC");
            return result;
        } finally {
            AuditContext.end();
        }
    }

    /**
     * A write of many rows made by the program itself (the demo city, a generated data set): its rows are not
     * audited one by one; one entry in the same transaction records what was done instead.
     */
    public synchronized <T> T writeBulk(String what, TransactionalCallable<T> work) {
        AuditContext.begin(actor, true);
        try {
            T result = dsl.transactionResult(cfg -> {
                T r = work.run(cfg);
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(actor, "BULK", what, null, null, null, null));
                return r;
            });
            dsl.execute("CHECKPOINT SYNC");
            return result;
        } finally {
            AuditContext.end();
        }
    }

    /** Who is signed in: every change written from now on is recorded in the audit trail under this login. */
    public void setActor(String login) {
        this.actor = login;
    }

    public String actor() {
        return actor;
    }

    /**
     * Writes schema and data to {@code target} as a deflated, AES-encrypted script under {@code key}. Holds the
     * write lock, so the script shows one moment between two saves.
     */
    public synchronized void script(Path target, DatabaseKey key) throws IOException {
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

    /** Rows per table, for checks that a backup holds everything. */
    public Map<String, Long> rowCounts() {
        try {
            return Backups.rowCounts(pool);
        } catch (SQLException e) {
            throw new DataAccessException("counting rows failed", e);
        }
    }

    /** Writes any committed change that is still in memory to the database file (bulk loads that bypass {@link #write}). */
    public void checkpoint() {
        dsl.execute("CHECKPOINT");
    }

    /** The data folder this database lives in. */
    public Path folder() {
        return folder;
    }

    /** The H2 file on disk. */
    public Path file() {
        return folder.resolve(H2Url.FILE_NAME + ".mv.db");
    }

    /**
     * Closes the database. With space reuse off (see {@code h2.flags}) the file only grows while it is open; when
     * less than half of it is live data, closing rewrites it compactly, which takes well under a second for an
     * office's data and is safe against a kill (H2 writes a new file and swaps it in).
     */
    @Override
    public void close() {
        shutdown(mostlyFreeSpace() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
    }

    private boolean mostlyFreeSpace() {
        try {
            int live = 100;
            for (var r : dsl.fetch("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                live = Math.min(live, Integer.parseInt(r.get(0, String.class)));
            }
            return live < COMPACT_BELOW_PERCENT;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Closes the database and rewrites the file without its free space, whatever its fill rate. Slow on a large
     * file (seconds per gigabyte), so for tools and maintenance.
     */
    public void closeCompacted() {
        shutdown("SHUTDOWN COMPACT");
    }

    /**
     * Closes the database as a power cut would (H2's {@code SHUTDOWN IMMEDIATELY}): no compaction, no rewrite of
     * what the file holds (H2 may only append its closing chunk, as space is never reused), and no new opening of
     * the file if H2 has closed it already. For a file found damaged, which must stay as it is for a restore or an
     * export. Every committed save is already on the disk (see {@link #write}).
     */
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

    private synchronized void shutdown(String command) {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute(command);
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
