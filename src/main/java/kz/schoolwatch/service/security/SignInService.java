// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.FileFormat;
import kz.schoolwatch.persistence.store.InstanceLock;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyDerivation;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.persistence.security.PasswordHashes;
import kz.schoolwatch.persistence.store.PlainDatabase;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.Validator;

/**
 * Everything before the database is open: the first start's set-up of the administrator (and the encryption
 * of a database from before accounts existed), and signing in. A password opens the database by unwrapping
 * its key from the key ring, so a wrong one is known without touching the database; failed attempts and
 * lockouts are kept in the key ring and copied into the audit trail at the next successful sign-in.
 */
public final class SignInService implements SignIn {

    /** What the first screen must be. */
    public enum Start {
        /** No database yet: create the administrator. */
        SET_UP,
        /** A database from before accounts: create the administrator, then encrypt it. */
        ENCRYPT_EXISTING,
        /** An encrypted database whose key ring is missing: nobody can open it. */
        KEY_RING_MISSING,
        SIGN_IN
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Path folder;
    private final Clock clock;
    private final Lockout lockout;

    public SignInService(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.lockout = new Lockout(clock);
    }

    public Path folder() {
        return folder;
    }

    public Start start() {
        if (KeyRing.existsIn(folder)) {
            return Start.SIGN_IN;
        }
        if (PlainDatabase.existsIn(folder)) {
            return Start.ENCRYPT_EXISTING;
        }
        return PlainDatabase.encryptedExistsIn(folder) ? Start.KEY_RING_MISSING : Start.SET_UP;
    }

