// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.Path;

import kz.schoolwatch.persistence.store.OpeningRehearsal;

/**
 * The data folder the program works on, and a rehearsal of signing in: while the user types a password, the key
 * derivation, H2, its cipher and jOOQ run once on a throwaway database in memory on a spare core
 * ({@link OpeningRehearsal}), so the real sign-in that follows runs compiled code. The rehearsal waits for the
 * sign-in form to be painted (started with {@code main}, such work competed with JavaFX's own start for the two
 * cores of an officer's PC and delayed the first screen) and gives way once «Войти» is pressed.
 */
public final class DatabaseOpening {

    private final Path folder;
    private boolean rehearsing;
    private volatile boolean signingIn;

    private DatabaseOpening(Path folder) {
        this.folder = folder;
    }

    /** The database in {@code folder}; nothing is loaded until {@link #rehearse()}. */
    public static DatabaseOpening of(Path folder) {
        return new DatabaseOpening(folder);
    }

    /** Starts the sign-in rehearsal on a background thread; only the first call does anything. */
    public synchronized void rehearse() {
        if (rehearsing) {
            return;
        }
        rehearsing = true;
        Thread t = new Thread(() -> OpeningRehearsal.run(() -> signingIn), "schoolwatch-rehearsal");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The real sign-in has begun: the rehearsal stops at its next step. */
    public void signInBegins() {
        signingIn = true;
    }

    public Path folder() {
        return folder;
    }
}
