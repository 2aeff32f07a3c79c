// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.app.AppOptions;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.security.BackupService;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.SignInRefused;
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
        char[] password;
        try {
            password = passwords.read(messages.get("cli.report.password", backup.user()));
        } catch (IOException e) {
            err.println(messages.get("signin.error.empty"));
            return ReportCommand.FAILED;
        }
        AppContext context = null;
        boolean damaged = false;
        try {
            context = AppContext.signIn(dataFolder, backup.user(), password, messages, clock);
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
        } catch (SignInRefused e) {
            err.println(messages.get(e.messageKey(), e.args().toArray()));
            return ReportCommand.FAILED;
        } catch (AccessDeniedException e) {
            err.println(messages.get("cli.error.backup.notAdmin"));
            return ReportCommand.FAILED;
        } catch (DatabaseOpenException e) {
            err.println(DatabaseErrors.describe(e, messages));
            return ReportCommand.FAILED;
        } catch (DatabaseDamagedException e) {
            e.damaged().close();
            err.println(DatabaseErrors.describe((DatabaseOpenException) e.getCause(), messages));
            return ReportCommand.FAILED;
        } catch (IOException | RuntimeException e) {
            damaged = DamagedFileRecovery.isDamage(e);
            LOG.error("Backup failed: {}", ErrorSummary.of(e));
            if (damaged) {
                err.println(messages.get("cli.error.damaged", DamagedFileRecovery.file(dataFolder)));
            } else if (e instanceof IOException io) {
                err.println(messages.get("cli.error.backup.write", FileWriteReasons.of(io, messages)));
            } else {
                err.println(messages.get("cli.error.unexpected"));
            }
            return ReportCommand.FAILED;
        } finally {
            Arrays.fill(password, '\0');
            if (context != null) {
                if (damaged) {
                    DamagedDatabase.metInSession(context.session(), clock).close();
                } else {
                    context.close();
                }
            }
        }
    }
}