    /**
     * Whether another running copy holds the data folder, asked before anybody types a password: the second
     * copy says so at once, and who holds it.
     */
    public Optional<DatabaseOpenException> inUse() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return Optional.of(new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, folder.toString(), e));
        }
        try (InstanceLock probe = InstanceLock.acquire(folder)) {
            return Optional.empty();
        } catch (DatabaseOpenException e) {
            return Optional.of(e);
        }
    }

    /**
     * Whether the folder holds a database file this program must not open — one of another H2 version, an old
     * PageStore file with no current file beside it, a file that is not H2 — asked before anybody types a
     * password, so the first start neither offers to set up a new database beside it nor converts it. Only reads.
     * (An encrypted file's H2 format is behind its key; signing in checks it before opening.)
     */
    public Optional<DatabaseOpenException> foreignFile() {
        return FileFormat.inspect(folder).map(p -> new DatabaseOpenException(DatabaseOpenException.Reason.FOREIGN_FORMAT,
                p.toDetail(), null));
    }

    /** Checks the set-up form without doing anything. */
    public void validateSetUp(AccountDraft admin, char[] password, char[] repeat) {
        Validator v = new Validator();
        PasswordPolicy.checkLogin(v, admin.login());
        v.required("fullName", admin.fullName()).maxLength("fullName", admin.fullName(), 200);
        PasswordPolicy.check(v, admin.login(), password, repeat);
        v.throwIfInvalid();
    }

    /**
     * Creates the database (encrypting an existing plain one first) with {@code admin} as its administrator,
     * and signs in.
     *
     * @throws ValidationException when the form is wrong (nothing is written)
     */
    public SignedIn setUp(AccountDraft admin, char[] password, char[] repeat) throws DatabaseOpenException {
        AccountDraft d = new AccountDraft(KeyRing.normalise(admin.login()), admin.fullName() == null ? null : admin.fullName().trim(),
                Role.ADMIN, null, null);
        validateSetUp(d, password, repeat);
        Start start = start();
        if (start != Start.SET_UP && start != Start.ENCRYPT_EXISTING) {
            throw new IllegalStateException("set-up is only for a folder without a key ring: " + start);
        }
        DatabaseKey key = DatabaseKey.random();
        if (start == Start.ENCRYPT_EXISTING) {
            PlainDatabase.encrypt(folder, key);
        }
        Database db = Database.open(folder, key);
        try {
            db.setActor(d.login());
            AccountRepository accounts = new AccountRepository(db);
            String hash = PasswordHashes.hash(password);
            db.write(cfg -> {
                accounts.insert(cfg.dsl(), d, hash, false);
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(d.login(), "SETUP", "app_user", d.login(), null, null,
                        start == Start.ENCRYPT_EXISTING ? "existing database encrypted" : "new database"));
                return null;
            });
            KeyRing ring = KeyRing.load(folder);
            ring.putKey(d.login(), password, key);
            ring.save();
            return finishSignIn(db, key, accounts.byLogin(d.login()).orElseThrow(), ring);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Signs {@code login} in with {@code password}.
     *
     * @throws SignInRefused          wrong login or password, locked or disabled account
     * @throws DatabaseOpenException  the database cannot be opened (in use, newer, key does not fit)
     * @throws DatabaseDamagedException the password is right but the file is damaged: what may be done about it
     */
    @Override
    public SignedIn signIn(String login, char[] password) throws SignInRefused, DatabaseOpenException, DatabaseDamagedException {
        String name = KeyRing.normalise(login);
        KeyRing ring = KeyRing.load(folder);
        if (name.isEmpty() || password == null || password.length == 0) {
            throw new SignInRefused("signin.error.empty");
        }
        Optional<Instant> locked = lockout.lockedUntil(ring, name);
        if (locked.isPresent()) {
            pending(ring, name, "LOGIN_LOCKED", "refused while locked");
            throw new SignInRefused("signin.error.locked", TIME.format(LocalDateTime.ofInstant(locked.get(), zone())));
        }
        Optional<DatabaseKey> key = ring.unwrap(name, password);
        if (key.isEmpty()) {
            throw failed(ring, name);
        }
        Database db;
        try {
            db = Database.open(folder, key.get());
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.DAMAGED) {
                throw new DatabaseDamagedException(new DamagedDatabase(this, folder, name, key.get(), clock), e);
            }
            key.get().close();
            throw e;
        }
        UserAccount account = new AccountRepository(db).byLogin(name).orElse(null);
        if (account == null || !account.enabled()) {
            db.close();
            key.get().close();
            pending(ring, name, "LOGIN_FAILED", "account disabled");
            throw new SignInRefused("signin.error.disabled");
        }
        if (!ring.derivation(name).orElseThrow().equals(KeyDerivation.STANDARD)) {
            // A copy wrapped under older parameters is wrapped again under today's, once, while the password is at hand.
            ring.putKey(name, password, key.get());
        }
        return finishSignIn(db, key.get(), account, ring);
    }

    /**
     * One answer for an unknown login and a wrong password, so the form never tells which logins exist: the same
     * neutral message, the same count towards a lockout (an unknown login is locked after the same number of tries,
     * for the same time), and the lockout's message only once it has happened. Only the audit trail tells the two
     * apart.
     */
    private SignInRefused failed(KeyRing ring, String name) {
        boolean known = ring.hasKey(name);
        Optional<Instant> lockedNow = lockout.fail(ring, name);
        ring.addPending(new KeyRing.PendingEvent(clock.instant(), clip(name), "LOGIN_FAILED", known ? "wrong password" : "unknown login"));
        if (lockedNow.isPresent()) {
            pending(ring, name, "LOCKOUT", Lockout.MAX_FAILURES + " failed attempts");
            return new SignInRefused("signin.error.lockedNow", Lockout.MAX_FAILURES, Lockout.LOCK.toMinutes());
        }
        ring.save();
        return new SignInRefused("signin.error.wrong");
    }

    /** Clears the failures, writes the events kept while the database was closed, and records the sign-in. */
    SignedIn finishSignIn(Database db, DatabaseKey key, UserAccount account, KeyRing ring) {
        db.setActor(account.login());
        ring.clearFailures(account.login());
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (KeyRing.PendingEvent p : ring.pending()) {
            entries.add(AuditLog.Entry.of(p.login(), p.action(), "session", p.login(), null, null, p.detail())
                    .at(LocalDateTime.ofInstant(p.at(), zone())));
        }
        entries.add(AuditLog.Entry.of(account.login(), "LOGIN", "session", account.login(), null, null, null));
        AccountRepository accounts = new AccountRepository(db);
        db.write(cfg -> {
            entries.forEach(e -> AuditLog.append(cfg.dsl(), e));
            accounts.touchLogin(cfg.dsl(), account.login(), LocalDateTime.now(clock));
            return null;
        });
        ring.clearPending();
        ring.save();
        return new SignedIn(db, key, account);
    }

    void pending(KeyRing ring, String login, String action, String detail) {
        ring.addPending(new KeyRing.PendingEvent(clock.instant(), clip(login), action, detail));
        ring.save();
    }

    private static String clip(String login) {
        return login.length() > 40 ? login.substring(0, 40) : login;
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
