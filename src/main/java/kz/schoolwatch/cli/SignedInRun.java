// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;

import kz.schoolwatch.app.AppContext;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.logging.ErrorSummary;
import kz.schoolwatch.persistence.store.DamagedFileRecovery;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.security.DamagedDatabase;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.SignInRefused;
import org.slf4j.Logger;

/**
 * What every command that signs in shares: the password read without echo, the sign-in, the refusals and failures
 * the opening can meet (one line each, never a stack trace, exit code 1), and the end of the session — on a damaged
 * file without writing to it again, so it stays as it was for the restore the window offers.
 */
final class SignedInRun {

    /** A command's own work once signed in; returns its exit code. */
    @FunctionalInterface
    interface Work {
        int run(AppContext context) throws IOException;
    }

    private final Messages messages;
    private final PrintStream err;
    private final Clock clock;
    private final ReportCommand.PasswordSource passwords;
    private final Logger log;
    private final String what;

    /** {@code what} names the command in the log («Report», «Backup», «Import»). */
    SignedInRun(Messages messages, PrintStream err, Clock clock, ReportCommand.PasswordSource passwords, Logger log, String what) {
        this.messages = messages;
        this.err = err;
        this.clock = clock;
        this.passwords = passwords;
        this.log = log;
        this.what = what;
    }

    /**
     * Signs {@code user} in to {@code dataFolder}'s database and runs {@code work}. {@code denied} gives the line for
     * a role that may not do this, {@code unwritable} the line for a file the work could not write.
     */
    int run(String user, Path dataFolder, Work work, Function<AccessDeniedException, String> denied,
            Function<IOException, String> unwritable) {
        char[] password;
        try {
            password = passwords.read(messages.get("cli.report.password", user));
        } catch (IOException e) {
            err.println(messages.get("signin.error.empty"));
            return ReportCommand.FAILED;
        }
        AppContext context = null;
        boolean damaged = false;
        try {
            context = AppContext.signIn(dataFolder, user, password, messages, clock);
            Arrays.fill(password, '\0');
            return work.run(context);
        } catch (SignInRefused e) {
            err.println(messages.get(e.messageKey(), e.args().toArray()));
            return ReportCommand.FAILED;
        } catch (AccessDeniedException e) {
            err.println(denied.apply(e));
            return ReportCommand.FAILED;
        } catch (DatabaseOpenException e) {
            err.println(DatabaseErrors.describe(e, messages));
            return ReportCommand.FAILED;
        } catch (DatabaseDamagedException e) {
            // The command line only says so; restoring or extracting is offered in the program's window.
            e.damaged().close();
            err.println(DatabaseErrors.describe((DatabaseOpenException) e.getCause(), messages));
            return ReportCommand.FAILED;
        } catch (IOException | RuntimeException e) {
            // A read met a damaged page after the opening, or something nobody foresaw.
            damaged = DamagedFileRecovery.isDamage(e);
            log.error("{} failed: {}", what, ErrorSummary.of(e));
            if (damaged) {
                err.println(messages.get("cli.error.damaged", DamagedFileRecovery.file(dataFolder)));
            } else if (e instanceof IOException io) {
                err.println(unwritable.apply(io));
            } else {
                err.println(messages.get("cli.error.unexpected"));
            }
            return ReportCommand.FAILED;
        } finally {
            Arrays.fill(password, '\0');
            if (context != null) {
                close(context, damaged);
            }
        }
    }

    private void close(AppContext context, boolean damaged) {
        if (damaged) {
            DamagedDatabase.metInSession(context.session(), clock).close();
        } else {
            try {
                context.close();
            } catch (RuntimeException e) {
                log.warn("Closing the database failed: {}", ErrorSummary.of(e));
            }
        }
    }
}
