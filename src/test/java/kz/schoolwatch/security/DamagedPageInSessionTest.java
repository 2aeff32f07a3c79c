// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestDamage;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.WriteFailure;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged page met after the opening, as a session meets it: the failure of the read is told as a damaged file
 * (not as a failing disk nor as an unknown error), the session closes without writing to the file, and the
 * sign-in's way out — the newest backup in place of the file moved aside — works from there.
 */
class DamagedPageInSessionTest {

    @TempDir
    Path folder;

    @Test
    void aReadThatMeetsTheDamageIsADamagedFileAndTheNewestBackupTakesItsPlace() throws Exception {
        TestSessions.prepare(folder, true);
        Clock clock = Clock.systemDefaultZone();
        try (SignedIn admin = new SignInService(folder, clock).signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray())) {
            new AppContext(admin, Messages.russian(), clock).backups().backupNow();
        }
        Throwable met = TestDamage.breakAfterOpening(folder);

        assertThat(DamagedFileRecovery.isDamage(met)).as("classified as a damaged file: %s", met).isTrue();
        assertThat(WriteFailure.of(met)).isNotIn(WriteFailure.DISK_FULL, WriteFailure.DUPLICATE, WriteFailure.REFERENCE);

        // The same read in a session of this folder: it fails alike, and the session stops without a write.
        SignedIn session = new SignInService(folder, clock).signIn(TestSessions.HEAD, TestSessions.PASSWORD.toCharArray());
        var summaries = new AppContext(session, Messages.russian(), clock).monthlySummaries();
        Throwable again = Assertions.catchThrowable(
                () -> summaries.summarize(YearMonth.of(2026, 10), summaries.cityScope()));
        assertThat(again).isNotNull();
        assertThat(DamagedFileRecovery.isDamage(again)).isTrue();
        byte[] before = Files.readAllBytes(DamagedFileRecovery.file(folder));
        DamagedDatabase damaged = DamagedDatabase.metInSession(session, clock);
        byte[] closed = Files.readAllBytes(DamagedFileRecovery.file(folder));
        // Nothing written over what the file held: H2 may only append its closing chunk (space is never reused).
        assertThat(Arrays.copyOf(closed, before.length)).as("the file's bytes after the close").isEqualTo(before);

        assertThat(damaged.latestBackup()).isPresent();
        DamagedDatabase.Restored restored = damaged.restoreLatest(p -> { });
        assertThat(Files.readAllBytes(restored.damagedFile())).as("the damaged file, moved aside unchanged").isEqualTo(closed);
        try (SignedIn back = restored.session()) {
            assertThat(back.account().login()).isEqualTo(TestSessions.HEAD);
            var dsl = back.database().dsl();
            assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("DAMAGE_FOUND").and(AUDIT_ENTRY.ACTOR.eq(TestSessions.HEAD))))
                    .isEqualTo(1);
            assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("RESTORE"))).isEqualTo(1);
        }
    }
}
