// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.time.Clock;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.ReferenceListService;
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
import kz.schoolwatch.service.VisitService;
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
    private final SchoolService schools;
    private final CameraService cameras;
    private final EquipmentService equipment;
    private final SecurityCheckService checks;
    // Officers' daily work (issue 4)
    private final LookupService lookups;
    private final ReferenceListService referenceLists;
    private final VisitService visits;
    private final OfficerService officers;
    private final EventService events;
    private final LeisureService leisure;
    private final OffenceService offences;
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
        SchoolRepository schoolRepository = new SchoolRepository(database);
        this.schools = new SchoolService(database, schoolRepository, new AssignmentRepository(database),
                new ReferenceRepository(database), changes, clock);
        this.cameras = new CameraService(database, new CameraRepository(database), new CameraStatsRepository(database),
                schoolRepository, changes, clock);
        this.equipment = new EquipmentService(database, new EquipmentRepository(database), changes);
        this.checks = new SecurityCheckService(database, new SecurityCheckRepository(database), changes, clock);
        this.lookups = new LookupService(database, new LookupRepository(database), changes);
        this.referenceLists = new ReferenceListService(database, new ReferenceListRepository(database), changes);
        this.visits = new VisitService(database, new VisitRepository(database), changes, clock);
        this.officers = new OfficerService(database, new OfficerRepository(database), changes);
        this.events = new EventService(database, new EventRepository(database), changes);
        this.leisure = new LeisureService(database, new LeisureRepository(database), changes);
        this.offences = new OffenceService(database, new OffenceRepository(database), changes, clock);
        this.monthlySummaries = new MonthlySummaryService(new MonthlySummaryRepository(database), settings, clock,
                messages.get("report.city"));
        this.reportExports = new ReportExportService(messages, reportFonts);
        this.dashboardCharts = new DashboardChartsService(new DashboardChartsRepository(database), clock);
    }

    public SchoolService schools() {
        return schools;
    }

    public CameraService cameras() {
        return cameras;
    }

    public EquipmentService equipment() {
        return equipment;
    }

    public SecurityCheckService checks() {
        return checks;
    }

    /** Lists pickers offer: districts, ranks, schools, officers, partners, leisure centres. */
    public LookupService lookups() {
        return lookups;
    }

    /** Visit purposes, event types, offence kinds. */
    public ReferenceListService referenceLists() {
        return referenceLists;
    }

    public VisitService visits() {
        return visits;
    }

    public OfficerService officers() {
        return officers;
    }

    public EventService events() {
        return events;
    }

    public LeisureService leisure() {
        return leisure;
    }

    public OffenceService offences() {
        return offences;
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
