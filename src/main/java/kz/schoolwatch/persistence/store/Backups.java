// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import kz.schoolwatch.domain.AuditChainCheck;
import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.persistence.audit.AuditContext;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.security.DatabaseKey;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Backups of the database: an SQL script of schema and data, deflated and encrypted with AES under the
 * database key ({@code SCRIPT … CIPHER AES}; H2's {@code BACKUP TO} would write a zip anybody can read).
 * A restore first rebuilds the backup into a new encrypted file beside the database and checks it; only a
 * backup that opens, has a schema this program knows, and an intact audit chain replaces the database, and the
 * current file is kept aside until the restored one has opened.
 */
public final class Backups {

    /** The backups' folder inside the data folder. */
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "schoolwatch-";
    private static final String SUFFIX = ".backup";
    private static final Pattern STAMPED = Pattern.compile("schoolwatch-(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.backup");
    private static final String RESTORE_FOLDER = "restore-check";
    private static final String ASIDE = H2Url.FILE_NAME + ".before-restore.mv.db";

    private Backups() {
    }

    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /**
     * Writes a backup of {@code db} now; returns the new file. Two backups in the same second (the day's automatic
     * one and a manual one) get {@code -2}, {@code -3} … after the stamp rather than one replacing the other.
     */
    public static BackupFile write(Database db, DatabaseKey key, LocalDateTime now) throws IOException {
        Path dir = folder(db.folder());
        Files.createDirectories(dir);
        OwnerOnly.folder(dir);
        Path partial = Files.createTempFile(dir, PREFIX, SUFFIX + ".part");
        try {
            db.script(partial, key);
            OwnerOnly.file(partial);
            synchronized (Backups.class) {
                Path target = freeName(dir, now);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return new BackupFile(target, now, Files.size(target));
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path freeName(Path dir, LocalDateTime now) {
        String stamp = PREFIX + STAMP.format(now);
        Path target = dir.resolve(stamp + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(stamp + "-" + n + SUFFIX);
        }
        return target;
    }

    /** The backups in the data folder, newest first. */
    public static List<BackupFile> list(Path dataFolder) throws IOException {
        Path dir = folder(dataFolder);
        List<BackupFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                Matcher stamp = STAMPED.matcher(name);
                if (!stamp.matches()) {
                    continue;
                }
                try {
                    files.add(new BackupFile(p, LocalDateTime.parse(stamp.group(1), STAMP), Files.size(p)));
                } catch (DateTimeParseException e) {
                    // Not one of ours.
                }
            }
        }
        // Within one second the higher number is the later backup.
        files.sort(Comparator.comparing(BackupFile::madeAt).thenComparing(Backups::sameSecondNumber).reversed());
        return files;
    }

    private static int sameSecondNumber(BackupFile file) {
        Matcher stamp = STAMPED.matcher(file.path().getFileName().toString());
        return stamp.matches() && stamp.group(2) != null ? Integer.parseInt(stamp.group(2)) : 1;
    }

    /** Deletes all but the newest {@code keep} backups; returns how many went. */
    public static int prune(Path dataFolder, int keep) throws IOException {
        List<BackupFile> files = list(dataFolder);
        int removed = 0;
        for (int i = Math.max(1, keep); i < files.size(); i++) {
            Files.deleteIfExists(files.get(i).path());
            removed++;
        }
        return removed;
    }

    /**
     * Rebuilds {@code backup} into a new encrypted file in the data folder and checks it. Nothing of the
     * current database is touched.
     *
     * @throws IOException when the backup cannot be read with this key (damaged, foreign, or not a backup)
     */
    public static CheckedBackup check(Path dataFolder, Path backup, DatabaseKey key) throws IOException {
        Path dir = dataFolder.resolve(RESTORE_FOLDER);
        deleteTree(dir);
        Files.createDirectories(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create(key.dataSource(H2Url.forFolder(dir)));
        char[] password = key.filePassword();
        try {
            try (Connection c = pool.getConnection();
                 PreparedStatement st = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION DEFLATE CIPHER AES PASSWORD ?")) {
                st.setString(1, backup.toAbsolutePath().toString());
                st.setString(2, new String(password));
                // The script's INSERTs re-create the rows and the trail as they were; they are not new changes.
                AuditContext.begin(null, true);
                try {
                    st.execute();
                } finally {
                    AuditContext.end();
                }
            }
            int version = SchemaHistory.currentVersion(pool, Engine.H2);
            Map<String, Long> counts = rowCounts(pool, Engine.H2);
            AuditChainCheck chain;
            try (Connection c = pool.getConnection()) {
                chain = AuditRepository.verify(DSL.using(c, SQLDialect.H2));
            }
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            }
            return new CheckedBackup(backup, dir.resolve(H2Url.FILE_NAME + ".mv.db"), version, chain, counts);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            deleteTree(dir);
            throw new IOException("The backup cannot be read: " + e.getClass().getSimpleName() + " " + errorCode(e), e);
        } finally {
            Arrays.fill(password, '\0');
            pool.dispose();
        }
    }

    /**
     * Puts a checked backup in place of the database of {@code dataFolder}, which must be closed. The current
     * file is moved aside first and put back if the restored one does not open; once it has, the aside copy
     * is deleted. Returns the opened database.
     */
    public static Database install(Path dataFolder, CheckedBackup checked, DatabaseKey key) throws IOException, DatabaseOpenException {
        if (!checked.chain().intact() || checked.schemaVersion() > Database.SCHEMA_VERSION) {
            throw new IOException("The backup failed its check: audit chain " + checked.chain() + ", schema " + checked.schemaVersion());
        }
        Path current = dataFolder.resolve(H2Url.FILE_NAME + ".mv.db");
        Path aside = dataFolder.resolve(ASIDE);
        Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(checked.rebuiltFile(), current);
            Database db = Database.open(dataFolder, key);
            Files.deleteIfExists(aside);
            deleteTree(checked.rebuiltFile().getParent());
            return db;
        } catch (IOException | DatabaseOpenException | RuntimeException e) {
            Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
            throw e;
        }
    }

    /** Rows per table of a database, for comparing a restored database with the one it came from. */
    public static Map<String, Long> rowCounts(DataSource pool, Engine engine) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = pool.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, engine.schema(), null, new String[] {"BASE TABLE", "TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            tables.sort(null);
            for (String t : tables) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String errorCode(Exception e) {
        return e instanceof SQLException s ? Integer.toString(s.getErrorCode()) : "";
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
