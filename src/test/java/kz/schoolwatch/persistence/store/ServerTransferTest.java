// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static kz.schoolwatch.persistence.jooq.Tables.APP_USER;
import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.ReportScope;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PC's demo city, with an account and audited changes of its own, moved onto new databases of a real
 * PostgreSQL server: every row and the chain arrive; a server that holds records, and a cancelled move, leave the
 * server as it was.
 */
class ServerTransferTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    static Path folder;
    private static Database pc;
    private Database server;

    @BeforeAll
    static void aPcWithTheDemoCityAnAccountAndAuditedChanges() throws Exception {
        pc = TestDatabases.openWithDemoCity(folder, CLOCK);
        pc.write(cfg -> {
            cfg.dsl().update(DISTRICT).set(DISTRICT.SORT_ORDER, 20).where(DISTRICT.ID.eq(8)).execute();
            return cfg.dsl().insertInto(APP_USER).set(APP_USER.LOGIN, "isin").set(APP_USER.FULL_NAME, "Исин Т.")
                    .set(APP_USER.USER_ROLE, "ADMIN").set(APP_USER.PASSWORD_HASH, "$argon2id$test").execute();
        });
    }

    @AfterAll
    static void closePc() {
        pc.close();
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDemoCityArrivesWithEveryRowIdAndTheWholeChain() throws Exception {
        server = PostgresServer.connectToNewDatabase();

        ServerMoveSummary summary = new ServerTransfer(pc, server)
                .run(AuditLog.Entry.of("isin", "SERVER_MOVE", "DATABASE", null, null, null, "to the test server"), TransferProgress.NONE);

        assertThat(summary.complete()).isTrue();
        assertThat(counts(server)).isEqualTo(counts(pc));
        assertThat(summary.rows()).isEqualTo(counts(pc));
        assertThat(summary.chain().checked()).isEqualTo(pc.dsl().fetchCount(AUDIT_ENTRY)).isGreaterThan(2);
        assertThat(AuditRepository.verify(server.dsl()).intact()).isTrue();
        assertThat(lastHash(server)).isEqualTo(lastHash(pc));
        assertThat(server.dsl().fetchValue(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.ID.eq(maxId(pc)))).isEqualTo("SERVER_MOVE");
        // The server checks passwords itself: no PC password hash travels to it.
        assertThat(server.dsl().selectDistinct(APP_USER.PASSWORD_HASH).from(APP_USER).fetch(APP_USER.PASSWORD_HASH))
                .containsExactly(ServerLogins.PASSWORD_MARKER);
        assertThat(server.dsl().selectFrom(DISTRICT).orderBy(DISTRICT.ID).fetch())
                .isEqualTo(pc.dsl().selectFrom(DISTRICT).orderBy(DISTRICT.ID).fetch());
        assertThat(new CityStatsRepository(server).cityTotals()).isEqualTo(new CityStatsRepository(pc).cityTotals());
        YearMonth october = YearMonth.of(2026, 10);
        ReportScope city = ReportScope.city("г. Алматы");
        assertThat(new MonthlySummaryRepository(server).load(october, city, october.atEndOfMonth(), 90))
                .isEqualTo(new MonthlySummaryRepository(pc).load(october, city, october.atEndOfMonth(), 90));
    }

    @Test
    void theServerHandsOutIdsAfterTheCopiedOnes() throws Exception {
        server = PostgresServer.connectToNewDatabase();
        new ServerTransfer(pc, server).run(null, TransferProgress.NONE);

        Long visits = pc.dsl().select(org.jooq.impl.DSL.max(SCHOOL_VISIT.ID)).from(SCHOOL_VISIT).fetchOne().value1();
        Integer id = server.write(cfg -> cfg.dsl().insertInto(DISTRICT).set(DISTRICT.NAME, "Новый").returning(DISTRICT.ID)
                .fetchOne().getId());
        assertThat(id).isEqualTo(9);
        var visit = server.dsl().selectFrom(SCHOOL_VISIT).where(SCHOOL_VISIT.ID.eq(visits)).fetchOne();
        visit.setId(null);
        visit.changed(SCHOOL_VISIT.ID, false);
        Long next = server.write(cfg -> cfg.dsl().insertInto(SCHOOL_VISIT).set(visit).returning(SCHOOL_VISIT.ID).fetchOne().getId());
        assertThat(next).isEqualTo(visits + 1);
    }

    @Test
    void aServerThatHoldsRecordsIsRefusedAndNothingIsWritten() throws Exception {
        server = PostgresServer.connectToNewDatabase();
        server.write(cfg -> {
            AuditLog.append(cfg.dsl(), AuditLog.Entry.of("other", "LOGIN", "APP_USER", "other", null, null, null));
            return null;
        });
        Map<String, Long> before = counts(server);
        long pcEntries = pc.dsl().fetchCount(AUDIT_ENTRY);

        assertThatThrownBy(() -> new ServerTransfer(pc, server)
                .run(AuditLog.Entry.of("isin", "SERVER_MOVE", "DATABASE", null, null, null, null), TransferProgress.NONE))
                .isInstanceOf(TargetNotEmptyException.class)
                .satisfies(e -> assertThat(((TargetNotEmptyException) e).tables()).containsExactly("audit_entry"));

        assertThat(counts(server)).isEqualTo(before);
        assertThat(pc.dsl().fetchCount(AUDIT_ENTRY)).isEqualTo(pcEntries);
    }

    @Test
    void aCancelledMoveLeavesTheServerAsItWas() throws Exception {
        server = PostgresServer.connectToNewDatabase();
        Map<String, Long> before = counts(server);
        long pcEntries = pc.dsl().fetchCount(AUDIT_ENTRY);
        long[] seen = new long[1];
        TransferProgress cancelAfterTheFirstBatches = new TransferProgress() {
            @Override
            public void copied(long copied, long total) {
                seen[0] = copied;
            }

            @Override
            public boolean cancelled() {
                return seen[0] > 3 * ServerTransfer.BATCH;
            }
        };

        assertThatThrownBy(() -> new ServerTransfer(pc, server)
                .run(AuditLog.Entry.of("isin", "SERVER_MOVE", "DATABASE", null, null, null, null), cancelAfterTheFirstBatches))
                .isInstanceOf(CancellationException.class);

        assertThat(seen[0]).isGreaterThan(3L * ServerTransfer.BATCH);
        assertThat(counts(server)).isEqualTo(before);
        assertThat(new ServerTransfer(pc, server).occupiedTables()).isEmpty();
        assertThat(pc.dsl().fetchCount(AUDIT_ENTRY)).isEqualTo(pcEntries);
    }

    @Test
    void theServersOwnTriggersStayOutOfTheCopyAndAreOnAgainAfterIt() throws Exception {
        server = PostgresServer.connectToNewDatabase();
        // Stands in for the server's audit triggers: one that would refuse every copied row.
        server.dsl().execute("CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'a trigger ran'; END $$");
        server.dsl().execute("CREATE TRIGGER refuse_visit BEFORE INSERT ON school_visit FOR EACH ROW EXECUTE FUNCTION refuse_row()");
        server.dsl().execute("CREATE TRIGGER refuse_entry BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION refuse_row()");

        assertThat(new ServerTransfer(pc, server).run(null, TransferProgress.NONE).complete()).isTrue();

        assertThat(server.dsl().fetch("SELECT tgname, tgenabled FROM pg_trigger WHERE tgname LIKE 'refuse_%' ORDER BY tgname")
                .map(r -> r.get(0) + "=" + r.get(1))).containsExactly("refuse_entry=O", "refuse_visit=O");
    }

    @Test
    void aNewServerDatabaseHoldsRowsOnlyInTheListsTheMoveReplaces() throws Exception {
        server = PostgresServer.connectToNewDatabase();
        var filled = counts(server).entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(filled).isEqualTo(TableOrder.FILLED_BY_MIGRATIONS.stream().map(ServerTransfer::name).collect(Collectors.toSet()));
    }

    @Test
    void everyTableComesAfterTheTablesItPointsAt() {
        var order = TableOrder.referencedFirst();
        assertThat(order).hasSize(kz.schoolwatch.persistence.jooq.Public.PUBLIC.getTables().size());
        for (Table<?> table : order) {
            table.getReferences().forEach(fk -> assertThat(order.indexOf(fk.getKey().getTable()))
                    .as(table.getName()).isLessThanOrEqualTo(order.indexOf(table)));
        }
    }

    /** Rows per table of SchoolWatch's own tables, names in lower case (Flyway's history differs by engine). */
    private static Map<String, Long> counts(Database db) {
        return db.rowCounts().entrySet().stream().filter(e -> !e.getKey().equalsIgnoreCase("flyway_schema_history"))
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static String lastHash(Database db) {
        return db.dsl().select(AUDIT_ENTRY.ENTRY_HASH).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne().value1();
    }

    private static Long maxId(Database db) {
        return db.dsl().select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchOne().value1();
    }
}
