// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import kz.schoolwatch.domain.ServerTarget;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.persistence.InspectionPlanRepository;
import kz.schoolwatch.persistence.AccountRepository;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraFaultRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.EventRepository;
import kz.schoolwatch.persistence.LeisureRepository;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.MySchoolsRepository;
import kz.schoolwatch.persistence.OffenceRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.PhotoRepository;
import kz.schoolwatch.persistence.ReferenceListRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.VisitRepository;
import kz.schoolwatch.persistence.audit.AuditRepository;
import kz.schoolwatch.persistence.report.DashboardChartsRepository;
import kz.schoolwatch.persistence.report.MonthlySummaryRepository;
import kz.schoolwatch.persistence.report.PassportRepository;
import kz.schoolwatch.report.ReportFonts;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DashboardChartsService;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.EventService;
import kz.schoolwatch.service.LeisureService;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.MySchoolsService;
import kz.schoolwatch.service.OffenceService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.PassportService;
import kz.schoolwatch.service.ReferenceListService;
import kz.schoolwatch.service.ComplianceReportService;
import kz.schoolwatch.service.RequirementService;
import kz.schoolwatch.service.ReportExportService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.InspectionPlanService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.service.ActExportService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.ServerChanges;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.service.imports.ImportService;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.AuditService;
import kz.schoolwatch.service.security.BackupService;
import kz.schoolwatch.service.security.DatabaseDamagedException;
import kz.schoolwatch.service.security.ServerMoveService;
import kz.schoolwatch.service.security.ServerSettingsService;
import kz.schoolwatch.service.security.ServerSignIn;
import kz.schoolwatch.service.security.SignIn;
import kz.schoolwatch.service.security.SignInRefused;
import kz.schoolwatch.service.security.SignInService;
import kz.schoolwatch.service.security.SignedIn;

/**
 * The composition root, for the window and the command line alike: builds every repository and service through
 * constructors from one open database. It needs no JavaFX, so a command runs without a display. Nothing here is
 * static, so a test builds exactly the context it needs.
 */
public final class AppContext implements AutoCloseable {

    private final SignedIn session;
    private final Database database;
    private final Access access;
    private final AuditService audit;
    private final AccountService accounts;
    private final BackupService backups;
    private final ServerMoveService serverMove;
    private final Messages messages;
    private final DashboardService dashboard;
    private final DemoCityService demoCity;
    private final DataChanges changes = new DataChanges();
    private final SettingsService settings;
    private final Clock clock;
    private final SchoolService schools;
    private final CameraService cameras;
    private final CameraFaultService cameraFaults;
    private final EquipmentService equipment;
    private final SecurityCheckService checks;
    // Officers' daily work (issue 4)
    private final LookupService lookups;
    private final ReferenceListService referenceLists;
    private final RequirementService requirements;
    private final VisitService visits;
    private final OfficerService officers;
    private final EventService events;
    private final LeisureService leisure;
    private final OffenceService offences;
    private final MonthlySummaryService monthlySummaries;
    private final ReportExportService reportExports;
    private final ReportFonts reportFonts = new ReportFonts();
    private final DashboardChartsService dashboardCharts;
    private final MySchoolsService mySchools;
    private final ImportService imports;
    private final ComplianceService compliance;
    private final InspectionService inspections;
    private final InspectionPlanService inspectionPlan;
    /** Photos of findings and of orders' fixes (issue 22). */
    private final PhotoService photos;
    private final ComplianceReportService complianceReports;
    private final PassportService passports;
    /** Other PCs' saves on the unit's server, published to {@link #changes}; idle on the PC's own file. */
    private final ServerChanges serverChanges;

    /**
     * Builds every service for one signed-in session. The context owns the session: closing it closes the
     * database and wipes the key.
     */
    public AppContext(SignedIn session, Messages messages, Clock clock) {
        this.session = session;
        this.database = session.database();
        this.messages = messages;
        this.clock = clock;
        Database database = session.database();
        // Shipped reference rows (districts, ranks, purposes, ...) read in the language spoken at each read.
        ReferenceNames names = ReferenceNames.in(messages);
        SchoolRepository schoolRepository = new SchoolRepository(database, names);
        this.access = new Access(session.account(), schoolRepository::districtOf);
        CityStatsRepository stats = new CityStatsRepository(database);
        this.dashboard = new DashboardService(stats);
        this.demoCity = new DemoCityService(database, stats, clock, access);
        SettingsRepository settingsRepository = new SettingsRepository(database);
        this.settings = new SettingsService(settingsRepository, changes, access);
        this.schools = new SchoolService(database, schoolRepository, new AssignmentRepository(database, names),
                new ReferenceRepository(database, names), changes, clock, access);
        this.cameras = new CameraService(database, new CameraRepository(database), new CameraStatsRepository(database, names),
                schoolRepository, changes, clock, access);
        this.cameraFaults = new CameraFaultService(database, new CameraFaultRepository(database, names), new CameraRepository(database),
                changes, clock, access);
        this.equipment = new EquipmentService(database, new EquipmentRepository(database), changes, clock, access);
        this.lookups = new LookupService(database, new LookupRepository(database, names), changes, access);
        this.referenceLists = new ReferenceListService(database, new ReferenceListRepository(database, names), changes, access);
        this.requirements = new RequirementService(database, changes, access, clock);
        this.visits = new VisitService(database, new VisitRepository(database, names), changes, clock, access);
        this.officers = new OfficerService(database, new OfficerRepository(database, names), changes, access);
        this.events = new EventService(database, new EventRepository(database, names), changes, access);
        this.leisure = new LeisureService(database, new LeisureRepository(database, names), changes, access);
        this.offences = new OffenceService(database, new OffenceRepository(database, names), changes, clock, access);
        this.monthlySummaries = new MonthlySummaryService(new MonthlySummaryRepository(database, names), settings, clock,
                () -> messages.get("report.city"), access);
        this.audit = new AuditService(new AuditRepository(database), access);
        this.reportExports = new ReportExportService(messages, reportFonts, audit);
        this.dashboardCharts = new DashboardChartsService(new DashboardChartsRepository(database, names), clock);
        this.mySchools = new MySchoolsService(new MySchoolsRepository(database, names), settings, access, clock);
        // On the unit's server the accounts are its login roles: no key ring in a data folder, no key.
        this.accounts = new AccountService(database, new AccountRepository(database),
                session.onServer() ? null : database.folder(), session.onServer() ? null : session.key(), access, changes, clock);
        this.backups = new BackupService(database, session.key(), settingsRepository, access, clock);
        this.serverMove = new ServerMoveService(database, AppContext::connectToServer, access);
        this.compliance = new ComplianceService(database, settingsRepository, clock);
        this.inspections = new InspectionService(database, changes, compliance, access, clock);
        this.checks = new SecurityCheckService(database, new SecurityCheckRepository(database), changes, clock, access,
                inspections, new ActExportService(messages, reportFonts, audit));
        this.inspectionPlan = new InspectionPlanService(database, new InspectionPlanRepository(database, names), settingsRepository,
                settings, changes, clock, access);
        monthlySummaries.withCompliance(compliance).withOrders(inspections);
        this.complianceReports = new ComplianceReportService(compliance, monthlySummaries, reportExports, messages, access, clock);
        this.passports = new PassportService(new PassportRepository(database, names), compliance, access, audit, messages,
                reportFonts, clock);
        this.imports = new ImportService(database, schoolRepository, new OfficerRepository(database), settingsRepository,
                changes, clock, access, messages);
        this.photos = new PhotoService(database, new PhotoRepository(database), changes, clock, access);
        this.serverChanges = ServerChanges.start(database, changes);
        messages.onSwitch(reloadInNewLanguage);
    }

