// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.DatabaseOpenException;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Opens the database on its own thread from the first lines of {@code main}, and reads what the first screen
 * shows, while JavaFX starts on the other core. Without this the dashboard's figures would arrive only after
 * the window, H2, and jOOQ's first query had each started in turn.
 */
public final class DatabaseOpening {

    /** The open database and what start-up needs to know of it. */
    public record Opened(Database database, boolean empty, CityTotals totals) {
    }

    private final Path folder;
    private final CompletableFuture<Opened> future;

    private DatabaseOpening(Path folder, CompletableFuture<Opened> future) {
        this.folder = folder;
        this.future = future;
    }

    /** Starts opening the database in {@code folder}. */
    public static DatabaseOpening start(Path folder) {
        CompletableFuture<Opened> future = new CompletableFuture<>();
        // The first jOOQ query of a process pays most of a second for loading and rendering classes; rendering
        // the dashboard's query without a connection while H2 opens does that on a spare core.
        daemon("schoolwatch-jooq-warmup", () -> DSL.using(SQLDialect.H2).render(CityStatsRepository.cityTotalsQuery(DSL.using(SQLDialect.H2))));
        daemon("schoolwatch-db-open", () -> {
            try {
                Database db = Database.open(folder);
                CityStatsRepository stats = new CityStatsRepository(db);
                future.complete(new Opened(db, stats.isEmpty(), stats.cityTotals()));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return new DatabaseOpening(folder, future);
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the database; call off the FX thread. */
    public Opened await() throws DatabaseOpenException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DatabaseOpenException open) {
                throw open;
            }
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, folder.toString(), e.getCause());
        }
    }

    public Path folder() {
        return folder;
    }
}
