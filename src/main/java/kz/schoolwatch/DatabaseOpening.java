// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.file.Path;

import kz.schoolwatch.persistence.CityStatsRepository;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The data folder the program works on, and a warm-up for the database: while the user types a password, the
 * classes of H2, jOOQ and the password hashing load on a spare core, so the dashboard follows the sign-in without
 * those pauses. The warm-up waits for the sign-in form to be painted: started with {@code main}, it competed with
 * JavaFX's own start (and the JIT) for the two cores of an officer's PC and delayed the first screen.
 */
public final class DatabaseOpening {

    private final Path folder;
    private boolean warming;

    private DatabaseOpening(Path folder) {
        this.folder = folder;
    }

    /** The database in {@code folder}; nothing is loaded until {@link #warmUp()}. */
    public static DatabaseOpening of(Path folder) {
        return new DatabaseOpening(folder);
    }

    /** Loads the database's classes on a background thread; only the first call does anything. */
    public synchronized void warmUp() {
        if (warming) {
            return;
        }
        warming = true;
        daemon("schoolwatch-warmup", () -> {
            DSL.using(SQLDialect.H2).render(CityStatsRepository.cityTotalsQuery(DSL.using(SQLDialect.H2)));
            try {
                Class.forName("org.h2.mvstore.MVStore");
                Class.forName("org.h2.store.fs.encrypt.FilePathEncrypt");
                Class.forName("com.password4j.Argon2Function");
            } catch (ClassNotFoundException e) {
                // Only a warm-up.
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    public Path folder() {
        return folder;
    }
}
