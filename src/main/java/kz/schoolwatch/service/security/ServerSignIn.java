// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import kz.schoolwatch.domain.ServerSettings;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.ServerAddress;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in to the unit's PostgreSQL server: each account is a login of the server, so the server itself checks
 * the password (and counts failures, and locks, by its own rules); a wrong password and an unknown login get the
 * same message as on the PC. Then the account's row in {@code app_user} gives the same {@link SignedIn} the PC's
 * sign-in gives, without a database key: the PC keeps no key and no file in server mode.
 */
public final class ServerSignIn implements SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSignIn.class);

    private final ServerSettings settings;
    private final Clock clock;

    public ServerSignIn(ServerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The server signed in to, for the sign-in form. */
    public ServerSettings settings() {
        return settings;
    }

    @Override
    public SignedIn signIn(String login, char[] password) throws SignInRefused, DatabaseOpenException {
        // Logins of the server are the accounts' logins in lower case.
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || password == null || password.length == 0) {
            throw new SignInRefused("signin.error.empty");
        }
        ServerAddress address;
        try {
            address = ServerAddress.of(settings);
        } catch (IllegalArgumentException e) {
            // A settings file edited by hand without a host, a database or a usable port.
            throw new SignInRefused("signin.error.serverSettings", settings.describe());
        }
        Database db;
        try {
            db = Database.connect(address, name, password);
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.LOGIN_REFUSED) {
                throw new SignInRefused("signin.error.wrong");
            }
            throw e;
        }
        try {
            UserAccount account = new AccountRepository(db).byLogin(name).orElse(null);
            if (account == null || !account.enabled()) {
                db.close();
                throw new SignInRefused("signin.error.disabled");
            }
            db.setActor(account.login());
            db.write(cfg -> {
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(account.login(), "LOGIN", "session", account.login(), null,
                        null, "server " + settings.describe()));
                return null;
            });
            touchLogin(db, account);
            return new SignedIn(db, null, account);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The time of the last sign-in, on the account's row; a server that keeps that row from its own account is no reason to refuse. */
    private void touchLogin(Database db, UserAccount account) {
        try {
            db.write(cfg -> {
                new AccountRepository(db).touchLogin(cfg.dsl(), account.login(), LocalDateTime.now(clock));
                return null;
            });
        } catch (DataAccessException e) {
            LOG.warn("The server did not record the time of the sign-in: {}", ErrorSummary.of(e));
        }
    }
}
