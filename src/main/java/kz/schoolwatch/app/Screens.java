// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;
import kz.schoolwatch.domain.CheckedBackup;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.service.Access;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.cameras.CamerasView;
import kz.schoolwatch.ui.cameras.CamerasViewModel;
import kz.schoolwatch.ui.cameras.OpenFaultsPane;
import kz.schoolwatch.ui.cameras.OpenFaultsViewModel;
import kz.schoolwatch.ui.common.AfterPulse;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.compliance.ComplianceView;
import kz.schoolwatch.ui.compliance.ComplianceViewModel;
import kz.schoolwatch.ui.dashboard.ChartSelection;
import kz.schoolwatch.ui.dashboard.ComplianceChartPane;
import kz.schoolwatch.ui.dashboard.ComplianceChartViewModel;
import kz.schoolwatch.ui.dashboard.DashboardChartsPane;
import kz.schoolwatch.ui.dashboard.DashboardChartsViewModel;
import kz.schoolwatch.ui.dashboard.DashboardView;
import kz.schoolwatch.ui.orders.OrdersFigure;
import kz.schoolwatch.ui.orders.OrdersFigureViewModel;
import kz.schoolwatch.ui.dashboard.DashboardViewModel;
import kz.schoolwatch.ui.dashboard.MySchoolsPane;
import kz.schoolwatch.ui.dashboard.MySchoolsViewModel;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import kz.schoolwatch.ui.report.SaveFileDialog;
import kz.schoolwatch.ui.report.SummaryPreview;
import kz.schoolwatch.ui.report.PassportExportViewModel;
import kz.schoolwatch.ui.schools.SchoolCardServices;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import kz.schoolwatch.ui.schools.SchoolsView;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import kz.schoolwatch.ui.shell.MainWindow;
import kz.schoolwatch.ui.shell.QuietSpell;
import kz.schoolwatch.ui.shell.Screen;

/**
 * The screens of a session: the one list of them (a new screen is added in {@link #list}), the dashboard shown first
 * with its charts after its figures, and the visits screen built ahead. The views of the officers' work are built by
 * {@link WorkScreens}, those of the office by {@link OfficeScreens}.
 */
final class Screens {

    /** The screen built ahead, hidden, once the dashboard is painted (see {@link #prepareVisitsScreen()}). */
    private static final String PREPARED_SCREEN = "visits";

    private final AppContext context;
    private final MainWindow window;
    private final Messages messages;
    private final TaskRunner tasks;
    private final TaskRunner readAheadTasks;
    private final AppOptions options;
    private final StartupBenchmark benchmark;
    private final BooleanSupplier sessionOpen;
    private final WorkScreens work;
    private final OfficeScreens office;
    private final Access access;
    private final DashboardViewModel dashboard;
    private final SchoolsViewModel schools;
    private final CamerasViewModel cameras;
    private final OpenFaultsViewModel openFaults;
    /** The inspector's own schools above the dashboard's figures; null for other roles. */
    private MySchoolsViewModel mine;
    private DashboardChartsViewModel charts;
    /** Today's compliance by district on the dashboard (issue 21). */
    private ComplianceChartViewModel complianceChart;
    /** Whether the charts are on the dashboard yet (they come after its figures). */
    private boolean chartsShown;
    /** The dashboard's view on show (built again after a switch of language). */
    private DashboardView dashboardView;

    Screens(AppContext context, MainWindow window, Messages messages, Workers workers, AppOptions options,
            StartupBenchmark benchmark, Path folder, Consumer<CheckedBackup> restore, BooleanSupplier sessionOpen,
            Consumer<Language> pickLanguage) {
        this.context = context;
        this.window = window;
        this.messages = messages;
        this.tasks = workers.tasks();
        this.readAheadTasks = workers.readAhead();
        this.options = options;
        this.benchmark = benchmark;
        this.sessionOpen = sessionOpen;
        this.work = new WorkScreens(context, tasks);
        this.office = new OfficeScreens(context, messages, tasks, folder, restore, pickLanguage);
        this.access = context.access();
        this.dashboard = new DashboardViewModel(context.dashboard(), tasks, context.changes());
        this.schools = new SchoolsViewModel(context.schools(), context.settings(), tasks, context.clock(), context.compliance());
        this.cameras = new CamerasViewModel(context.cameras(), tasks, context.changes());
        this.openFaults = new OpenFaultsViewModel(context.cameraFaults(), context.settings(), tasks, context.clock(), context.changes());
    }

