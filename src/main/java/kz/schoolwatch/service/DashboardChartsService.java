// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;

import kz.schoolwatch.persistence.report.DashboardChartsRepository;
import kz.schoolwatch.report.DashboardCharts;

/** The figures of the dashboard's charts, as of today. */
public final class DashboardChartsService {

    private final DashboardChartsRepository repository;
    private final Clock clock;

    public DashboardChartsService(DashboardChartsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Cameras per district, events per month and type, visits per officer this month, offences per month. */
    public DashboardCharts charts() {
        return repository.load(LocalDate.now(clock));
    }
}
