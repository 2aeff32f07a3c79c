// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import org.junit.jupiter.api.Test;

/** {@code schoolwatch server-setup} against a real PostgreSQL server: from nothing to a first administrator. */
class ServerSetupCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Map<String, String> env = Map.of("PGPASSWORD", "", "SCHOOLWATCH_OWNER_PASSWORD", "Vladelec-parol-1");
        return new ServerSetupCommand(Messages.russian(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), prompt -> "Glavny-admin-2".toCharArray(), env::get).run(args);
    }

    @Test
    void makesTheOwnerTheDatabaseTheSchemaAndTheFirstAdministratorThenFindsNothingToDo() throws Exception {
        ServerAddress server = PostgresServer.newDatabase();
        String suffix = server.database();
        ServerAddress address = new ServerAddress(server.host(), server.port(), "sw_" + suffix).unencryptedAllowed();
        String owner = "owner_" + suffix;
        String admin = "chief_" + suffix;
        String[] args = {"--host", server.host(), "--port", Integer.toString(server.port()), "--database", address.database(),
                "--superuser", PostgresServer.LOGIN, "--owner", owner, "--admin", admin, "--admin-name", "Главный администратор",
                "--allow-unencrypted"};

        assertThat(run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Создан владелец базы " + owner, "Создана база данных",
                "Схема базы", "Создан администратор " + admin);

        PostgresServer.checkPasswordsOf(owner, admin);
        try (Database db = Database.connect(address, admin, "Glavny-admin-2".toCharArray())) {
            var account = new AccountRepository(db).byLogin(admin).orElseThrow();
            assertThat(account.role()).isEqualTo(Role.ADMIN);
            assertThat(account.fullName()).isEqualTo("Главный администратор");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/"
                + address.database(), owner, "Vladelec-parol-1"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT tableowner FROM pg_tables WHERE tablename = 'school_visit'),"
                     + " (SELECT max(\"version\"::INT) FROM flyway_schema_history)")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(owner);
            assertThat(rs.getInt(2)).isEqualTo(Engine.POSTGRESQL.schemaVersion());
        }

        out.reset();
        assertThat(run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("уже подготовлен").doesNotContain("Создан");
    }

    @Test
    void givesAnAdministratorMovedFromAPcALoginRole() throws Exception {
        ServerAddress server = PostgresServer.newDatabase();
        String suffix = server.database();
        String owner = "owner_" + suffix;
        String admin = "moved_" + suffix;
        String[] setUp = {"--host", server.host(), "--port", Integer.toString(server.port()), "--database", "sw_" + suffix,
                "--owner", owner, "--allow-unencrypted"};
        assertThat(run(setUp)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ServerAddress address = new ServerAddress(server.host(), server.port(), "sw_" + suffix).unencryptedAllowed();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + address.host() + ":" + address.port() + "/"
                + address.database(), owner, "Vladelec-parol-1"); Statement st = c.createStatement()) {
            // What the move leaves: the PC's accounts, without login roles.
            st.execute("INSERT INTO app_user (login, full_name, user_role, password_hash) VALUES ('" + admin
                    + "', 'Перенесённый администратор', 'ADMIN', '$argon2id$pc')");
        }
        out.reset();
        String[] withAdmin = java.util.stream.Stream.concat(java.util.Arrays.stream(setUp),
                java.util.stream.Stream.of("--admin", admin, "--admin-name", "не меняется")).toArray(String[]::new);
        assertThat(run(withAdmin)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("получил вход");
        PostgresServer.checkPasswordsOf(admin);
        try (Database db = Database.connect(address, admin, "Glavny-admin-2".toCharArray())) {
            assertThat(new AccountRepository(db).byLogin(admin).orElseThrow().fullName()).isEqualTo("Перенесённый администратор");
        }
    }

    @Test
    void aServerWithoutTlsIsRefusedUnlessTheCommandAllowsItForATestNetwork() {
        ServerAddress server = PostgresServer.newDatabase();

        assertThat(run("--host", server.host(), "--port", Integer.toString(server.port()), "--database", "sw_no_tls_" + server.database(),
                "--owner", "owner_no_tls")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TLS");
    }

    @Test
    void refusesANameThatIsNotPlain() {
        assertThat(run("--host", "localhost", "--database", "school; DROP")).isEqualTo(ReportCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("строчные латинские буквы");
    }
}