    /** Opens the screens, on the dashboard. */
    void show() {
        // Read first, so the city's figures come from the database while the screens are being built.
        dashboard.refresh();
        DashboardChartsViewModel charts = new DashboardChartsViewModel(context.dashboardCharts(), readAheadTasks, context.changes());
        if (options.startupTiming()) {
            dashboard.loadedProperty().addListener((obs, was, now) -> {
                if (now) {
                    benchmark.report(window.getScene(), "startup.dashboardMillis");
                }
            });
        }
        // Once the dashboard is up, read the schools list in the background: the Schools screen, the one opened most,
        // then paints its rows as soon as it opens instead of waiting for the database (issue 3).
        dashboard.loadedProperty().addListener((obs, was, now) -> {
            if (now && !schools.hasLoaded()) {
                schools.prefetch(readAheadTasks);
            }
        });
        schools.follow(context.changes());
        if (access.user().role() == Role.INSPECTOR && context.mySchools().hasOwnSchools()) {
            // An inspector lands on their own schools, visits due and overdue checks, above the city's figures.
            mine = new MySchoolsViewModel(context.mySchools(), tasks, context.changes());
            mine.refresh();
        }
        this.charts = charts;
        window.setScreens(list());
        // The charts come after the figures are painted: building five charts costs about as much as the whole
        // rest of the window, and the figures are what an officer looks at first.
        Runnable addCharts = () -> AfterPulse.onceRequested(window.getScene(), () -> {
            chartsShown = true;
            dashboardView.addCharts(new DashboardChartsPane(charts, messages, this::openChartSelection));
            charts.refresh();
            addComplianceChart();
            // Not after the charts: on the nationwide data their queries take seconds, and the visits screen is the
            // one an officer opens first.
            prepareVisitsScreen();
        });
        if (dashboard.loadedProperty().get()) {
            addCharts.run();
        } else {
            dashboard.loadedProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        dashboard.loadedProperty().removeListener(this);
                        addCharts.run();
                    }
                }
            });
        }
    }

    /**
     * The dashboard's view over its kept view models: at the start, and again after a switch of language, when
     * the charts, built before, are built at once and read again (their month names are the language's).
     */
    private Node dashboard() {
        dashboardView = new DashboardView(dashboard, messages);
        if (mine != null) {
            dashboardView.addOwnSchools(new MySchoolsPane(mine, messages, this::openSchoolCard));
        }
        if (chartsShown) {
            dashboardView.addCharts(new DashboardChartsPane(charts, messages, this::openChartSelection));
            charts.refresh();
            addComplianceChart();
        }
        addOrdersFigure();
        return scrolling(dashboardView);
    }

    /** The compliance chart below the others, read after them: judging the city's schools is the heaviest read. */
    private void addComplianceChart() {
        if (complianceChart == null) {
            complianceChart = new ComplianceChartViewModel(context.complianceReports(), readAheadTasks, context.changes());
        }
        Runnable open = access.can(Permission.RECORD_OWN_WORK) ? () -> window.open("compliance") : () -> { };
        dashboardView.addCharts(new ComplianceChartPane(complianceChart, messages, open));
        complianceChart.refresh();
    }

    /** The open and overdue correction orders under the figures, for those who see the orders' list. */
    private void addOrdersFigure() {
        if (access.can(Permission.RECORD_OWN_WORK) && context.inspections() != null) {
            OrdersFigureViewModel orders = new OrdersFigureViewModel(context.inspections(), tasks, context.changes());
            dashboardView.addCharts(new OrdersFigure(orders, messages, () -> window.open("orders")));
            orders.refresh();
        }
    }

    /** Every screen, in the order of the navigation, as far as the signed-in account's role may use it. */
    private List<Screen> list() {
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", this::dashboard));
        screens.add(new Screen("schools", "nav.schools", "mdi2s-school-outline", this::schools));
        screens.add(new Screen("cameras", "nav.cameras", "mdi2c-cctv", () -> {
            cameras.load();
            CamerasView view = new CamerasView(cameras, messages, this::openSchoolCard);
            openFaults.load();
            view.addOpenFaults(new OpenFaultsPane(openFaults, messages, this::openSchoolCard));
            return view;
        }));
        // The day's work first, so Ctrl+1…9 reach it (the monthly summary included); the unit's lists after.
        if (access.can(Permission.RECORD_OWN_WORK)) {
            screens.add(new Screen("visits", "nav.visits", "mdi2c-clipboard-text-clock-outline", work::visits));
            screens.add(new Screen("events", "nav.events", "mdi2c-calendar-star", work::events));
            screens.add(new Screen("plan", "nav.plan", "mdi2c-calendar-check-outline", () -> work.plan(this::openSchoolCard)));
            screens.add(new Screen("orders", "nav.orders", "mdi2c-clipboard-alert-outline", () -> work.orders(this::openSchoolCard)));
            screens.add(new Screen("compliance", "nav.compliance", "mdi2s-shield-check-outline", this::compliance));
        }
        if (access.can(Permission.MONTHLY_SUMMARY)) {
            screens.add(new Screen("monthlySummary", "nav.monthlySummary", "mdi2f-file-chart-outline", office::monthlySummary));
        }
        if (access.can(Permission.MANAGE_OFFICERS)) {
            screens.add(new Screen("officers", "nav.officers", "mdi2s-shield-account-outline", work::officers));
        }
        if (access.can(Permission.MANAGE_LEISURE)) {
            screens.add(new Screen("leisure", "nav.leisure", "mdi2h-home-group", work::leisure));
        }
        if (access.can(Permission.RECORD_OFFENCES)) {
            screens.add(new Screen("offences", "nav.offences", "mdi2a-alert-octagon-outline", work::offences));
        }
        if (access.can(Permission.IMPORT)) {
            screens.add(new Screen("import", "nav.import", "mdi2f-file-import-outline", office::imports));
        }
        if (access.can(Permission.MANAGE_ACCOUNTS)) {
            screens.add(new Screen("accounts", "nav.accounts", "mdi2a-account-key-outline", office::accounts));
        }
        if (access.can(Permission.EDIT_REQUIREMENTS)) {
            screens.add(new Screen("requirements", "nav.requirements", "mdi2s-scale-balance", office::requirements));
        }
        if (access.can(Permission.VIEW_AUDIT)) {
            screens.add(new Screen("audit", "nav.audit", "mdi2s-shield-search", office::audit));
        }
        // Settings for every role: each officer's own signature; the program's settings for the administrator alone.
        screens.add(new Screen("settings", "nav.settings", "mdi2c-cog-outline", office::settings));
        return screens;
    }

    /** «Соответствие требованиям» for heads and inspectors: the account's scope judged today, then any day chosen. */
    private ComplianceView compliance() {
        ComplianceViewModel model = new ComplianceViewModel(context.complianceReports(), tasks, messages);
        model.load();
        return new ComplianceView(model, messages, this::openSchoolCard, SaveFileDialog.system(messages),
                new SummaryPreview(messages, new BarChartPainter(context.reportFonts())));
    }

    private SchoolsView schools() {
        // Kept current by the change subscription in show(); read only if the prefetch has not run.
        if (!schools.hasLoaded()) {
            schools.load();
        }
        return new SchoolsView(schools, messages, this::openSchoolCard,
                access.can(Permission.EDIT_SCHOOLS) ? () -> openSchoolCard(null) : null);
    }

    /**
     * Builds the visits screen, the one an officer opens most, while they look at the dashboard, so that its
     * first opening only paints it (issue 4: a month of visits in under 200 ms). Building it holds the FX thread
     * for about a second the first time (skins, CSS), so it waits for a second without mouse or keyboard.
     */
    private void prepareVisitsScreen() {
        QuietSpell.then(window.getScene(), Duration.seconds(1), () -> {
            if (sessionOpen.getAsBoolean()) {
                window.prepare(PREPARED_SCREEN);
            }
        });
    }

    private static ScrollPane scrolling(Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /**
     * A click on a dashboard chart opens the matching list: a district's bars open the Schools screen filtered to
     * that district (and to schools without cameras from the coverage chart); officers' and months' bars open the
     * monthly summary for that officer or month, whose sections list the visits, events and offences.
     */
    private void openChartSelection(ChartSelection selection) {
        if (selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS
                || selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS) {
            schools.showDistrict(selection.id(), selection.target() == ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS);
            window.open("schools");
            return;
        }
        ReportScope.Kind kind = switch (selection.target()) {
            case DISTRICT_SCHOOLS, DISTRICT_SCHOOLS_WITHOUT_CAMERAS -> ReportScope.Kind.DISTRICT;
            case OFFICER_VISITS -> ReportScope.Kind.OFFICER;
            case MONTH_EVENTS, MONTH_OFFENCES -> ReportScope.Kind.CITY;
        };
        window.open("monthlySummary").filter(MonthlySummaryView.class::isInstance).map(MonthlySummaryView.class::cast)
                .ifPresent(view -> view.showFor(selection.month(), kind, selection.id()));
    }

    /** Opens a school's card, or an empty one for a new school when {@code schoolId} is null. */
    private void openSchoolCard(Long schoolId) {
        SchoolCardServices services = new SchoolCardServices(context.schools(), context.cameras(),
                context.equipment(), context.checks(), context.settings(), context.visits(), context.changes(), tasks, messages,
                context.clock(), work.cardForms(), context.cameraFaults(), context.compliance(), context.photos());
        SchoolCardWindow card = new SchoolCardWindow(services, window.getScene().getWindow(), schoolId);
        card.offerPassport(new PassportExportViewModel(context.passports(), context.settings(), tasks, messages, context.reportFonts()));
        card.show();
    }
}
