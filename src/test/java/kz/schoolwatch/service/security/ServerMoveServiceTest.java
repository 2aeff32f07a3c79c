// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.domain.ServerTarget;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.AccessDeniedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Перенести на сервер» as the administrator asks for it, against new databases on a real PostgreSQL server. */
class ServerMoveServiceTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @TempDir
    static Path folder;
    private static Database pc;

    @BeforeAll
    static void openThePcWithTheDemoCity() throws Exception {
        pc = TestDatabases.openWithDemoCity(folder, CLOCK);
    }

    @AfterAll
    static void closePc() {
        pc.close();
    }

    private static ServerTarget target(ServerAddress address) {
        return new ServerTarget(address.host(), address.port(), address.database(), null, true);
    }

    private static ServerMoveService service(Access access) {
        return new ServerMoveService(pc, (t, login, password) -> {
            Database db = Database.connect(new ServerAddress(t.host(), t.port(), t.database(), t.caCertificate(), t.allowUnencrypted()), login, password);
            db.setActor(login);
            return db;
        }, access);
    }

    @Test
    void theAdministratorMovesThePcAndTheMoveIsInBothTrails() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        List<Double> progress = new ArrayList<>();

        ServerMoveSummary summary = service(TestDatabases.admin()).move(target(address), PostgresServer.LOGIN, new char[0],
                progress::add, () -> false);

        assertThat(summary.complete()).isTrue();
        assertThat(summary.rows().get("school_visit")).isPositive();
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        assertThat(pc.dsl().fetchValue(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.ID.eq(pc.dsl().select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID))
                .from(AUDIT_ENTRY)))).isEqualTo("SERVER_MOVE");
        try (Database server = PostgresServer.connect(address)) {
            assertThat(server.dsl().fetchCount(AUDIT_ENTRY)).isEqualTo(pc.dsl().fetchCount(AUDIT_ENTRY));
        }
    }

    @Test
    void aSecondMoveToTheSameDatabaseIsRefused() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        ServerMoveService moves = service(TestDatabases.admin());
        moves.move(target(address), PostgresServer.LOGIN, new char[0], p -> { }, () -> false);

        assertThatThrownBy(() -> moves.move(target(address), PostgresServer.LOGIN, new char[0], p -> { }, () -> false))
                .isInstanceOf(ServerMoveRefused.class)
                .satisfies(e -> {
                    ServerMoveRefused refused = (ServerMoveRefused) e;
                    assertThat(refused.messageKey()).isEqualTo("move.error.notEmpty");
                    assertThat(refused.args().get(1).toString()).contains("school_visit", "audit_entry");
                });
    }

    @Test
    void aCancelledMoveLeavesNothingOnTheServer() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();

        assertThatThrownBy(() -> service(TestDatabases.admin()).move(target(address), PostgresServer.LOGIN, new char[0],
                p -> { }, () -> true)).isInstanceOf(CancellationException.class);

        try (Database server = PostgresServer.connect(address)) {
            assertThat(server.dsl().fetchCount(AUDIT_ENTRY)).isZero();
            assertThat(server.rowCounts().get("school")).isZero();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsNamedInTheRefusal() {
        ServerTarget nowhere = new ServerTarget("localhost", 1, "schoolwatch", null, true);

        assertThatThrownBy(() -> service(TestDatabases.admin()).move(nowhere, "schoolwatch_owner", "x".toCharArray(), p -> { }, () -> false))
                .isInstanceOf(ServerMoveRefused.class)
                .satisfies(e -> assertThat(((ServerMoveRefused) e).messageKey()).isEqualTo("move.error.connect"))
                .satisfies(e -> assertThat(((ServerMoveRefused) e).args()).containsExactly("localhost:1/schoolwatch"));
    }

    @Test
    void aLoginThatDoesNotOwnTheDatabaseIsRefused() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String url = "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database();
        try (Connection c = DriverManager.getConnection(url, PostgresServer.LOGIN, "")) {
            c.createStatement().execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clerk')"
                    + " THEN CREATE ROLE clerk LOGIN; END IF; END $$");
            // May read everything, as a head's login will, but owns nothing.
            c.createStatement().execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO clerk");
        }

        assertThatThrownBy(() -> service(TestDatabases.admin()).move(target(address), "clerk", new char[0], p -> { }, () -> false))
                .isInstanceOf(ServerMoveRefused.class)
                .satisfies(e -> assertThat(((ServerMoveRefused) e).messageKey()).isEqualTo("move.error.notOwner"));
    }

    @Test
    void onlyTheAdministratorMayMove() {
        Access inspector = new Access(TestDatabases.account(Role.INSPECTOR, 1L, null), id -> null);

        assertThat(service(inspector).available()).isFalse();
        assertThat(service(TestDatabases.admin()).available()).isTrue();
        assertThatThrownBy(() -> service(inspector).move(new ServerTarget("localhost", 5432, "x", null, true), "o", new char[0],
                p -> { }, () -> false)).isInstanceOf(AccessDeniedException.class);
    }
}
