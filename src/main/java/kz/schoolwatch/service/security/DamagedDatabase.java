// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.RecoveryExport;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.persistence.security.KeyRing;

/**
 * A sign-in that stopped at a damaged database file, holding the key the password unwrapped. The user may put
 * the newest backup in its place and go on signing in, or have H2's recovery tool extract what it can read.
 * Whoever has the password may do either: the file cannot say who is an administrator, neither step destroys
 * anything (the damaged file is moved aside whole, the backup stays), and both end up in the audit trail.
 */
public final class DamagedDatabase implements AutoCloseable {

    private final SignInService signIn;
    private final Path folder;
    private final String login;
    private final DatabaseKey key;
    private final Clock clock;
    private boolean handedOver;

    /** A finished restore: the session on the restored database, the backup used, where the damaged file went. */
    public record Restored(SignedIn session, String backupName, Path damagedFile) {
    }

    DamagedDatabase(SignInService signIn, Path folder, String login, DatabaseKey key, Clock clock) {
        this.signIn = signIn;
        this.folder = folder;
        this.login = login;
        this.key = key;
        this.clock = clock;
    }

    /**
     * A session that met a damaged page after the opening: its database is closed without writing anything more,
     * the meeting is kept in the key ring for the audit trail (the file cannot take it), and the session's key
     * passes to the returned object, which offers what the sign-in offers for a damaged file.
     */
    public static DamagedDatabase metInSession(SignedIn session, Clock clock) {
        Path folder = session.database().folder();
        String login = session.account().login();
        session.database().closeWithoutWriting();
        SignInService signIn = new SignInService(folder, clock);
        try {
            signIn.pending(KeyRing.load(folder), login, "DAMAGE_FOUND", "a damaged page met while signed in");
        } catch (RuntimeException e) {
            // The key ring could not take the note; what matters now is that nothing more is written to the file.
        }
        return new DamagedDatabase(signIn, folder, login, session.key(), clock);
    }

    /** The damaged database file (until a restore moves it aside). */
    public Path file() {
        return DamagedFileRecovery.file(folder);
    }

    /** The backup a restore would use: the newest one in the data folder. */
    public Optional<BackupFile> latestBackup() throws IOException {
        return DamagedFileRecovery.latestBackup(folder);
    }

    /**
     * Moves the damaged file into {@code damaged-<time>/}, puts the newest backup in its place and finishes the
     * sign-in on it. The restore is the first entry after the backup's own in the audit trail.
     *
     * @throws IOException           no backup, or it failed its check (nothing was moved)
     * @throws DatabaseOpenException the restored database would not open (the damaged file is back in place)
     * @throws SignInRefused         the account is missing or disabled in the backup (the restore stays)
     */
    public Restored restoreLatest(DoubleConsumer progress) throws IOException, DatabaseOpenException, SignInRefused {
        DamagedFileRecovery.Restored restored = DamagedFileRecovery.restoreLatest(folder, key, LocalDateTime.now(clock), progress);
        Database db = restored.database();
        try {
            db.setActor(login);
            String detail = "damaged file kept as " + folder.relativize(restored.damagedFile()) + "; backup "
                    + restored.backup().path().getFileName();
            db.write(cfg -> {
                AuditLog.append(cfg.dsl(), AuditLog.Entry.of(login, "RESTORE", "database", null, null, null, detail));
                return null;
            });
            UserAccount account = new AccountRepository(db).byLogin(login).orElse(null);
            KeyRing ring = KeyRing.load(folder);
            if (account == null || !account.enabled()) {
                db.close();
                signIn.pending(ring, login, "LOGIN_FAILED", "account disabled");
                throw new SignInRefused("signin.error.disabled");
            }
            handedOver = true;
            return new Restored(signIn.finishSignIn(db, key, account, ring), restored.backup().path().getFileName().toString(),
                    restored.damagedFile());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Writes what H2's recovery tool can read from a copy of the damaged file into {@code recovered-<time>/} of
     * the data folder, as an SQL script in clear (see docs/RELIABILITY.md), and notes it for the audit trail.
     */
    public RecoveryExport exportReadable(DoubleConsumer progress) throws IOException {
        if (!Files.exists(file())) {
            throw new IOException("The damaged file is no longer in the data folder");
        }
        RecoveryExport export = DamagedFileRecovery.exportReadable(folder, file(), key, LocalDateTime.now(clock), progress);
        // The database cannot take the entry now; the key ring keeps it for the next sign-in, as for failed ones.
        signIn.pending(KeyRing.load(folder), login, "RECOVERY_EXPORT", folder.relativize(export.script()).toString());
        return export;
    }

    /** Wipes the key, unless a restore has handed it to the session. */
    @Override
    public void close() {
        if (!handedOver) {
            key.close();
        }
    }
}
