// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
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
 * names. This program's own saves are left out: they were published here when they committed, and the server
 * tells them by the sending connection, whose application name is this program's. When the connection breaks (the server restarted, the network went) it is dropped from the pool and the
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
    private final String applicationName;
    private final Set<Integer> ownConnections = new HashSet<>();
    private final Set<Integer> otherConnections = new HashSet<>();
    private final Consumer<Set<String>> changed;
    private final Thread thread;
    private volatile boolean closed;

    private ServerChangeListener(HikariDataSource pool, String applicationName, Consumer<Set<String>> changed) {
        this.pool = pool;
        this.applicationName = applicationName;
        this.changed = changed;
        this.thread = new Thread(this::run, "schoolwatch-server-changes");
        thread.setDaemon(true);
    }

    static ServerChangeListener start(HikariDataSource pool, String applicationName, Consumer<Set<String>> changed) {
        ServerChangeListener listener = new ServerChangeListener(pool, applicationName, changed);
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
                if (!missed) {
                    // Once per loss, not at every try while the server stays away.
                    LOG.warn("Lost the server's changes, listening again when it answers: {}", ErrorSummary.of(e));
                }
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
                if (isOwn(c, (Integer) n.getClass().getMethod("getPID").invoke(n))) {
                    continue;
                }
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

    /**
     * Whether the server connection {@code pid} is one of this program's own; the list of them is read again when
     * a connection not seen before sends (the pool makes new ones over time).
     */
    private boolean isOwn(Connection c, int pid) throws SQLException {
        if (ownConnections.contains(pid)) {
            return true;
        }
        if (otherConnections.contains(pid)) {
            return false;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?")) {
            st.setString(1, applicationName);
            try (ResultSet rs = st.executeQuery()) {
                ownConnections.clear();
                while (rs.next()) {
                    ownConnections.add(rs.getInt(1));
                }
            }
        }
        if (ownConnections.contains(pid)) {
            return true;
        }
        otherConnections.add(pid);
        return false;
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
