// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server links the audit chain at each commit (db/postgresql/V16), not at each row: a transaction's entries are
 * written unlinked and get their ids and hashes when it commits, under the chain's lock held for that moment only.
 * Many officers' transactions at once still make one chain that verifies, with ids in commit order and no gap.
 */
class ServerAuditChainAtCommitTest {

    private ServerAddress address;
    private Database db;
    private final List<Connection> open = new ArrayList<>();

    @BeforeEach
    void migratedDatabase() throws Exception {
        address = PostgresServer.newDatabase();
        db = PostgresServer.connect(address);
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
        db.close();
    }

    @Test
    void transactionsCommittedInAnotherOrderThanTheyWroteAreChainedInCommitOrder() throws Exception {
        List<Connection> pcs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pcs.add(transaction());
        }
        long before = lastId();
        // Their rows interleave: the provisional ids follow the writing, not the commits.
        for (int row = 0; row < 3; row++) {
            for (int pc = 0; pc < 4; pc++) {
                setting(pcs.get(pc), "pc" + pc + ".row" + row);
            }
        }
        pcs.get(2).commit();
        pcs.get(0).commit();
        pcs.get(1).rollback();
        pcs.get(3).commit();

        List<String> keys = keysAfter(before);
        assertThat(keys).containsExactly("pc2.row0", "pc2.row1", "pc2.row2", "pc0.row0", "pc0.row1", "pc0.row2",
                "pc3.row0", "pc3.row1", "pc3.row2");
        assertNoGap();
        assertThat(new AuditRepository(db).verify().intact()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNoEntryAndNoGap() throws Exception {
        Connection kept = transaction();
        Connection dropped = transaction();
        long before = lastId();
        setting(dropped, "dropped.a");
        setting(kept, "kept.a");
        setting(dropped, "dropped.b");
        dropped.rollback();
        kept.commit();
        setting(kept, "kept.b");
        kept.commit();

        assertThat(keysAfter(before)).containsExactly("kept.a", "kept.b");
        assertThat(lastId()).isEqualTo(before + 2);
        assertNoGap();
        var check = new AuditRepository(db).verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(count());
    }

    @Test
    void anOpenTransactionDoesNotKeepOthersFromCommittingTheirChanges() throws Exception {
        Connection slow = transaction();
        setting(slow, "slow");
        Connection quick = transaction();
        try (Statement st = quick.createStatement()) {
            // Before, the slow officer's first change took the chain's lock until its commit: this one waited.
            st.execute("SET lock_timeout = '2s'");
        }
        setting(quick, "quick");
        quick.commit();
        slow.commit();

        assertThat(keysAfter(0)).containsSubsequence("quick", "slow");
        assertThat(new AuditRepository(db).verify().intact()).isTrue();
    }

    @Test
    void manyOfficersCommittingAtOnceMakeOneChainWithEachTransactionsEntriesTogether() throws Exception {
        int officers = 6;
        int transactions = 25;
        long before = lastId();
        ExecutorService threads = Executors.newFixedThreadPool(officers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int o = 0; o < officers; o++) {
                Connection c = transaction();
                int officer = o;
                done.add(threads.submit(() -> {
                    for (int t = 0; t < transactions; t++) {
                        for (int row = 0; row < 3; row++) {
                            setting(c, "o" + officer + ".t" + t + ".r" + row);
                        }
                        if (t % 5 == 4) {
                            c.rollback();
                        } else {
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> keys = keysAfter(before);
        assertThat(keys).hasSize(officers * (transactions - transactions / 5) * 3);
        for (int i = 0; i < keys.size(); i += 3) {
            String txn = keys.get(i).substring(0, keys.get(i).lastIndexOf('.'));
            assertThat(keys.subList(i, i + 3)).as("a transaction's entries side by side")
                    .containsExactly(txn + ".r0", txn + ".r1", txn + ".r2");
            assertThat(txn).doesNotMatch(".*\\.t(4|9|14|19|24)$");
        }
        assertNoGap();
        var check = new AuditRepository(db).verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(count());
    }

    @Test
    void aRepeatableReadCommitIsRefusedWhenTheTrailGrewSinceItsSnapshotAndLinkedWhenNot() throws Exception {
        Connection late = transaction();
        try (Statement st = late.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            st.executeQuery("SELECT count(*) FROM app_setting").close();
        }
        Connection other = transaction();
        setting(other, "other");
        other.commit();
        setting(late, "late");
        assertThatThrownBy(late::commit).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("40001"))
                .hasMessageContaining("audit trail grew after this transaction began").hasMessageContaining("REPEATABLE READ");
        late.rollback();

        for (String level : List.of("REPEATABLE READ", "SERIALIZABLE")) {
            try (Statement st = late.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL " + level);
            }
            setting(late, "alone at " + level);
            late.commit();
        }
        assertThat(keysAfter(0)).containsSubsequence("other", "alone at REPEATABLE READ", "alone at SERIALIZABLE")
                .doesNotContain("late");
        assertNoGap();
        assertThat(new AuditRepository(db).verify().intact()).isTrue();
    }

    @Test
    void anEntryOfTheProgramIsLinkedAtTheCommitWithTheRowsChangedBesideIt() throws Exception {
        Connection c = transaction();
        setting(c, "before the export");
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO audit_entry (action, subject, detail, prev_hash, entry_hash)"
                    + " VALUES ('EXPORT', 'monthly_summary', 'svodka.pdf', 'x', 'y')");
            // Unlinked until the commit, and seen by this transaction only.
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_entry WHERE id < 0")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        try (Connection other = transaction(); Statement st = other.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_entry WHERE id < 0")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        c.commit();

        assertThat(count("SELECT count(*) FROM audit_entry WHERE id < 0")).isZero();
        List<String> tail = db.read(dsl -> dsl.fetch("SELECT action, coalesce(subject_key, detail) FROM audit_entry"
                + " ORDER BY id DESC LIMIT 2").map(r -> r.get(0) + " " + r.get(1)));
        assertThat(tail).containsExactly("EXPORT svodka.pdf", "CREATE before the export");
        assertThat(new AuditRepository(db).verify().intact()).isTrue();
    }

    private Connection transaction() throws SQLException {
        Connection c = ServerAuditTrailTest.connect(address, PostgresServer.LOGIN);
        c.setAutoCommit(false);
        open.add(c);
        return c;
    }

    private static void setting(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, 'x')")) {
            st.setString(1, key);
            st.executeUpdate();
        }
    }

    private List<String> keysAfter(long id) {
        return db.read(dsl -> dsl.fetch("SELECT subject_key FROM audit_entry WHERE subject = 'app_setting' AND id > ?"
                + " ORDER BY id", id).map(r -> r.get(0, String.class)));
    }

    private long lastId() {
        return count("SELECT coalesce(max(id), 0) FROM audit_entry");
    }

    private long count() {
        return count("SELECT count(*) FROM audit_entry");
    }

    private long count(String sql) {
        return db.read(dsl -> dsl.fetchOne(sql).get(0, Long.class));
    }

    /** The ids run 1, 2, 3 … with none missing. */
    private void assertNoGap() {
        assertThat(count("SELECT coalesce(max(id), 0) FROM audit_entry")).isEqualTo(count());
        assertThat(count("SELECT coalesce(min(id), 1) FROM audit_entry")).isEqualTo(1);
    }
}
