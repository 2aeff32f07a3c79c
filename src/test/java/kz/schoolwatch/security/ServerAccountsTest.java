// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.security.AccountService;
import org.junit.jupiter.api.Test;

/**
 * Accounts on the unit's server are login roles the administrator makes from the accounts screen
 * (db/postgresql/V9): the server then checks their passwords, and a disabled account cannot connect.
 */
class ServerAccountsTest {

    private static final char[] ADMIN_PASSWORD = "Admin-parol-1".toCharArray();

    @Test
    void anAccountMadeByTheAdministratorConnectsWithItsPasswordUntilItIsDisabled() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        String admin = "adm_" + address.database();
        String inspector = "isin_" + address.database();
        long officer;
        try (Database owner = PostgresServer.connect(address)) {
            officer = new TestRows(owner).officer("Исин", "100001", 1);
            owner.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, password_hash)"
                    + " VALUES (?, 'Администратор', 'ADMIN', 'server-login')", admin));
            // What server-setup does for the first administrator.
            owner.write(cfg -> cfg.dsl().execute("SELECT schoolwatch_set_login_password(?, ?)", admin,
                    org.postgresql.util.PasswordUtil.encodeScramSha256(ADMIN_PASSWORD.clone())));
        }
        PostgresServer.checkPasswordsOf(admin, inspector);

        try (Database db = Database.connect(address, admin, ADMIN_PASSWORD)) {
            db.setActor(admin);
            AccountRepository repository = new AccountRepository(db);
            UserAccount me = repository.byLogin(admin).orElseThrow();
            AccountService accounts = new AccountService(db, repository, null, null, new Access(me, id -> null), new DataChanges(),
                    Clock.systemDefaultZone());
            char[] first = "Vremenny-parol-7".toCharArray();
            long id = accounts.create(new AccountDraft(inspector, "Исин Т.", Role.INSPECTOR, officer, null), first, first);

            assertThat(connects(address, inspector, "Vremenny-parol-7")).isTrue();
            assertThat(connects(address, inspector, "wrong-password-1")).isFalse();
            assertThat(groupOf(address, admin, inspector)).isEqualTo("schoolwatch_inspector");

            accounts.update(id, new AccountDraft(inspector, "Исин Т.", Role.HEAD, null, 1, 1));
            assertThat(groupOf(address, admin, inspector)).isEqualTo("schoolwatch_head");

            accounts.disable(id);
            assertThat(connects(address, inspector, "Vremenny-parol-7")).isFalse();

            char[] second = "Novy-parol-8".toCharArray();
            accounts.resetPassword(id, second, second);
            assertThat(connects(address, inspector, "Novy-parol-8")).isTrue();
            assertThat(connects(address, inspector, "Vremenny-parol-7")).isFalse();
        }

        // The account changes its own password; the server, not the program, checks the current one.
        try (Database db = Database.connect(address, inspector, "Novy-parol-8".toCharArray())) {
            db.setActor(inspector);
            AccountRepository repository = new AccountRepository(db);
            AccountService own = new AccountService(db, repository, null, null,
                    new Access(repository.byLogin(inspector).orElseThrow(), id -> null), new DataChanges(), Clock.systemDefaultZone());
            assertThatThrownBy(() -> own.changeOwnPassword("Vremenny-parol-7".toCharArray(), "Tretiy-parol-9".toCharArray(),
                    "Tretiy-parol-9".toCharArray())).isInstanceOf(kz.schoolwatch.service.ValidationException.class);
            own.changeOwnPassword("Novy-parol-8".toCharArray(), "Tretiy-parol-9".toCharArray(), "Tretiy-parol-9".toCharArray());
            assertThat(repository.byLogin(inspector).orElseThrow().mustChangePassword()).isFalse();
        }
        assertThat(connects(address, inspector, "Tretiy-parol-9")).isTrue();
    }

    @Test
    void onlyAdministratorsMaySetPasswordsAndNeverForRolesThatAreNotAccounts() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        String clerk = "clerk_" + address.database();
        try (Database owner = PostgresServer.connect(address)) {
            owner.write(cfg -> cfg.dsl().execute("INSERT INTO app_user (login, full_name, user_role, password_hash)"
                    + " VALUES (?, 'Клерк', 'INSPECTOR', 'server-login'), ('postgres', 'Чужой', 'ADMIN', 'server-login')", clerk));
            owner.write(cfg -> cfg.dsl().execute("SELECT schoolwatch_set_login_password(?, ?)", clerk,
                    org.postgresql.util.PasswordUtil.encodeScramSha256("x".toCharArray())));
            assertThatThrownBy(() -> owner.write(cfg -> cfg.dsl().execute("SELECT schoolwatch_set_login_password('postgres', ?)",
                    org.postgresql.util.PasswordUtil.encodeScramSha256("x".toCharArray()))))
                    .hasMessageContaining("not a SchoolWatch account");
        }
        try (Connection c = DriverManager.getConnection(url(address), clerk, "x"); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("SELECT schoolwatch_set_login_password('" + clerk + "', 'SCRAM-SHA-256$x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.execute("ALTER ROLE " + clerk + " CREATEROLE")).isInstanceOf(SQLException.class);
        }
    }

    private static String url(ServerAddress a) {
        return "jdbc:postgresql://" + a.host() + ":" + a.port() + "/" + a.database();
    }

    private static boolean connects(ServerAddress address, String login, String password) {
        try (Connection c = DriverManager.getConnection(url(address), login, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String groupOf(ServerAddress address, String admin, String login) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(address), PostgresServer.LOGIN, "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                     + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" + login + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
