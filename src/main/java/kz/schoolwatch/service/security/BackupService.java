// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.OwnerOnly;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.security.DatabaseKey;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.Validator;

/**
 * Backups: automatic ones on exit and once a day, a manual one, and the check of a backup before a restore.
 * The restore itself swaps files under a closed database, so it runs between sessions ({@link RestoreService}).
 */
public final class BackupService {

    static final String KEEP = "retention.backups";
    public static final int KEEP_MAX = 365;
    private static final Duration DAILY = Duration.ofHours(24);

    private final Database db;
    private final DatabaseKey key;
    private final SettingsRepository settings;
    private final Access access;
    private final Clock clock;

    public BackupService(Database db, DatabaseKey key, SettingsRepository settings, Access access, Clock clock) {
        this.db = db;
        this.key = key;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** The PC's backups, newest first; none on the unit's server, which is backed up on the server. */
    public List<BackupFile> list() throws IOException {
        if (db.server().isPresent()) {
            return List.of();
        }
        return Backups.list(db.folder());
    }

    /**
     * The unit's server the data is on ({@code host:port/database}); empty on the PC's own file. On the server the
     * backups are the server's (pg_dump, base backups): the PC makes none.
     */
    public Optional<String> server() {
        return db.server().map(Object::toString);
    }

    /** Whether this PC reaches the unit's server without TLS (allowed for a test network only): the screen warns. */
    public boolean serverUnencrypted() {
        return db.server().map(ServerAddress::allowUnencrypted).orElse(false);
    }

    /** How many backups are kept; older ones are deleted after each new one. */
    public int keep() {
        return settings.get(KEEP).map(Integer::parseInt).orElse(10);
    }

    public void setKeep(Integer keep) {
        access.require(Permission.BACKUPS);
        new Validator().required("keep", keep).range("keep", keep, 1, KEEP_MAX).throwIfInvalid();
        settings.put(KEEP, Integer.toString(keep));
    }

    /** A backup asked for by the administrator. */
    public BackupFile backupNow() throws IOException {
        access.require(Permission.BACKUPS);
        return backup("manual");
    }

    /**
     * A backup made by {@code schoolwatch backup} (an administrator's scheduled job), with a copy of the same
     * encrypted file in {@code copyTo} when given. The audit entry says so and names the folder. The copy is the
     * owner's alone where the file system has POSIX rights; restoring it needs the key ring of this data folder.
     *
     * @return the backup in the data folder, and the copy's path (null without {@code copyTo})
     */
    public CommandBackup backupFromCommandLine(Path copyTo) throws IOException {
        access.require(Permission.BACKUPS);
        BackupFile file = backup(copyTo == null ? "command line" : "command line, copied to " + copyTo.toAbsolutePath());
        Path copy = null;
        if (copyTo != null) {
            copy = copyTo.resolve(file.path().getFileName());
            Path partial = copyTo.resolve(file.path().getFileName() + ".part");
            Files.copy(file.path(), partial, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.file(partial);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new CommandBackup(file, copy);
    }

    /** What {@link #backupFromCommandLine} made. */
    public record CommandBackup(BackupFile backup, Path copy) {
    }

    /**
     * An automatic backup (on exit, or the day's first). Made whoever is signed in: it is the program's
     * housekeeping, not something the user chose.
     */
    public BackupFile backupAutomatically(String reason) throws IOException {
        return backup(reason);
    }

    /** True when the newest backup is a day old or there is none. */
    public boolean dailyDue() throws IOException {
        List<BackupFile> files = list();
        return files.isEmpty() || Duration.between(files.get(0).madeAt(), LocalDateTime.now(clock)).compareTo(DAILY) >= 0;
    }

    /** Rebuilds and checks a backup before anything is replaced. */
    public CheckedBackup check(Path backup) throws IOException {
        access.require(Permission.BACKUPS);
        return Backups.check(db.folder(), backup, key);
    }

    /** True when {@code checked} was made by a newer program, whose schema this one does not know. */
    public boolean madeByNewerProgram(CheckedBackup checked) {
        return checked.schemaVersion() > Database.SCHEMA_VERSION;
    }

    private BackupFile backup(String reason) throws IOException {
        // Recorded before the script, so the backup holds the record of its own making.
        db.write(cfg -> {
            AuditLog.append(cfg.dsl(), AuditLog.Entry.of(access.login(), "BACKUP", "database", null, null, null, reason));
            return null;
        });
        BackupFile file = Backups.write(db, key, LocalDateTime.now(clock));
        Backups.prune(db.folder(), keep());
        return file;
    }
}
