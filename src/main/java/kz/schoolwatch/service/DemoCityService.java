// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.demo.DemoCitySeeder;

/** Offers a new user a city to look at: the demo data is loaded only into an empty database. */
public final class DemoCityService {

    private final Access access;

    /** Fixed so that the demo city is the same on every machine for the same day. */
    private static final long SEED = 2026L;

    private final Database db;
    private final CityStatsRepository stats;
    private final Clock clock;

    public DemoCityService(Database db, CityStatsRepository stats, Clock clock, Access access) {
        this.access = access;
        this.db = db;
        this.stats = stats;
        this.clock = clock;
    }

    /** What the demo city holds, for the offer a new user reads before loading it. */
    public DemoCitySeeder.Plan plan() {
        return DemoCitySeeder.Plan.almatyReport();
    }

    /** True on first start, before any school exists. */
    public boolean isDatabaseEmpty() {
        return stats.isEmpty();
    }

    /**
     * Loads the demo city in one transaction.
     *
     * @return false when the database already holds schools (nothing is changed then)
     */
    public boolean loadIfEmpty(DoubleConsumer progress) {
        access.require(Permission.MANAGE_SETTINGS);
        if (!stats.isEmpty()) {
            return false;
        }
        new DemoCitySeeder(db, plan(), LocalDate.now(clock), SEED).seed(progress);
        return true;
    }
}
