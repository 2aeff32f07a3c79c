// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Properties;

import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * How a PC reaches the unit's server: TLS with the unit's CA unless a test network's settings allow otherwise,
 * the reasons a connection is refused, and the pool finding the server again after it was gone.
 */
class ServerConnectionTest {

    @Test
    void theDriverIsToldToCheckTheServersCertificateAgainstTheUnitsCa() {
        ServerAddress address = new ServerAddress("db.unit.local", 5433, "schoolwatch", Path.of("/etc/schoolwatch/unit-ca.crt"), false);
        Properties p = address.driverProperties();
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.unit.local:5433/schoolwatch");
        assertThat(p.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(p.getProperty("sslrootcert")).isEqualTo(Path.of("/etc/schoolwatch/unit-ca.crt").toString());
        assertThat(p.getProperty("connectTimeout")).isEqualTo("5");

        assertThat(new ServerAddress("db.unit.local", 5432, "schoolwatch").driverProperties().getProperty("sslmode"))
                .as("TLS by default, with the driver's default CA file").isEqualTo("verify-full");
        Properties test = address.unencryptedAllowed().driverProperties();
        assertThat(test.getProperty("sslmode")).isEqualTo("prefer");
        assertThat(test.getProperty("sslrootcert")).isNull();
    }

    @Test
    void aServerWithoutTlsIsRefusedUnlessTheSettingsAllowIt() throws Exception {
        ServerAddress test = PostgresServer.newDatabase();
        ServerAddress strict = new ServerAddress(test.host(), test.port(), test.database());

        assertThatThrownBy(() -> Database.connect(strict, PostgresServer.LOGIN, new char[0]))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_WITHOUT_TLS);
                    assertThat(e.detail()).isEqualTo("localhost:" + test.port());
                });
        try (Database db = Database.connect(test, PostgresServer.LOGIN, new char[0])) {
            assertThat(db.server()).contains(test);
        }
    }

    @Test
    void aServerThatDoesNotAnswerAndAnUnknownLoginAreToldApart() throws Exception {
        ServerAddress test = PostgresServer.newDatabase();
        int closed;
        try (TcpProxy proxy = TcpProxy.toTestServer()) {
            closed = proxy.port();
        }
        ServerAddress nowhere = new ServerAddress("localhost", closed, test.database(), null, true);
        assertThatThrownBy(() -> Database.connect(nowhere, PostgresServer.LOGIN, new char[0]))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_UNREACHABLE);
                    assertThat(e.detail()).isEqualTo("localhost:" + closed);
                });
        assertThatThrownBy(() -> Database.connect(test, "nobody_here", "secret".toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.LOGIN_REFUSED));
    }

    @Test
    void aQueryWhileTheServerIsGoneFailsAsALostConnectionAndTheNextOneAfterItIsBackSucceeds() throws Exception {
        ServerAddress test = PostgresServer.newDatabase();
        PostgresServer.connect(test).close();
        try (TcpProxy proxy = TcpProxy.toTestServer();
             Database db = Database.connect(proxy.through(test), PostgresServer.LOGIN, new char[0])) {
            db.setActor("test");
            assertThat(count(db)).isNotNegative();

            proxy.cut();
            assertThatThrownBy(() -> db.write(cfg -> cfg.dsl().execute("UPDATE district SET name = name WHERE id = -1")))
                    .satisfies(e -> assertThat(WriteFailure.of(e)).isEqualTo(WriteFailure.CONNECTION_LOST));
            // A screen reading its list meanwhile says the server is out of reach, not that something went wrong.
            Messages messages = Messages.russian();
            assertThatThrownBy(() -> count(db)).satisfies(e -> assertThat(DatabaseErrors.describeLoad(e, messages, "common.loadFailed"))
                    .isEqualTo(messages.get("load.error.serverUnreachable")));
            assertThat(DatabaseErrors.describeLoad(new IllegalStateException("a fault of the program"), messages, "common.loadFailed"))
                    .isEqualTo(messages.get("common.loadFailed"));

            proxy.restore();
            // The officer presses «Сохранить» again a moment later. The pool checks a connection idle for more than
            // half a second before handing it out, so dead ones are dropped and new ones made: no restart.
            Thread.sleep(1_000);
            int changed = db.write(cfg -> cfg.dsl().execute("UPDATE district SET name = name WHERE id = -1"));
            assertThat(changed).isZero();
            assertThat(count(db)).isNotNegative();
        }
    }

    @Test
    void connectionsTheServersAdministratorEndedAreReplacedWithoutARestart() throws Exception {
        ServerAddress test = PostgresServer.newDatabase();
        try (Database db = PostgresServer.connect(test)) {
            assertThat(count(db)).isNotNegative();
            // As a restart of the server or its administrator's pg_terminate_backend does (SQLState 57P01).
            try (Connection admin = PostgresServer.superuser(); PreparedStatement st = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                st.setString(1, test.database());
                st.executeQuery().close();
            }
            assertThatThrownBy(() -> db.write(cfg -> cfg.dsl().execute("UPDATE district SET name = name WHERE id = -1")))
                    .satisfies(e -> assertThat(WriteFailure.of(e)).isEqualTo(WriteFailure.CONNECTION_LOST));
            Thread.sleep(1_000);
            int changed = db.write(cfg -> cfg.dsl().execute("UPDATE district SET name = name WHERE id = -1"));
            assertThat(changed).isZero();
        }
    }

    private static int count(Database db) {
        Integer n = db.dsl().fetchOne("SELECT COUNT(*) FROM district").get(0, Integer.class);
        return n;
    }
}
