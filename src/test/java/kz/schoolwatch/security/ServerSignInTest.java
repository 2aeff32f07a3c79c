// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAccounts;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.service.security.ServerSignIn;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.Test;

/** Signing in to the unit's server: the server's login, the account's row, the same session as on the PC. */
class ServerSignInTest {

    private static ServerSettings settings(ServerAddress address, boolean allowUnencrypted) {
        return new ServerSettings(address.host(), address.port(), address.database(), null, allowUnencrypted);
    }

    @Test
    void anAccountSignsInToTheServerAndGetsTheSameSessionAsOnThePc() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Касымов Ерлан", Role.HEAD);

        ServerSignIn signIn = new ServerSignIn(settings(address, true), Clock.systemUTC());
        try (AppContext context = new AppContext(signIn.signIn(login.toUpperCase(), ServerAccounts.PASSWORD.toCharArray()),
                Messages.russian(), Clock.systemUTC())) {
            SignedIn session = context.session();
            assertThat(session.onServer()).isTrue();
            assertThat(session.key()).as("no database key on the PC in server mode").isNull();
            assertThat(session.account().fullName()).isEqualTo("Касымов Ерлан");
            assertThat(context.onServer()).isTrue();
            assertThat(context.access().login()).isEqualTo(login);
            assertThat(context.dashboard()).isNotNull();
            Integer logins = context.database().dsl()
                    .fetchOne("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN' AND actor = ?", login).get(0, Integer.class);
            assertThat(logins).isEqualTo(1);
        }
    }

    @Test
    void anUnknownLoginGetsTheSameMessageAsAWrongPassword() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        ServerSignIn signIn = new ServerSignIn(settings(address, true), Clock.systemUTC());

        assertThatThrownBy(() -> signIn.signIn("nobody_at_all", "whatever-123".toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.messageKey()).isEqualTo("signin.error.wrong"));
        assertThatThrownBy(() -> signIn.signIn(" ", "whatever-123".toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.messageKey()).isEqualTo("signin.error.empty"));
    }

    @Test
    void aServerWithoutTlsIsRefusedWithAReasonUnlessTheSettingsAllowIt() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Сейтова Айгерим", Role.INSPECTOR);

        assertThatThrownBy(() -> new ServerSignIn(settings(address, false), Clock.systemUTC())
                .signIn(login, ServerAccounts.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_WITHOUT_TLS);
                    assertThat(kz.schoolwatch.i18n.DatabaseErrors.describe(e, Messages.russian()))
                            .contains("не поддерживает защищённое соединение (TLS)").contains("localhost:" + address.port());
                });
    }

    @Test
    void theServerChecksThePasswordAtSignInAndAtTheIdleLock() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        PostgresServer.connect(address).close();
        String login = ServerAccounts.create(address, "Сейтова Айгерим", Role.INSPECTOR, true);
        ServerSignIn signIn = new ServerSignIn(settings(address, true), Clock.systemUTC());

        assertThatThrownBy(() -> signIn.signIn(login, "Wrong-2026-pass".toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.messageKey()).isEqualTo("signin.error.wrong"));

        try (AppContext context = new AppContext(signIn.signIn(login, ServerAccounts.PASSWORD.toCharArray()),
                Messages.russian(), Clock.systemUTC())) {
            assertThatThrownBy(() -> context.accounts().unlock("Wrong-2026-pass".toCharArray()))
                    .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.messageKey()).isEqualTo("signin.error.wrong"));
            context.accounts().unlock(ServerAccounts.PASSWORD.toCharArray());
            Integer unlocks = context.database().dsl()
                    .fetchOne("SELECT COUNT(*) FROM audit_entry WHERE action IN ('UNLOCK', 'UNLOCK_FAILED') AND actor = ?", login)
                    .get(0, Integer.class);
            assertThat(unlocks).isEqualTo(2);
        }
    }

    @Test
    void aServerOutOfReachAndBrokenSettingsAreToldAtSignIn() throws Exception {
        int closed;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        ServerSignIn nowhere = new ServerSignIn(new ServerSettings("localhost", closed, "schoolwatch", null, true), Clock.systemUTC());
        assertThatThrownBy(() -> nowhere.signIn("inspektor", ServerAccounts.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(
                        kz.schoolwatch.i18n.DatabaseErrors.describe(e, Messages.russian())).isEqualTo("Сервер подразделения localhost:"
                        + closed + " не отвечает. Проверьте подключение к сети (и что сервер включён), затем попробуйте ещё раз."));

        ServerSignIn broken = new ServerSignIn(new ServerSettings("", 0, "schoolwatch", null, false), Clock.systemUTC());
        assertThatThrownBy(() -> broken.signIn("inspektor", ServerAccounts.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SignInRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signin.error.serverSettings"));
    }
}
