// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.CityStatsRepository;

/** The figures the dashboard shows. Always read from the database: the city's numbers change every year. */
public final class DashboardService {

    private final CityStatsRepository stats;

    public DashboardService(CityStatsRepository stats) {
        this.stats = stats;
    }

    /** Schools and cameras across the city, counted over open schools. */
    public CityTotals cityTotals() {
        return stats.cityTotals();
    }
}
