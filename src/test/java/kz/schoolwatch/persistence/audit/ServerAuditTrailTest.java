// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.audit;

import static kz.schoolwatch.persistence.jooq.Tables.ACCOUNT_SETTING;
import static kz.schoolwatch.persistence.jooq.Tables.APP_USER;
import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_ATTENDANCE;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.schoolwatch.EngineDatabases;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail kept by the PostgreSQL server's own triggers (db/postgresql/V7): the same entries as the PC's
 * Java trigger writes for the same changes, one unforked chain under concurrent writers, append-only for all
 * but the owner, and the Java chain check finding what the owner changed.
 */
class ServerAuditTrailTest {

    @TempDir
    Path folder;
    @RegisterExtension
    final EngineDatabases databases = EngineDatabases.perTest();

    /** The same changes, made on either engine through jOOQ, as the program makes them. */
    private static void changes(Database db) {
        TestRows rows = new TestRows(db);
        long school = rows.school(125, 1);
        long officer = rows.officer("Исин", "100001", 1);
        db.write(cfg -> cfg.dsl().update(SCHOOL).set(SCHOOL.NAME, "Школа «Мектеп» \"№125\"\tкорпус\\2\nвход\u0001")
                .set(SCHOOL.ARCHIVED_ON, LocalDate.of(2026, 11, 30)).where(SCHOOL.ID.eq(school)).execute());
        for (LocalDateTime at : List.of(LocalDateTime.of(2026, 11, 3, 10, 0), LocalDateTime.of(2026, 11, 3, 10, 15, 42))) {
            db.write(cfg -> cfg.dsl().insertInto(SCHOOL_VISIT).set(SCHOOL_VISIT.OFFICER_ID, officer)
                    .set(SCHOOL_VISIT.SCHOOL_ID, school).set(SCHOOL_VISIT.VISITED_AT, at).set(SCHOOL_VISIT.PURPOSE_ID, rows.firstPurposeId())
                    .set(SCHOOL_VISIT.FINDINGS, "Охрана на месте").set(SCHOOL_VISIT.CREATED_AT, at).execute());
        }
        db.write(cfg -> cfg.dsl().update(SCHOOL_VISIT).set(SCHOOL_VISIT.AGREED_ACTIONS, "Сообщить").execute());
        db.write(cfg -> cfg.dsl().insertInto(APP_USER).set(APP_USER.LOGIN, "isin").set(APP_USER.FULL_NAME, "Исин Т.")
                .set(APP_USER.USER_ROLE, "INSPECTOR").set(APP_USER.OFFICER_ID, officer).set(APP_USER.PASSWORD_HASH, "$argon2id$secret")
                .set(APP_USER.CREATED_AT, LocalDateTime.of(2026, 11, 1, 9, 30)).execute());
        long user = db.read(dsl -> dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.LOGIN.eq("isin")).fetchSingle(APP_USER.ID));
        db.write(cfg -> cfg.dsl().insertInto(ACCOUNT_SETTING).set(ACCOUNT_SETTING.USER_ID, user)
                .set(ACCOUNT_SETTING.SETTING_KEY, "report.folder").set(ACCOUNT_SETTING.SETTING_VALUE, "C:\\Отчёты").execute());
        long centre = rows.centre("Дом школьников", 1);
        db.write(cfg -> cfg.dsl().insertInto(LEISURE_ATTENDANCE).set(LEISURE_ATTENDANCE.LEISURE_CENTRE_ID, centre)
                .set(LEISURE_ATTENDANCE.PERIOD_MONTH, LocalDate.of(2026, 10, 1)).set(LEISURE_ATTENDANCE.REGISTERED_TEENAGERS, 4).execute());
        db.write(cfg -> cfg.dsl().deleteFrom(SCHOOL_VISIT).execute());
        new AuditRepository(db).append(AuditLog.Entry.of("test", "EXPORT", "monthly_summary", null, null, null, "svodka.pdf"));
    }

    private static List<String> trail(Database db) {
        // A row stamped with the time of its creation by its column's default is stamped when each engine's turn
        // came: that time is the same on both only when both ran within one second.
        String now = "\"created_at\":\"" + LocalDate.now() + "T[0-9:.]+\"";
        return db.read(dsl -> dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).fetch(r -> String.join(" | ", r.getActor(),
                r.getAction(), r.getSubject(), r.getSubjectKey(), r.getBeforeValue(), r.getAfterValue(), r.getDetail())
                .replaceAll(now, "\"created_at\":\"(now)\"")));
    }

    @Test
    void theServerRecordsAChangeAsThePcsJavaTriggerDoes() throws Exception {
        Database h2 = databases.open(Engine.H2, folder);
        Database server = databases.open(Engine.POSTGRESQL, folder);
        changes(h2);
        changes(server);

        // TestRows writes outside Database.write, which H2 records with no actor; the server always knows who
        // is signed in.
        List<String> expected = trail(h2).stream().map(e -> e.startsWith("null | ") ? PostgresServer.LOGIN + e.substring(4) : e)
                .toList();
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(trail(server)).containsExactlyElementsOf(expected);
        assertThat(String.join("\n", expected)).contains("\"password_hash\":\"***\"").doesNotContain("argon2");
        assertThat(new AuditRepository(server).verify().intact()).isTrue();
        assertThat(new AuditRepository(server).verify().checked()).isEqualTo(expected.size());
    }

    @Test
    void concurrentWritersOnManyConnectionsNeverForkTheChain() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        List<Database> pcs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pcs.add(PostgresServer.connect(address));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Database pc = pcs.get(t);
                int first = 1000 + t * 100;
                done.add(threads.submit(() -> {
                    TestRows rows = new TestRows(pc);
                    for (int n = 0; n < 50; n++) {
                        rows.school(first + n, 1 + n % 3);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            var check = new AuditRepository(pcs.get(0)).verify();
            assertThat(check.intact()).isTrue();
            assertThat(check.checked()).isEqualTo(200);
        } finally {
            threads.shutdownNow();
            pcs.forEach(Database::close);
        }
    }

    @Test
    void onlyTheOwnerMayChangeOrRemoveAnEntryAndTheChainCheckFindsWhatTheOwnerChanged() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database db = PostgresServer.connect(address)) {
            TestRows rows = new TestRows(db);
            for (int n = 130; n < 135; n++) {
                rows.school(n, 1);
            }
            String clerk = "clerk_" + address.database();
            try (Connection owner = connect(address, PostgresServer.LOGIN); Statement st = owner.createStatement()) {
                st.execute("CREATE ROLE " + clerk + " LOGIN PASSWORD 'x'");
                // Even a login given every right on the table by mistake cannot change the trail.
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry TO " + clerk);
            }
            try (Connection c = connect(address, clerk); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET actor = 'someone'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> st.executeUpdate("TRUNCATE audit_entry"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO audit_entry (recorded_at, action, subject, prev_hash, entry_hash)"
                        + " VALUES (LOCALTIMESTAMP, 'DELETE', 'school_visit', 'x', 'y')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("recorded by the server");
                // What it may add is linked and signed with its own login, whatever it claims.
                st.executeUpdate("INSERT INTO audit_entry (recorded_at, actor, action, subject, prev_hash, entry_hash)"
                        + " VALUES (LOCALTIMESTAMP, 'admin', 'LOGIN', 'session', 'x', 'y')");
            }
            var check = new AuditRepository(db).verify();
            assertThat(check.intact()).isTrue();
            String signed = db.read(dsl -> dsl.select(AUDIT_ENTRY.ACTOR).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq("LOGIN"))
                    .fetchSingle(AUDIT_ENTRY.ACTOR));
            assertThat(signed).isEqualTo(clerk);

            long victim = db.read(dsl -> dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID).limit(1).offset(2)
                    .fetchSingle(AUDIT_ENTRY.ID));
            try (Connection owner = connect(address, PostgresServer.LOGIN); Statement st = owner.createStatement()) {
                assertThat(st.executeUpdate("UPDATE audit_entry SET actor = 'nobody' WHERE id = " + victim)).isEqualTo(1);
            }
            var broken = new AuditRepository(db).verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).hasValue(victim);
        }
    }

    @Test
    void everyChangeTellsTheOtherPcsWhichTableChanged() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database db = PostgresServer.connect(address); Connection listener = connect(address, PostgresServer.LOGIN);
             Statement st = listener.createStatement()) {
            st.execute("LISTEN schoolwatch_changes");
            TestRows rows = new TestRows(db);
            rows.school(140, 1);
            rows.school(141, 1);
            rows.officer("Исин", "100001", 1);
            List<String> payloads = new ArrayList<>();
            PGConnection pg = listener.unwrap(PGConnection.class);
            for (int i = 0; i < 20 && payloads.stream().filter(t -> !t.equals("audit_entry")).count() < 3; i++) {
                PGNotification[] got = pg.getNotifications(250);
                if (got != null) {
                    for (PGNotification n : got) {
                        assertThat(n.getName()).isEqualTo("schoolwatch_changes");
                        payloads.add(n.getParameter());
                    }
                }
            }
            // The trail's own growth is told as well (V13), for an open audit screen.
            assertThat(payloads).filteredOn(t -> !t.equals("audit_entry")).containsExactly("school", "school", "officer");
            assertThat(payloads).contains("audit_entry");
        }
    }

    static Connection connect(ServerAddress address, String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database(),
                login, "x");
    }
}
