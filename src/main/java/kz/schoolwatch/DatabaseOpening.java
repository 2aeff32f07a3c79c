// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.file.Path;

import kz.schoolwatch.persistence.CityStatsRepository;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The data folder the program works on, and the warm-up started from the first lines of {@code main}: while
 * JavaFX starts and the user types a password, the classes of H2, jOOQ and the password hashing load on a spare
 * core, so the dashboard follows the sign-in without those pauses.
 */
public final class DatabaseOpening {

    private final Path folder;

    private DatabaseOpening(Path folder) {
        this.folder = folder;
    }

    /** Starts warming up for the database in {@code folder}. */
    public static DatabaseOpening start(Path folder) {
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
        return new DatabaseOpening(folder);
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
