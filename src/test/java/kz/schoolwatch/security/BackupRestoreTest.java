// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.jooq.Tables;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups: encrypted, kept N at a time, and restored only after the check, with every row as it was. */
class BackupRestoreTest {

    private static final String CANARY = "Школа Қорғаныс №955";

    @TempDir
    Path folder;

    private Database db;
    private AppContext admin;
    private AppContext head;
    private TestRows rows;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(folder);
        rows = new TestRows(db);
        admin = context(Role.ADMIN);
        head = context(Role.HEAD);
        long officer = rows.officer("Исин", "100001", 1);
        long school = rows.school(955, 1);
        db.write(cfg -> cfg.dsl().update(Tables.SCHOOL)
                .set(Tables.SCHOOL.NAME, CANARY).where(Tables.SCHOOL.ID.eq(school))
                .execute());
        for (int i = 0; i < 20; i++) {
            head.visits().create(new VisitDraft(officer, school, LocalDateTime.now().minusDays(i + 1), rows.firstPurposeId(),
                    "Посещение " + i + " — ә ғ қ ң ө ұ ү һ і; '--", null, 0));
        }
    }

    private AppContext context(Role role) {
        return new AppContext(new SignedIn(db, TestDatabases.key(folder), TestDatabases.account(role, null, null)), Messages.russian(),
                Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backupThenRestoreGivesBackEveryRow() throws Exception {
        BackupFile backup = admin.backups().backupNow();
        Map<String, List<String>> atBackup = snapshot();
        assertThat(atBackup.get("SCHOOL_VISIT")).hasSize(20);
        assertThat(FileCanaries.hits(Backups.folder(folder), CANARY)).isEmpty();
        assertThat(FileCanaries.hits(Backups.folder(folder), "Посещение")).isEmpty();

        // Life goes on after the backup...
        rows.school(956, 2);
        db.write(cfg -> cfg.dsl().deleteFrom(Tables.SCHOOL_VISIT).execute());
        assertThat(snapshot()).isNotEqualTo(atBackup);

        CheckedBackup checked = admin.backups().check(backup.path());
        assertThat(checked.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(checked.chain().intact()).isTrue();
        assertThat(checked.rowCounts().get("SCHOOL_VISIT")).isEqualTo(20L);
        db.close();
        db = Backups.install(folder, checked, TestDatabases.key(folder));
        assertThat(snapshot()).isEqualTo(atBackup);
        rows = new TestRows(db);
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString())).doesNotContain("schoolwatch.before-restore.mv.db", "restore-check");
        }
        // The restored database is the program's database: writes go on and stay audited.
        db.setActor("admin");
        new TestRows(db).school(957, 3);
        assertThat(context(Role.ADMIN).audit().verify().intact()).isTrue();
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        BackupFile backup = admin.backups().backupNow();
        byte[] bytes = Files.readAllBytes(backup.path());
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Path damaged = folder.resolve("damaged.backup");
        Files.write(damaged, bytes);
        Map<String, List<String>> before = snapshot();
        byte[] fileBefore = Files.readAllBytes(db.file());

        assertThatThrownBy(() -> admin.backups().check(damaged)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> admin.backups().check(folder.resolve("keyring-does-not-exist.backup"))).isInstanceOf(IOException.class);
        Path notABackup = folder.resolve("notes.backup");
        Files.writeString(notABackup, "не резервная копия");
        assertThatThrownBy(() -> admin.backups().check(notABackup)).isInstanceOf(IOException.class);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.readAllBytes(db.file())).isEqualTo(fileBefore);
        assertThat(folder.resolve("restore-check")).doesNotExist();
    }

    @Test
    void aBackupWithABrokenAuditChainIsNotInstalled() throws Exception {
        try (Connection c = TestDatabases.connect(folder)) {
            c.createStatement().execute("DROP TRIGGER AUDIT_ENTRY_APPEND_ONLY");
            c.createStatement().executeUpdate("UPDATE audit_entry SET detail = 'правка' WHERE id = (SELECT MIN(id) + 3 FROM audit_entry)");
        }
        BackupFile backup = admin.backups().backupNow();
        CheckedBackup checked = admin.backups().check(backup.path());
        assertThat(checked.chain().intact()).isFalse();
        Map<String, List<String>> before = snapshot();
        db.close();
        assertThatThrownBy(() -> Backups.install(folder, checked, TestDatabases.key(folder))).isInstanceOf(IOException.class);
        db = TestDatabases.open(folder);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        admin.backups().setKeep(2);
        for (int i = 0; i < 4; i++) {
            Files.createDirectories(Backups.folder(folder));
            Files.writeString(Backups.folder(folder).resolve("schoolwatch-2025010" + (i + 1) + "-120000.backup"), "old");
        }
        admin.backups().backupNow();
        List<BackupFile> kept = admin.backups().list();
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).madeAt().getYear()).isGreaterThanOrEqualTo(2026);
        assertThat(admin.backups().dailyDue()).isFalse();
    }

    @Test
    void twoBackupsInTheSameSecondAreBothKeptNewestFirst() throws Exception {
        LocalDateTime second = LocalDateTime.of(2026, 12, 4, 9, 30, 15);
        BackupFile daily = Backups.write(db, TestDatabases.key(folder), second);
        BackupFile manual = Backups.write(db, TestDatabases.key(folder), second);
        assertThat(manual.path()).isNotEqualTo(daily.path());
        assertThat(manual.path().getFileName().toString()).isEqualTo("schoolwatch-20261204-093015-2.backup");
        assertThat(daily.path()).isRegularFile();
        assertThat(Backups.list(folder)).extracting(BackupFile::path).containsExactly(manual.path(), daily.path());
        try (var left = Files.list(Backups.folder(folder))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = TestDatabases.connect(folder)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        lines.add(b.toString());
                    }
                }
                all.put(t, lines);
            }
        }
        return all;
    }
}
