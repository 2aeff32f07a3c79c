// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import kz.schoolwatch.domain.BackupFile;
import kz.schoolwatch.domain.CheckedBackup;
import static kz.schoolwatch.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.store.Backups;
import kz.schoolwatch.persistence.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schoolwatch backup …} as an administrator's scheduled job runs it: parse, sign in, the same encrypted
 * backup as the window's, audited; exit codes as for {@code report}.
 */
class BackupCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path target;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String user, String password, String... args) throws Exception {
        TestSessions.prepare(data, false);
        String[] all = new String[args.length + 5];
        all[0] = "backup";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--user";
        all[args.length + 2] = user;
        all[args.length + 3] = "--data-dir";
        all[args.length + 4] = data.toString();
        AppOptions options = AppOptions.parse(all);
        return new BackupCommand(Messages.russian(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), prompt -> password.toCharArray())
                .run(options.backup(), options.dataDir());
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theAdministratorsBackupIsTheWindowsEncryptedBackupAuditedAndCopiedToTheFolder() throws Exception {
        assertThat(run(TestSessions.ADMIN, TestSessions.PASSWORD, "--to", target.toString())).isZero();

        BackupFile made = Backups.list(data).get(0);
        Path copy = target.resolve(made.path().getFileName());
        assertThat(out()).isEqualTo(Texts.of("cli.backup.doneCopied", made.path(), copy) + System.lineSeparator());
        assertThat(err()).isEmpty();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(made.path()));
        try (var files = Files.list(target)) {
            assertThat(files).containsExactly(copy);
        }
        // Encrypted: no table name in clear, and it checks out as a backup of this database under its key.
        assertThat(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1)).doesNotContain("INSERT", "SCHOOL");
        CheckedBackup checked = Backups.check(data, copy, TestDatabases.key(data));
        assertThat(checked.chain().intact()).isTrue();
        try (var walk = Files.walk(checked.rebuiltFile().getParent())) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Database db = TestDatabases.open(data)) {
            var entry = db.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq("BACKUP")).orderBy(AUDIT_ENTRY.ID.desc()).fetchAny();
            assertThat(entry).isNotNull();
            assertThat(entry.getActor()).isEqualTo(TestSessions.ADMIN);
            assertThat(entry.getDetail()).isEqualTo("command line, copied to " + target.toAbsolutePath());
        }
    }

    @Test
    void withoutToTheBackupStaysInTheDataFolder() throws Exception {
        assertThat(run(TestSessions.ADMIN, TestSessions.PASSWORD)).isZero();
        assertThat(Backups.list(data)).hasSize(1);
        assertThat(out()).startsWith(Texts.of("cli.backup.done", Backups.folder(data)));
    }

    @Test
    void aHeadOfUnitMayNotAndNothingIsWritten() throws Exception {
        assertThat(run(TestSessions.HEAD, TestSessions.PASSWORD, "--to", target.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(Texts.of("cli.error.backup.notAdmin") + System.lineSeparator());
        assertThat(Backups.list(data)).isEmpty();
        try (var files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithExitCodeOne() throws Exception {
        assertThat(run(TestSessions.ADMIN, "wrong-password-1")).isEqualTo(1);
        assertThat(err()).contains(Texts.of("signin.error.wrong"));
        assertThat(Backups.list(data)).isEmpty();
    }

    @Test
    void aMissingTargetFolderIsAUsageErrorBeforeThePassword() throws Exception {
        Path missing = target.resolve("nope");
        assertThat(run(TestSessions.ADMIN, TestSessions.PASSWORD, "--to", missing.toString())).isEqualTo(2);
        assertThat(err()).contains(Texts.of("cli.error.backup.noFolder", missing));
        assertThat(missing).doesNotExist();
    }

    @Test
    void theDatabaseHeldByTheRunningAppIsReportedWithExitCodeOne() throws Exception {
        TestSessions.prepare(data, false);
        try (Database ignored = TestDatabases.open(data)) {
            assertThat(run(TestSessions.ADMIN, TestSessions.PASSWORD)).isEqualTo(1);
        }
        assertThat(err()).contains(Texts.prefix("db.error.inUse"));
    }

    @Test
    void theCommandLineNeedsAUser() {
        assertThatThrownBy(() -> AppOptions.parse("backup", "--to", "/tmp")).isInstanceOf(AppOptions.UsageException.class)
                .hasMessageContaining("cli.error.backup.userRequired");
        assertThatThrownBy(() -> AppOptions.parse("backup", "--user", "admin", "--bogus")).isInstanceOf(AppOptions.UsageException.class);
    }
}
