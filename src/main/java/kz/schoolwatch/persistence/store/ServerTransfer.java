// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import kz.schoolwatch.domain.AuditChainCheck;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.jooq.Tables;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the PC's H2 database onto an empty SchoolWatch database on the unit's PostgreSQL server, connected as its
 * owner: every row of every table, ids included, and the audit trail as it is (ids and hashes), so that the
 * server's chain check finds the PC's chain. All of it in one transaction on the server: a refusal, a failure or
 * a cancellation leaves the server as it was. While it copies, the PC's database takes no other write, so what
 * arrives is one moment of it.
 */
public final class ServerTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTransfer.class);

    /** Rows read and checked for cancellation at a time. */
    static final int BATCH = 2_000;

    private final Database source;
    private final Database target;

    /**
     * @param source the PC's open H2 database
     * @param target the server's database, connected as its owner (who alone may switch its triggers off)
     */
    public ServerTransfer(Database source, Database target) {
        if (source.engine() != Engine.H2 || target.engine() != Engine.POSTGRESQL) {
            throw new IllegalArgumentException("a move goes from the PC's H2 file to a PostgreSQL server");
        }
        this.source = source;
        this.target = target;
    }

    /**
     * The server's tables that hold rows a move would mix with the PC's: any row in a table the migrations leave
     * empty (the records, accounts, the audit trail). The lists the migrations fill do not count: the move
     * replaces them.
     */
    public List<String> occupiedTables() {
        return occupied(target.dsl());
    }

    private static List<String> occupied(DSLContext dsl) {
        List<String> occupied = new ArrayList<>();
        for (Table<?> table : TableOrder.referencedFirst()) {
            if (!TableOrder.FILLED_BY_MIGRATIONS.contains(table) && dsl.fetchExists(selectOne().from(table))) {
                occupied.add(name(table));
            }
        }
        return occupied;
    }

    /**
     * Copies everything, commits on the server, then checks there: rows per table against the PC's, and the
     * audit chain.
     *
     * @param mark appended to the PC's trail in the transaction that is copied, so the server's trail records the
     *             move too; null for none
     * @throws TargetNotEmptyException when the server already holds rows (nothing is written then)
     * @throws CancellationException   when {@code progress} asked to stop (the server is left as it was)
     */
    public ServerMoveSummary run(AuditLog.Entry mark, TransferProgress progress) throws TargetNotEmptyException {
        long started = System.nanoTime();
        List<String> occupied = occupiedTables();
        if (!occupied.isEmpty()) {
            throw new TargetNotEmptyException(occupied);
        }
        Map<Table<?>, Long> copied;
        try {
            // The PC's write lock, held for the whole copy: no save slips in between two tables.
            copied = source.write(pc -> {
                if (mark != null) {
                    AuditLog.append(pc.dsl(), mark);
                }
                return target.dsl().transactionResult(server -> copyAll(pc.dsl(), server.dsl(), progress));
            });
        } catch (Occupied e) {
            throw new TargetNotEmptyException(e.tables);
        }
        // What autovacuum would do some time later, done now: statistics for the planner (a million copied visits
        // are not an empty table) and the visibility map, which lets a month's count read the index alone.
        try {
            target.dsl().execute("VACUUM (ANALYZE)");
        } catch (DataAccessException e) {
            // Committed already; autovacuum will do it later.
            LOG.warn("VACUUM after the move failed: {}", e.sqlState());
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Table<?>, Long> e : copied.entrySet()) {
            long onServer = target.dsl().fetchCount(e.getKey());
            rows.put(name(e.getKey()), onServer);
            if (onServer != e.getValue()) {
                mismatches.add(name(e.getKey()));
            }
        }
        AuditChainCheck chain = AuditRepository.verify(target.dsl());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Moved {} rows to the server in {} ms; chain {}, mismatches {}", rows.values().stream().mapToLong(Long::longValue).sum(),
                millis, chain.intact() ? "intact" : "broken at " + chain.firstBroken(), mismatches);
        return new ServerMoveSummary(rows, chain, mismatches, millis);
    }

    /** Inside the server's transaction: triggers off, emptiness checked again under the tables' locks, copy, on. */
    private static Map<Table<?>, Long> copyAll(DSLContext pc, DSLContext server, TransferProgress progress) {
        List<Table<?>> tables = TableOrder.referencedFirst();
        // ALTER TABLE takes each table's exclusive lock until the commit: nobody can add a row behind the check.
        // With the user triggers off, the server's audit triggers neither record the copy nor re-hash the trail.
        for (Table<?> table : tables) {
            server.execute("ALTER TABLE {0} DISABLE TRIGGER USER", table);
        }
        List<String> occupied = occupied(server);
        if (!occupied.isEmpty()) {
            throw new Occupied(occupied);
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (TableOrder.FILLED_BY_MIGRATIONS.contains(tables.get(i))) {
                server.deleteFrom(tables.get(i)).execute();
            }
        }
        Map<Table<?>, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (Table<?> table : tables) {
            long rows = pc.fetchCount(table);
            counts.put(table, rows);
            total += rows;
        }
        long done = 0;
        progress.copied(0, total);
        for (Table<?> table : tables) {
            done = copy(pc, server, table, done, total, progress);
        }
        // The server checks passwords itself: the PC's Argon2id hashes stay on the PC, where they guard its file.
        server.update(Tables.APP_USER).set(Tables.APP_USER.PASSWORD_HASH, ServerLogins.PASSWORD_MARKER).execute();
        for (Table<?> table : tables) {
            restartIdentity(server, table);
            server.execute("ALTER TABLE {0} ENABLE TRIGGER USER", table);
        }
        return counts;
    }

    /**
     * Copies one table: its rows read in key order from the PC, sent to the server through one prepared INSERT that
     * jOOQ renders from the generated table, a batch of {@value #BATCH} rows at a time.
     */
    private static long copy(DSLContext pc, DSLContext server, Table<?> table, long done, long total, TransferProgress progress) {
        Field<?>[] fields = table.fields();
        String insert = server.render(server.insertInto(table).columns(fields)
                .values(Arrays.stream(fields).map(f -> DSL.val(null, f)).toList()));
        return server.connectionResult(connection -> {
            long copied = done;
            int pending = 0;
            try (PreparedStatement st = connection.prepareStatement(insert);
                 Cursor<Record> rows = pc.select(fields).from(table).orderBy(keyOrder(table)).fetchSize(BATCH).fetchLazy()) {
                for (Record row : rows) {
                    for (int i = 0; i < fields.length; i++) {
                        st.setObject(i + 1, row.get(i));
                    }
                    st.addBatch();
                    if (++pending == BATCH) {
                        copied += send(st, pending, progress);
                        pending = 0;
                        progress.copied(copied, total);
                    }
                }
                if (pending > 0) {
                    copied += send(st, pending, progress);
                    progress.copied(copied, total);
                }
            }
            return copied;
        });
    }

    private static int send(PreparedStatement st, int rows, TransferProgress progress) throws SQLException {
        if (progress.cancelled()) {
            throw new CancellationException("the move was cancelled");
        }
        st.executeBatch();
        return rows;
    }

    private static List<SortField<?>> keyOrder(Table<?> table) {
        UniqueKey<?> key = table.getPrimaryKey();
        return key == null ? List.of() : key.getFields().stream().<SortField<?>>map(Field::asc).toList();
    }

    /** The next id the server hands out follows the highest one copied, as it did on the PC. */
    private static void restartIdentity(DSLContext server, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        server.resultQuery("SELECT setval(pg_get_serial_sequence({0}, {1}), COALESCE(MAX({2}), 0) + 1, false) FROM {3}",
                inline(name(table)), inline(id.getName().toLowerCase(Locale.ROOT)), id, table).fetch();
    }

    /** A table's name as PostgreSQL folds it. */
    static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** Found inside the server's transaction, so that it rolls back before the refusal is reported. */
    private static final class Occupied extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<String> tables;

        Occupied(List<String> tables) {
            super("occupied: " + tables);
            this.tables = tables;
        }
    }
}
