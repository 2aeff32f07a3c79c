// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import kz.schoolwatch.logging.ErrorSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the server say which tables other SchoolWatches changed: one connection of the pool LISTENs on
 * {@link #CHANNEL}, whose payload the server's audit trigger sets to the changed table's name in lower case.
 * A daemon thread waits for notifications half a second at a time and hands each batch over as a set of table
 * names. When the connection breaks (the server restarted, the network went) it is dropped from the pool and the
 * thread listens again on a new one as soon as the server answers; since changes made meanwhile were not heard,
 * the first batch after that is {@link #EVERYTHING}.
 */
final class ServerChangeListener implements AutoCloseable {

    /** The channel the server's triggers notify on (agreed with the server's migrations). */
    static final String CHANNEL = "schoolwatch_changes";

    /** Handed over after listening again: anything may have changed while nothing was heard. */
    static final String EVERYTHING = "*";

    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;

    private final HikariDataSource pool;
    private final Consumer<Set<String>> changed;
    private final Thread thread;
    private volatile boolean closed;

    private ServerChangeListener(HikariDataSource pool, Consumer<Set<String>> changed) {
        this.pool = pool;
        this.changed = changed;
        this.thread = new Thread(this::run, "schoolwatch-server-changes");
        thread.setDaemon(true);
    }

    static ServerChangeListener start(HikariDataSource pool, Consumer<Set<String>> changed) {
        ServerChangeListener listener = new ServerChangeListener(pool, changed);
        listener.thread.start();
        return listener;
    }

    private void run() {
        boolean missed = false;
        while (!closed) {
            Connection c = null;
            try {
                c = pool.getConnection();
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (missed) {
                    LOG.info("Listening to the server's changes again");
                    deliver(Set.of(EVERYTHING));
                    missed = false;
                }
                listen(c);
            } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("Lost the server's changes, listening again when it answers: {}", ErrorSummary.of(e));
                missed = true;
                if (c != null) {
                    pool.evictConnection(c);
                    c = null;
                }
                pause();
            } finally {
                closeQuietly(c);
            }
        }
    }

    /** Waits for notifications until closed; returns by an exception when the connection breaks. */
    private void listen(Connection c) throws SQLException, ReflectiveOperationException {
        Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
        Object pg = c.unwrap(pgConnection);
        Method wait = pgConnection.getMethod("getNotifications", int.class);
        while (!closed) {
            Object[] batch;
            try {
                batch = (Object[]) wait.invoke(pg, WAIT_MILLIS);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
            }
            if (batch == null || batch.length == 0) {
                continue;
            }
            Set<String> tables = new LinkedHashSet<>();
            for (Object n : batch) {
                Object payload = n.getClass().getMethod("getParameter").invoke(n);
                if (payload != null && !payload.toString().isBlank()) {
                    tables.add(payload.toString().trim().toLowerCase(Locale.ROOT));
                }
            }
            if (!tables.isEmpty()) {
                deliver(tables);
            }
        }
    }

    private void deliver(Set<String> tables) {
        try {
            changed.accept(tables);
        } catch (RuntimeException e) {
            LOG.warn("A listener of the server's changes failed: {}", ErrorSummary.of(e));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Broken already; the pool has dropped it.
            }
        }
    }

    /** Stops listening; the connection goes back to the pool within half a second. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
