// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.RecoveryExport;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.api.ErrorCode;
import org.h2.tools.Recover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What can be done with a database file that H2 reports as damaged ({@link DatabaseOpenException.Reason#DAMAGED}).
 * Nothing here writes to or deletes the damaged file: a restore moves it, whole, into {@code damaged-<time>/}
 * in the data folder before the backup takes its place; an export reads a copy of it.
 */
public final class DamagedFileRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedFileRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DB_FILE = H2Url.FILE_NAME + ".mv.db";

    /** A restore that has put the newest backup in place of the damaged file and opened it. */
    public record Restored(Database database, BackupFile backup, Path damagedFile) {
    }

    private DamagedFileRecovery() {
    }

    /**
     * Whether {@code error}, met by a read or a write of an open database, means that the file is damaged: H2's
     * "file corrupted", an MVStore failure that means damaged bytes (a page that fails its check, a chunk or block
     * that is not where the file says), or a table the program's schema names that the file no longer knows (its
     * catalog page is destroyed: a database opened by this program always has every table of its schema).
     * Failures of the disk itself (full, removed) and the database's own refusals are not damage.
     */
    public static boolean isDamage(Throwable error) {
        if (DamageDiagnosis.corrupt(error)) {
            return true;
        }
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || s.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2
                    || s.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1)) {
                return true;
            }
        }
        return false;
    }

    /** The database file of {@code dataFolder}. */
    public static Path file(Path dataFolder) {
        return dataFolder.resolve(DB_FILE);
    }

    /** The newest backup of {@code dataFolder}, if there is one. */
    public static Optional<BackupFile> latestBackup(Path dataFolder) throws IOException {
        List<BackupFile> all = Backups.list(dataFolder);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Puts the newest backup in place of the damaged database and opens it. The backup is first rebuilt and
     * checked beside the database (as in a restore from Settings); only then is the damaged file moved into
     * {@code damaged-<now>/}, unchanged. If the restored database does not open, the damaged file is moved back.
     *
     * @throws IOException when there is no backup, or it is unreadable or fails its check (nothing is moved)
     */
    public static Restored restoreLatest(Path dataFolder, DatabaseKey key, LocalDateTime now, DoubleConsumer progress)
            throws IOException, DatabaseOpenException {
        BackupFile latest = latestBackup(dataFolder).orElseThrow(() -> new IOException("There is no backup"));
        progress.accept(0.1);
        CheckedBackup checked = Backups.check(dataFolder, latest.path(), key);
        if (!checked.chain().intact() || checked.schemaVersion() > Database.SCHEMA_VERSION) {
            Backups.deleteTree(checked.rebuiltFile().getParent());
            throw new IOException("The backup failed its check: audit chain " + checked.chain() + ", schema " + checked.schemaVersion());
        }
        progress.accept(0.6);
        Path current = file(dataFolder);
        Path aside = newFolder(dataFolder, "damaged-", now).resolve(DB_FILE);
        Files.move(current, aside);
        try {
            Files.move(checked.rebuiltFile(), current);
            progress.accept(0.8);
            Database db = Database.open(dataFolder, key);
            Backups.deleteTree(checked.rebuiltFile().getParent());
            progress.accept(1.0);
            return new Restored(db, latest, aside);
        } catch (IOException | DatabaseOpenException | RuntimeException e) {
            // The rebuilt copy goes (the backup is still there); the damaged file returns to where it was.
            Files.deleteIfExists(current);
            Files.move(aside, current);
            Files.deleteIfExists(aside.getParent());
            Backups.deleteTree(checked.rebuiltFile().getParent());
            throw e;
        }
    }

    /**
     * Runs H2's recovery tool on a copy of {@code damaged} and leaves its SQL script in {@code recovered-<now>/}
     * of the data folder. The tool reads only unencrypted files, so the copy is decrypted, in that folder,
     * and deleted with the tool's page dump once the script is written. The script holds in clear what could be
     * read: the folder and file are made readable by their owner only (where the file system has POSIX rights).
     *
     * @throws IOException when the copy cannot be decrypted or the tool read no rows (then no folder is left)
     */
    public static RecoveryExport exportReadable(Path dataFolder, Path damaged, DatabaseKey key, LocalDateTime now, DoubleConsumer progress)
            throws IOException {
        Path target = newFolder(dataFolder, "recovered-", now);
        ownerOnly(target, "rwx------");
        Path work = Files.createDirectory(target.resolve("work"));
        Path script = target.resolve(H2Url.FILE_NAME + ".h2.sql");
        try {
            // Decrypted block by block, not by ChangeFileEncryption: that tool reads the file as a store and
            // stops at the first damaged page.
            try (OutputStream plain = Files.newOutputStream(work.resolve(DB_FILE))) {
                DamageDiagnosis.decrypt(damaged, key, plain, Long.MAX_VALUE);
            }
            progress.accept(0.4);
            boolean complete = recover(work);
            progress.accept(0.9);
            Path written = work.resolve(H2Url.FILE_NAME + ".h2.sql");
            if (!Files.exists(written)) {
                Backups.deleteTree(target);
                throw new IOException("H2's recovery tool wrote no script");
            }
            if (!hasRows(written)) {
                // Only the schema came back: nothing to hand on, and an empty script would only mislead.
                Backups.deleteTree(target);
                throw new IOException("H2's recovery tool found no readable rows");
            }
            Files.move(written, script);
            // The tool also notes the damage it met inside the script and goes on: then the script is partial too.
            try (var lines = Files.lines(script, StandardCharsets.UTF_8)) {
                complete &= lines.noneMatch(l -> l.startsWith("// error:"));
            } catch (UncheckedIOException e) {
                complete = false;
            }
            ownerOnly(script, "rw-------");
            progress.accept(1.0);
            return new RecoveryExport(script, complete);
        } finally {
            // The decrypted copy and the page dump hold data in clear: they never outlive the export.
            Backups.deleteTree(work);
        }
    }

    /**
     * Runs the tool; false when it stopped with an error (its script, if any, is then partial). The tool first
     * dumps the file's pages as text and only then writes the script; damage that stops the page dump would
     * leave no script at all, so then its script step runs alone. That step is private in H2 and reached by
     * reflection, which the pinned H2 version (see the pom) makes safe; without it the export reports failure.
     */
    private static boolean recover(Path work) {
        boolean complete = true;
        try {
            Recover.execute(work.toString(), H2Url.FILE_NAME);
        } catch (SQLException | RuntimeException | OutOfMemoryError | AssertionError | StackOverflowError e) {
            // Garbage read as a length makes the tool allocate absurd arrays or trip its own assertions (when they
            // are on); that ends this step, not the program.
            LOG.warn("H2's recovery tool stopped: {}", e.getClass().getSimpleName());
            complete = false;
        }
        Path script = work.resolve(H2Url.FILE_NAME + ".h2.sql");
        if (!Files.exists(script)) {
            complete = false;
            scriptOnly(work.resolve(DB_FILE), script);
        }
        return complete;
    }

    private static void scriptOnly(Path file, Path script) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(script, StandardCharsets.UTF_8))) {
            Method step = Recover.class.getDeclaredMethod("dumpMVStoreFile", PrintWriter.class, String.class);
            step.setAccessible(true);
            step.invoke(new Recover(), writer, file.toString());
        } catch (ReflectiveOperationException | IOException | RuntimeException | OutOfMemoryError | AssertionError | StackOverflowError e) {
            LOG.warn("H2's recovery tool could not write its script: {}", e.getClass().getSimpleName());
        }
    }

    private static boolean hasRows(Path script) throws IOException {
        try (var lines = Files.lines(script, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.startsWith("INSERT INTO O_"));
        } catch (UncheckedIOException e) {
            return true;
        }
    }

    private static Path newFolder(Path dataFolder, String prefix, LocalDateTime now) throws IOException {
        Path dir = dataFolder.resolve(prefix + STAMP.format(now));
        for (int n = 2; Files.exists(dir); n++) {
            dir = dataFolder.resolve(prefix + STAMP.format(now) + "-" + n);
        }
        return Files.createDirectories(dir);
    }

    private static void ownerOnly(Path path, String rights) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(rights));
        } catch (UnsupportedOperationException | FileSystemException e) {
            // Windows: the data folder under %LOCALAPPDATA% is already the user's own.
        }
    }
}
