// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.time.Clock;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.report.DashboardChartsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.service.DashboardChartsService;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The composition root: builds every repository and service through constructors from one open database.
 * Nothing here is static, so a test builds exactly the context it needs.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DashboardService dashboard;
    private final DemoCityService demoCity;
    private final DataChanges changes = new DataChanges();
    private final SettingsService settings;
    private final Clock clock;
    private final MonthlySummaryService monthlySummaries;
    private final ReportExportService reportExports;
    private final ReportFonts reportFonts = new ReportFonts();
    private final DashboardChartsService dashboardCharts;

    public AppContext(Database database, Messages messages, TaskRunner tasks, Clock clock) {
        this.database = database;
        this.messages = messages;
        this.tasks = tasks;
        CityStatsRepository stats = new CityStatsRepository(database);
        this.dashboard = new DashboardService(stats);
        this.demoCity = new DemoCityService(database, stats, clock);
        this.settings = new SettingsService(new SettingsRepository(database), changes);
        this.clock = clock;
        this.monthlySummaries = new MonthlySummaryService(new MonthlySummaryRepository(database), settings, clock,
                messages.get("report.city"));
        this.reportExports = new ReportExportService(messages, reportFonts);
        this.dashboardCharts = new DashboardChartsService(new DashboardChartsRepository(database), clock);
    }

    /** The monthly summary: figures for a month and a scope. */
    public MonthlySummaryService monthlySummaries() {
        return monthlySummaries;
    }

    /** The figures of the dashboard's charts. */
    public DashboardChartsService dashboardCharts() {
        return dashboardCharts;
    }

    /** The fonts the printed documents and their charts use. */
    public ReportFonts reportFonts() {
        return reportFonts;
    }

    /** Saving the monthly summary as PDF or Excel. */
    public ReportExportService reportExports() {
        return reportExports;
    }

    /** Notifies open screens of committed changes. */
    public DataChanges changes() {
        return changes;
    }

    public SettingsService settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public DemoCityService demoCity() {
        return demoCity;
    }

    @Override
    public void close() {
        database.close();
    }
}
