// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.BackupService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code schoolwatch backup --user LOGIN [--to FOLDER]}: the encrypted backup «Сделать копию сейчас» makes, without a
 * window, for an administrator's scheduled job. It lands in the data folder's {@code backups/} (the kept number
 * applies), is audited, and with {@code --to} is also copied into that folder. Exit codes as for {@code report}:
 * 0 made, 1 the database, the sign-in, the role or the file failed, 2 the command line is wrong.
 */
public final class BackupCommand {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final ReportCommand.PasswordSource passwords;

    public BackupCommand(Messages messages, PrintStream out, PrintStream err, Clock clock, ReportCommand.PasswordSource passwords) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Runs {@code backup} against the database in {@code dataFolder}; returns the exit code. */
    public int run(AppOptions.Backup backup, Path dataFolder) {
        if (backup.to() != null && !Files.isDirectory(backup.to())) {
            err.println(messages.get("cli.error.backup.noFolder", backup.to().toAbsolutePath()));
            return ReportCommand.USAGE;
        }
        return new SignedInRun(messages, err, clock, passwords, LOG, "Backup").run(backup.user(), dataFolder, context -> {
            if (context.onServer()) {
                // The unit's server is backed up on the server, with its own tools.
                err.println(messages.get("cli.error.backup.server", context.database().server().orElseThrow()));
                return ReportCommand.FAILED;
            }
            BackupService.CommandBackup made = context.backups().backupFromCommandLine(backup.to());
            out.println(made.copy() == null
                    ? messages.get("cli.backup.done", made.backup().path())
                    : messages.get("cli.backup.doneCopied", made.backup().path(), made.copy()));
            return ReportCommand.OK;
        }, denied -> messages.get("cli.error.backup.notAdmin"),
                io -> messages.get("cli.error.backup.write", FileWriteReasons.of(io, messages)));
    }
}
