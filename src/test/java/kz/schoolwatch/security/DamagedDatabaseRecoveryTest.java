// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.domain.RecoveryExport;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in to a damaged database file: the right password leads to the choice, a restore puts the newest
 * backup in place with the damaged file moved aside unchanged, and without a backup only the export is left.
 */
class DamagedDatabaseRecoveryTest {

    private static final String IN_BACKUP = TestDamage.IN_BACKUP;
    private static final String AFTER_BACKUP = TestDamage.AFTER_BACKUP;

    @TempDir
    Path folder;

    private SignInService signIn;

    @BeforeEach
    void service() {
        signIn = new SignInService(folder, Clock.systemDefaultZone());
    }

    private DamagedDatabase signInToDamaged() {
        Throwable thrown = Assertions.catchThrowable(
                () -> signIn.signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray()));
        assertThat(thrown).isInstanceOf(DatabaseDamagedException.class);
        return ((DatabaseDamagedException) thrown).damaged();
    }

    @Test
    void restoringTheNewestBackupMovesTheDamagedFileAsideUnchangedAndSignsInOnTheBackup() throws Exception {
        TestDamage.prepareDamaged(folder, true, false);
        DamagedDatabase damaged = signInToDamaged();
        assertThat(damaged.latestBackup()).isPresent();
        String backupName = damaged.latestBackup().orElseThrow().path().getFileName().toString();
        byte[] damagedBytes = Files.readAllBytes(damaged.file());

        List<Double> progress = new CopyOnWriteArrayList<>();
        DamagedDatabase.Restored restored = damaged.restoreLatest(progress::add);

        assertThat(restored.damagedFile()).isEqualTo(folder.resolve(restored.damagedFile().getParent().getFileName()).resolve("schoolwatch.mv.db"));
        assertThat(restored.damagedFile().getParent().getFileName().toString()).startsWith("damaged-");
        assertThat(Files.readAllBytes(restored.damagedFile())).as("the damaged file, moved aside").isEqualTo(damagedBytes);
        assertThat(restored.backupName()).isEqualTo(backupName);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(folder.resolve("restore-check")).doesNotExist();
        try (SignedIn session = restored.session()) {
            assertThat(session.account().login()).isEqualTo(TestSessions.ADMIN);
            var dsl = session.database().dsl();
            assertThat(dsl.fetchCount(SCHOOL, SCHOOL.NAME.eq(IN_BACKUP))).isEqualTo(1);
            assertThat(dsl.fetchCount(SCHOOL, SCHOOL.NAME.eq(AFTER_BACKUP))).as("made after the backup").isZero();
            var restore = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq("RESTORE")).fetchOne();
            assertThat(restore).isNotNull();
            assertThat(restore.getActor()).isEqualTo(TestSessions.ADMIN);
            assertThat(restore.getDetail()).contains(restored.damagedFile().getParent().getFileName().toString()).contains(backupName);
            assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("LOGIN").and(AUDIT_ENTRY.ID.gt(restore.getId())))).isEqualTo(1);
        }
        // The next start signs in as usual.
        signIn.signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray()).close();
    }

    @Test
    void withoutABackupNothingIsRestoredAndTheExportLeavesTheDamagedFileWhereItWas() throws Exception {
        TestDamage.prepareDamaged(folder, false, true);
        try (DamagedDatabase damaged = signInToDamaged()) {
            assertThat(damaged.latestBackup()).isEmpty();
            byte[] damagedBytes = Files.readAllBytes(damaged.file());

            assertThatThrownBy(() -> damaged.restoreLatest(p -> { })).isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(damaged.file())).isEqualTo(damagedBytes);

            RecoveryExport export = damaged.exportReadable(p -> { });
            assertThat(export.script()).exists();
            assertThat(export.script().getParent().getParent()).isEqualTo(folder);
            assertThat(export.script().getParent().getFileName().toString()).startsWith("recovered-");
            assertThat(Files.readString(export.script())).contains(IN_BACKUP).contains(AFTER_BACKUP);
            assertThat(Files.readAllBytes(damaged.file())).as("the damaged file after the export").isEqualTo(damagedBytes);
            assertThat(KeyRing.load(folder).pending()).anySatisfy(p -> {
                assertThat(p.action()).isEqualTo("RECOVERY_EXPORT");
                assertThat(p.login()).isEqualTo(TestSessions.ADMIN);
            });
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("damaged-"))).isEmpty();
        }
    }

    @Test
    void aWrongPasswordOnADamagedFileIsRefusedBeforeAnythingIsOffered() throws Exception {
        TestDamage.prepareDamaged(folder, true, false);
        assertThatThrownBy(() -> signIn.signIn(TestSessions.ADMIN, "Ne-tot-parol-1".toCharArray())).isInstanceOf(SignInRefused.class);
    }
}
