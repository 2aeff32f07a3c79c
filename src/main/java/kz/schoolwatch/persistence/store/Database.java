// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import kz.schoolwatch.persistence.audit.AuditContext;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * SchoolWatch's database, on either engine: the PC's encrypted H2 file ({@link #open}) or the unit's PostgreSQL
 * server ({@link #connect}). The repositories query it through jOOQ alike; writes go through {@link #write}, one
 * at a time, each made durable before it returns.
 */
public final class Database implements AutoCloseable {

    /**
     * The newest migration of the PC's H2 file ({@code db/common} and {@code db/h2}); the server's is
     * {@link Engine#schemaVersion()}. Knowing it lets start-up skip Flyway's classpath scan when the database is
     * already current, which saves most of a second.
     */
    public static final int SCHEMA_VERSION = 21;

    private final Store store;
    private final DSLContext dsl;
    private volatile String actor;

    private Database(Store store) {
        this.store = store;
        this.dsl = DSL.using(store.connections(), store.engine().dialect(), settings(store.engine()));
    }

    /** {@link OpeningRehearsal}'s database in memory, without a lock, never closed through here. */
    Database(Path folder, InstanceLock lock, JdbcConnectionPool pool) {
        this(new H2FileStore(folder, lock, pool));
    }

    /**
     * The generated jOOQ classes carry H2's upper-case names, quoted. PostgreSQL folds the migrations' unquoted
     * names to lower case, so on the server every name is rendered in lower case, still quoted (a column such as
     * {@code position} or {@code action} stays safe from the keywords).
     */
    private static Settings settings(Engine engine) {
        Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
        return engine == Engine.POSTGRESQL ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
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
        return new Database(H2FileStore.open(folder, url, key));
    }

    /**
     * Connects to SchoolWatch's database on the unit's PostgreSQL server as {@code login}, bringing an older
     * schema up to date. The password goes to the driver; the caller may wipe its array afterwards.
     *
     * @throws DatabaseOpenException {@code TOO_NEW} for a database a newer SchoolWatch migrated, {@code UNREADABLE}
     *                               (with the address) when the server cannot be reached or refuses the login
     */
    public static Database connect(ServerAddress address, String login, char[] password) throws DatabaseOpenException {
        return new Database(ServerStore.connect(address, login, password));
    }

    /**
     * Hears which tables other SchoolWatches changed on the unit's server ({@code tablesChanged} gets table names
     * in lower case, or {@code "*"} after the connection was lost and found again), until the returned handle is
     * closed. Nothing to hear in the PC's own file: there the handle does nothing.
     */
    public AutoCloseable listenToOtherChanges(Consumer<Set<String>> tablesChanged) {
        return store instanceof ServerStore server ? server.listen(tablesChanged) : () -> { };
    }

    /**
     * Whether the unit's server lets {@code login} in with {@code password} (the idle lock's check on the server,
     * which alone knows the passwords).
     *
     * @throws UnsupportedOperationException on the PC's own file, whose passwords the key ring checks
     * @throws DataAccessException           when the server cannot be reached
     */
    public boolean passwordFits(String login, char[] password) {
        if (!(store instanceof ServerStore server)) {
            throw new UnsupportedOperationException("the PC's file checks passwords against its key ring");
        }
        try {
            return server.passwordFits(login, password);
        } catch (SQLException e) {
            throw new DataAccessException("the server did not answer the password check", e);
        }
    }

    /** The unit's server this database is on; empty for the PC's own file. */
    public Optional<ServerAddress> server() {
        return store instanceof ServerStore server ? Optional.of(server.address()) : Optional.empty();
    }

    /** Which engine holds the data. */
    public Engine engine() {
        return store.engine();
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
     * makes sure it survives a power cut: the H2 file asks the operating system to put it on the disk, the
     * server has done so before its commit returned.
     */
    public synchronized <T> T write(TransactionalCallable<T> work) {
        // One writer at a time: the audit trail's hash chain needs each entry to see the one before it.
        AuditContext.begin(actor, false);
        try {
            T result = dsl.transactionResult(cfg -> {
                store.beginWrite(cfg.dsl(), actor, false);
                return work.run(cfg);
            });
            store.afterCommit();
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
                store.beginWrite(cfg.dsl(), actor, true);
                T r = work.run(cfg);
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(actor, "BULK", what, null, null, null, null));
                return r;
            });
            store.afterCommit();
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
     * write lock, so the script shows one moment between two saves. H2 file only: a server is backed up on the
     * server.
     *
     * @throws UnsupportedOperationException on the server
     */
    public synchronized void script(Path target, DatabaseKey key) throws IOException {
        store.script(target, key);
    }

    /** Rows per table, for checks that a backup (or a move) holds everything. */
    public Map<String, Long> rowCounts() {
        try {
            return Backups.rowCounts(store.dataSource(), store.engine());
        } catch (SQLException e) {
            throw new DataAccessException("counting rows failed", e);
        }
    }

    /**
     * Writes any committed change that is still in memory to the database file (bulk loads that bypass
     * {@link #write}); nothing to do on the server, which logs every commit itself.
     */
    public void checkpoint() {
        store.checkpoint();
    }

    /**
     * The data folder this database lives in.
     *
     * @throws UnsupportedOperationException on the server: its data is in no folder of this PC
     */
    public Path folder() {
        return store.folder();
    }

    /**
     * The H2 file on disk.
     *
     * @throws UnsupportedOperationException on the server: its data is in no file of this PC
     */
    public Path file() {
        return store.file();
    }

    /**
     * Closes the database. With space reuse off (see {@code h2.flags}) the H2 file only grows while it is open;
     * when less than half of it is live data, closing rewrites it compactly. On the server it closes this PC's
     * connections.
     */
    @Override
    public synchronized void close() {
        store.close(false);
    }

    /**
     * Closes the database and rewrites the H2 file without its free space, whatever its fill rate. Slow on a
     * large file (seconds per gigabyte), so for tools and maintenance. On the server, a plain close: reclaiming
     * space is its autovacuum's work.
     */
    public synchronized void closeCompacted() {
        store.close(true);
    }

    /**
     * Closes the database as a power cut would (H2's {@code SHUTDOWN IMMEDIATELY}): no compaction and no rewrite
     * of what the file holds. For a file found damaged, which must stay as it is for a restore or an export.
     * Every committed save is already on the disk (see {@link #write}).
     */
    public synchronized void closeWithoutWriting() {
        store.closeWithoutWriting();
    }
}
