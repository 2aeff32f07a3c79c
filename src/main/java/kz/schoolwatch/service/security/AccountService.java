// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.ServerLogins;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.persistence.security.PasswordHashes;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.SaveErrors;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.Validator;
import kz.schoolwatch.service.Versions;
import kz.schoolwatch.service.Writes;

/**
 * Accounts once signed in: the administrator creates, edits, disables and resets them; everybody changes their
 * own password and unlocks their idle screen. A password change rewraps only that account's copy of the
 * database key; disabling an account removes its copy, so the account can no longer open the database at all.
 * On the unit's server each account is a login role instead ({@link ServerLogins}): the server checks the
 * password, so a change of password, role or state changes the login role in the same transaction as the row,
 * and there is no key ring ({@code folder} and {@code key} are null).
 */
public final class AccountService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Database db;
    private final AccountRepository accounts;
    private final Path folder;
    private final DatabaseKey key;
    private final Access access;
    private final Writes writes;
    private final Lockout lockout;
    private final Clock clock;
    private final boolean server;

    public AccountService(Database db, AccountRepository accounts, Path folder, DatabaseKey key, Access access,
                          DataChanges changes, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.folder = folder;
        this.key = key;
        this.access = access;
        this.writes = new Writes(db, changes);
        this.clock = clock;
        this.lockout = new Lockout(clock);
        this.server = db.engine() == Engine.POSTGRESQL;
    }

    public List<UserAccount> list() {
        access.require(Permission.MANAGE_ACCOUNTS);
        return accounts.all();
    }

    /** The signed-in account as it is stored now. */
    public UserAccount current() {
        return accounts.byLogin(access.login()).orElse(access.user());
    }

    /**
     * Creates an account with a temporary password that must be changed at its first sign-in.
     *
     * @throws ValidationException when a field is wrong (nothing is written)
     */
    public long create(AccountDraft draft, char[] password, char[] repeat) {
        return create(draft, password, repeat, true);
    }

    /**
     * Creates an account of the demo city, whose password is printed in the demo's notice and need not be
     * changed. Only for a database the demo city was just loaded into.
     */
    public long createDemoAccount(AccountDraft draft, char[] password) {
        return create(draft, password, password, false);
    }

    private long create(AccountDraft draft, char[] password, char[] repeat, boolean temporary) {
        access.require(Permission.MANAGE_ACCOUNTS);
        AccountDraft d = clean(draft);
        Validator v = validate(d);
        PasswordPolicy.check(v, d.login(), password, repeat);
        v.check(accounts.byLogin(d.login()).isPresent(), "login", "account.error.loginTaken");
        v.throwIfInvalid();
        String hash = storedHash(password);
        // The rule covers another administrator taking the login between the check above and the insert.
        long id = writes.save(Topic.ACCOUNTS, tx -> {
            long made = accounts.insert(tx, d, hash, temporary);
            if (server) {
                ServerLogins.setPassword(tx, d.login(), password);
            }
            return made;
        }, SaveErrors.rule("APP_USER_LOGIN_UQ", "login", "account.error.loginTaken"));
        updateRing(ring -> {
            ring.putKey(d.login(), password, key);
            // Tries made at the sign-in form before the account existed count for nothing.
            ring.clearFailures(d.login());
        });
        return id;
    }

    /**
     * Changes an account's name, role, officer and district (the login stays), as its form opened it
     * ({@code draft.version()}).
     *
     * @throws EditConflictException when someone else changed the account meanwhile; nothing written
     */
    public void update(long id, AccountDraft draft) {
        access.require(Permission.MANAGE_ACCOUNTS);
        UserAccount before = accounts.byId(id).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
        AccountDraft d = clean(new AccountDraft(before.login(), draft.fullName(), draft.role(), draft.officerId(), draft.districtId(),
                draft.version()));
        Validator v = validate(d);
        v.check(before.role() == Role.ADMIN && d.role() != Role.ADMIN && before.enabled() && accounts.countEnabledAdmins() <= 1,
                "role", "account.error.lastAdmin");
        v.throwIfInvalid();
        writes.run(Topic.ACCOUNTS, tx -> {
            Versions.requireUpdated(accounts.update(tx, id, d), () -> accounts.find(tx, id));
            if (server) {
                ServerLogins.sync(tx, d.login());
            }
        });
    }

    /** Disables an account: it can no longer sign in, and its copy of the database key is destroyed. */
    public void disable(long id) {
        access.require(Permission.MANAGE_ACCOUNTS);
        UserAccount a = accounts.byId(id).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
        if (a.login().equals(access.login())) {
            throw new AccessDeniedException("account.error.disableSelf");
        }
        if (a.role() == Role.ADMIN && accounts.countEnabledAdmins() <= 1) {
            throw new AccessDeniedException("account.error.lastAdmin");
        }
        writes.run(Topic.ACCOUNTS, tx -> {
            accounts.setEnabled(tx, id, false);
            if (server) {
                ServerLogins.sync(tx, a.login());
            }
        });
        updateRing(ring -> ring.remove(a.login()));
    }

    /**
     * Sets a temporary password (to be changed at the next sign-in), enables the account and clears its
     * lockout. Also how a disabled account is given back.
     */
    public void resetPassword(long id, char[] password, char[] repeat) {
        access.require(Permission.MANAGE_ACCOUNTS);
        UserAccount a = accounts.byId(id).orElseThrow(() -> new SaveFailedException("common.error.gone", null));
        PasswordPolicy.check(new Validator(), a.login(), password, repeat).throwIfInvalid();
        String hash = storedHash(password);
        writes.run(Topic.ACCOUNTS, tx -> {
            accounts.setPassword(tx, a.login(), hash, true);
            // Counts the version up: a form still open on the account learns of the reset when it saves.
            accounts.setEnabled(tx, id, true);
            if (server) {
                ServerLogins.setPassword(tx, a.login(), password);
            }
            AuditLog.append(tx, AuditLog.Entry.of(access.login(), "PASSWORD_RESET", "app_user", a.login(), null, null, null));
        });
        updateRing(ring -> {
            ring.putKey(a.login(), password, key);
            ring.clearFailures(a.login());
        });
    }

    /** Changes the signed-in account's own password, after checking the current one. */
    public void changeOwnPassword(char[] current, char[] password, char[] repeat) {
        String login = access.login();
        Validator v = new Validator();
        v.check(!passwordFits(login, current), "current", "password.error.current");
        PasswordPolicy.check(v, login, password, repeat);
        v.check(new String(current).equals(new String(password)), "password", "password.error.same");
        v.throwIfInvalid();
        String hash = storedHash(password);
        // Nobody else's screen shows a password.
        writes.saveUnpublished(tx -> {
            if (server) {
                // An account may not write its row's password column on the server, only the flag.
                accounts.setMustChangePassword(tx, login, false);
                ServerLogins.changeOwnPassword(tx, password);
            } else {
                accounts.setPassword(tx, login, hash, false);
            }
            AuditLog.append(tx, AuditLog.Entry.of(login, "PASSWORD_CHANGE", "app_user", login, null, null, null));
            return null;
        });
        updateRing(ring -> ring.putKey(login, password, key));
    }

    /**
     * Unlocks the idle-locked screen with the signed-in account's password. Wrong passwords count towards the
     * same lockout as at sign-in.
     *
     * @throws SignInRefused a wrong password, or the account is (now) locked
     */
    public void unlock(char[] password) throws SignInRefused {
        String login = access.login();
        if (server) {
            unlockOnServer(login, password);
            return;
        }
        KeyRing ring = ring();
        Optional<Instant> locked = lockout.lockedUntil(ring, login);
        if (locked.isPresent()) {
            throw new SignInRefused("signin.error.locked", TIME.format(LocalDateTime.ofInstant(locked.get(), clock.getZone())));
        }
        if (PasswordHashes.matches(password, accounts.passwordHash(login).orElse(null))) {
            ring.clearFailures(login);
            save(ring);
            audit("UNLOCK", null);
            return;
        }
        Optional<Instant> lockedNow = lockout.fail(ring, login);
        save(ring);
        audit("UNLOCK_FAILED", "wrong password");
        if (lockedNow.isPresent()) {
            audit("LOCKOUT", Lockout.MAX_FAILURES + " failed attempts");
            throw new SignInRefused("signin.error.lockedNow", Lockout.MAX_FAILURES, Lockout.LOCK.toMinutes());
        }
        throw new SignInRefused("signin.error.wrongLeft", lockout.attemptsLeft(ring, login));
    }

    /**
     * On the unit's server the server checks the password (and counts failures by its own rules); the PC keeps no
     * key ring to count them in. A server out of reach is said as such, and the screen stays locked.
     */
    private void unlockOnServer(String login, char[] password) throws SignInRefused {
        boolean fits;
        try {
            fits = db.passwordFits(login, password);
        } catch (RuntimeException e) {
            throw new SignInRefused("unlock.error.serverUnreachable");
        }
        if (fits) {
            audit("UNLOCK", null);
            return;
        }
        audit("UNLOCK_FAILED", "wrong password");
        throw new SignInRefused("signin.error.wrong");
    }

    /** Records that the screen locked itself, or that the user signed out. */
    public void audit(String action, String detail) {
        db.write(cfg -> {
            AuditLog.append(cfg.dsl(), AuditLog.Entry.of(access.login(), action, "session", access.login(), null, null, detail));
            return null;
        });
    }

    private Validator validate(AccountDraft d) {
        Validator v = new Validator();
        PasswordPolicy.checkLogin(v, d.login());
        v.required("fullName", d.fullName()).maxLength("fullName", d.fullName(), 200);
        v.required("role", d.role());
        if (d.role() == Role.INSPECTOR) {
            v.required("officer", d.officerId());
        }
        return v;
    }

    private static AccountDraft clean(AccountDraft d) {
        return new AccountDraft(KeyRing.normalise(d.login()), d.fullName() == null ? null : d.fullName().trim(), d.role(),
                d.officerId(), d.districtId(), d.version());
    }

    /** What the account's row keeps of a password: its Argon2 hash on the PC, a marker on the server. */
    private String storedHash(char[] password) {
        return server ? ServerLogins.PASSWORD_MARKER : PasswordHashes.hash(password);
    }

    private boolean passwordFits(String login, char[] password) {
        return server ? db.passwordFits(login, password)
                : PasswordHashes.matches(password, accounts.passwordHash(login).orElse(null));
    }

    private interface RingChange {
        void apply(KeyRing ring);
    }

    private void updateRing(RingChange change) {
        if (server) {
            return;
        }
        KeyRing ring = ring();
        change.apply(ring);
        save(ring);
    }

    private KeyRing ring() {
        return KeyRing.load(folder);
    }

    /** A key ring that cannot be written is a failed save, told to the user like any other. */
    private static void save(KeyRing ring) {
        try {
            ring.save();
        } catch (UncheckedIOException e) {
            throw new SaveFailedException("common.error.saveFailed", e);
        }
    }
}