    /** The data whose rows carry shipped reference names (a district, a rank, a purpose, an event type, ...). */
    private static final List<DataChanges.Topic> NAMED_DATA = List.of(DataChanges.Topic.REFERENCE, DataChanges.Topic.SCHOOLS,
            DataChanges.Topic.CAMERAS, DataChanges.Topic.OFFICERS, DataChanges.Topic.VISITS, DataChanges.Topic.EVENTS,
            DataChanges.Topic.LEISURE, DataChanges.Topic.OFFENCES);

    /** After a switch of language the open screens read their data again, so shipped reference names follow it. */
    private final Consumer<Language> reloadInNewLanguage = language -> NAMED_DATA.forEach(changes::publish);

    /** How «Перенести на сервер» reaches the server: TLS checked against the unit's CA unless the target allows none. */
    private static Database connectToServer(ServerTarget target, String login, char[] password) throws DatabaseOpenException {
        return Database.connect(new ServerAddress(target.host(), target.port(), target.database(), target.caCertificate(),
                target.allowUnencrypted()), login, password);
    }

    /**
     * Signs {@code login} in to the database of {@code dataFolder} — its own file, or the unit's server its
     * {@code server.properties} names — and builds its context: how a command of the command line opens the
     * database. Closing the context ends the session.
     */
    public static AppContext signIn(Path dataFolder, String login, char[] password, Messages messages, Clock clock)
            throws SignInRefused, DatabaseOpenException, DatabaseDamagedException {
        var server = new ServerSettingsService(dataFolder).current();
        SignIn signIn = server.isPresent() ? new ServerSignIn(server.get(), clock) : new SignInService(dataFolder, clock);
        return new AppContext(signIn.signIn(login, password), messages, clock);
    }

    /** The signed-in officer's own schools: an inspector's landing screen. */
    public MySchoolsService mySchools() {
        return mySchools;
    }

    /** What the signed-in account may do. */
    public Access access() {
        return access;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuditService audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    /** «Перенести на сервер»: the PC's database onto the unit's empty server database. */
    public ServerMoveService serverMove() {
        return serverMove;
    }

    /** The signed-in session (account, database, key). */
    public SignedIn session() {
        return session;
    }

    public ImportService imports() {
        return imports;
    }

    /** Photos of findings and of orders' fixes, kept inside the database. */
    public PhotoService photos() {
        return photos;
    }

    public SchoolService schools() {
        return schools;
    }

    public CameraService cameras() {
        return cameras;
    }

    /** Faults and repairs of cameras, and their state on past days (issue 21). */
    public CameraFaultService cameraFaults() {
        return cameraFaults;
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

    /** The requirement sets schools are judged by (issue 21). */
    public RequirementService requirements() {
        return requirements;
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
    /** Schools' security passports as PDF (issue 21). */
    public PassportService passports() {
        return passports;
    }

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

    /** Checks by requirement, their acts and correction orders (issue 22). */
    public InspectionService inspections() {
        return inspections;
    }

    /** Whether schools meet the protection requirements, on any day (issue 21). */
    public ComplianceService compliance() {
        return compliance;
    }

    /** The inspection plan: which schools are due for a security check, and who is to make it (issue 22). */
    public InspectionPlanService inspectionPlan() {
        return inspectionPlan;
    }

    /** The quarterly compliance table: figures, layout, export (issue 21). */
    public ComplianceReportService complianceReports() {
        return complianceReports;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public DemoCityService demoCity() {
        return demoCity;
    }

    /** Whether the data is on the unit's server (no PC backups, no data file) rather than in the PC's own file. */
    public boolean onServer() {
        return session.onServer();
    }

    @Override
    public void close() {
        messages.removeOnSwitch(reloadInNewLanguage);
        serverChanges.close();
        session.close();
    }
}
