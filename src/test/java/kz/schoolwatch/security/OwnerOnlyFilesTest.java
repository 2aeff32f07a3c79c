// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.persistence.security.KeyRing;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder and what it holds are the user's own (POSIX systems; skipped elsewhere): a folder and files left
 * readable by every account (0755 / 0644, as copies and older versions leave them) are tightened at the next
 * sign-in, and the backups — the automatic, the manual and the command line's copy — are made so.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path parent;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX rights here");
    }

    private static String rights(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderIs0700AndTheDatabaseKeyRingAndBackupFiles0600() throws Exception {
        Path folder = parent.resolve("data");
        TestSessions.prepare(folder, false);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.resolve("schoolwatch.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path copies = Files.createDirectory(parent.resolve("copies"));

        Clock clock = Clock.systemDefaultZone();
        try (SignedIn admin = new SignInService(folder, clock).signIn(TestSessions.ADMIN, TestSessions.PASSWORD.toCharArray());
             AppContext context = new AppContext(admin, Messages.russian(), clock)) {
            assertThat(rights(folder)).isEqualTo("rwx------");
            assertThat(rights(folder.resolve("schoolwatch.mv.db"))).isEqualTo("rw-------");
            context.backups().backupNow();
            var made = context.backups().backupFromCommandLine(copies);
            assertThat(rights(made.copy())).isEqualTo("rw-------");
        }
        assertThat(rights(folder.resolve("schoolwatch.mv.db"))).as("after the close, compacted or not").isEqualTo("rw-------");
        assertThat(rights(folder.resolve(KeyRing.FILE_NAME))).isEqualTo("rw-------");
        assertThat(rights(Backups.folder(folder))).isEqualTo("rwx------");
        assertThat(Backups.list(folder)).hasSizeGreaterThanOrEqualTo(1).allSatisfy(b -> assertThat(rights(b.path())).isEqualTo("rw-------"));
        try (var files = Files.list(folder)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(f -> assertThat(rights(f)).as(f.toString()).doesNotContain("r--r--", "rw-r-"));
        }
    }
}
