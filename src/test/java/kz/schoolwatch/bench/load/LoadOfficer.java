// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench.load;

import java.util.Random;
import java.util.function.Supplier;

import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.service.EditConflictException;

/**
 * One officer at one PC of the load run: its own login and its own connection pool to the unit's server, doing
 * its kind of work in rounds on its own thread until the phase's time is up. What it saved goes into its
 * {@link Ledger.Tally}; an exception that is not an edit conflict is an error the officer would have seen.
 */
abstract class LoadOfficer implements AutoCloseable {

    protected final Database db;
    protected final Ledger.Tally tally;
    protected final Ledger ledger;
    protected final Random random;

    LoadOfficer(Database db, Ledger.Tally tally, Ledger ledger, long seed) {
        this.db = db;
        this.tally = tally;
        this.ledger = ledger;
        this.random = new Random(seed);
    }

    /** One round of this officer's work, each save and opening timed into {@code times}. */
    abstract void round(Latencies times);

    String login() {
        return tally.login;
    }

    /** What this officer reported. */
    Ledger.Tally tally() {
        return tally;
    }

    /** Works in rounds, {@code pauseMillis} apart, until {@code deadline} (System.nanoTime). */
    final void workUntil(long deadline, int pauseMillis, Latencies times) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            try {
                round(times);
                long left = (deadline - System.nanoTime()) / 1_000_000;
                Thread.sleep(Math.max(0, Math.min(pauseMillis, left)));
            } catch (EditConflictException e) {
                // A save this officer does not retry (a kind of record that became versioned): told, not lost.
                tally.conflicts++;
            } catch (RuntimeException e) {
                error(e);
            }
        }
    }

    final void error(Throwable e) {
        tally.errors++;
        if (tally.errorTexts.size() < 5) {
            tally.errorTexts.add(e.toString());
        }
    }

    /** Runs {@code work}, adding its time to {@code kind} once it returned. */
    protected static <T> T timed(Latencies times, String kind, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.add(kind, System.nanoTime() - start);
        return result;
    }

    @Override
    public void close() {
        db.close();
    }
}
