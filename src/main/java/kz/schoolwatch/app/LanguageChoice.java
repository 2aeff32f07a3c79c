// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the program speaks, and where it is remembered. Each account keeps its own (an account setting, so
 * it follows the officer to any PC of the unit's server); the PC keeps the last one used in {@code language} in the
 * data folder, for its sign-in form, which is shown before any database is open.
 *
 * <p>A language picked on the sign-in form is the account's from that sign-in on; otherwise the account's own
 * language replaces the PC's once the account has signed in.
 */
final class LanguageChoice {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageChoice.class);
    /** The PC's file: the two letters of the last language used on it. */

    private final Messages messages;
    private final Path folder;
    private final TaskRunner tasks;
    /** The account signed in now, or null on the sign-in form. */
    private AppContext session;
    /** A language picked on the sign-in form, to be kept by the account that signs in next. */
    private Language pickedBeforeSignIn;

    LanguageChoice(Messages messages, Path folder, TaskRunner tasks) {
        this.messages = messages;
        this.folder = folder;
        this.tasks = tasks;
    }

    /** The PC's last language; read once at start, before the window shows (a file of two letters). */
    static Optional<Language> lastOnThisPc(Path folder) {
        try {
            return PcLanguageFile.read(folder);
        } catch (IOException e) {
            LOG.warn("The PC's language could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The user picked {@code language}: the program speaks it at once, and it is remembered. */
    void picked(Language language) {
        messages.switchTo(language);
        AppContext account = session;
        if (account == null) {
            pickedBeforeSignIn = language;
        }
        tasks.submit(() -> {
            rememberOnThisPc(language);
            if (account != null) {
                account.settings().setLanguage(language);
            }
            return null;
        }, ok -> { }, e -> LOG.warn("The language chosen could not be remembered: {}", e.getClass().getSimpleName()));
    }

    /**
     * An account signed in: it keeps the language picked on the sign-in form, or the program switches to the one
     * the account chose before (read in the background; the screens are built again in it).
     */
    void signedIn(AppContext context) {
        session = context;
        Language picked = pickedBeforeSignIn;
        pickedBeforeSignIn = null;
        tasks.submit(() -> {
            if (picked != null) {
                context.settings().setLanguage(picked);
                return Optional.<Language>empty();
            }
            return context.settings().language();
        }, own -> own.ifPresent(language -> {
            if (session == context && language != messages.language()) {
                messages.switchTo(language);
                tasks.submit(() -> {
                    rememberOnThisPc(language);
                    return null;
                }, ok -> { }, e -> { });
            }
        }), e -> LOG.warn("The account's language could not be read: {}", e.getClass().getSimpleName()));
    }

    /** The session ended: the sign-in form's language stays as it is. */
    void signedOut() {
        session = null;
    }

    private void rememberOnThisPc(Language language) {
        try {
            Files.createDirectories(folder);
            PcLanguageFile.write(folder, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
