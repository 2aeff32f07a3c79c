// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.persistence.DatabaseOpenException;
import kz.schoolwatch.report.ReportScope;
import kz.schoolwatch.report.chart.BarChartPainter;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.cameras.CamerasView;
import kz.schoolwatch.ui.cameras.CamerasViewModel;
import kz.schoolwatch.ui.common.DatabaseErrors;
import kz.schoolwatch.ui.common.ExecutorTaskRunner;
import kz.schoolwatch.ui.common.Tasks;
import kz.schoolwatch.ui.dashboard.ChartSelection;
import kz.schoolwatch.ui.dashboard.DashboardChartsPane;
import kz.schoolwatch.ui.dashboard.DashboardChartsViewModel;
import kz.schoolwatch.ui.dashboard.DashboardView;
import kz.schoolwatch.ui.dashboard.DashboardViewModel;
import kz.schoolwatch.ui.report.MonthlySummaryView;
import kz.schoolwatch.ui.report.MonthlySummaryViewModel;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import kz.schoolwatch.ui.schools.SchoolsView;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import kz.schoolwatch.ui.shell.MainWindow;
import kz.schoolwatch.ui.shell.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and shows the main window, then wires the screens once the database (opened in parallel since
 * {@code main}) is ready. Used by {@link Launcher} and by the UI tests, which pass their own exit action.
 */
public final class SchoolWatchApp {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolWatchApp.class);

    private final AppOptions options;
    private final Messages messages;
    private final DatabaseOpening opening;
    private final StartupTiming timing;
    private final Runnable exitAction;
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(2);

    private MainWindow window;
    private AppContext context;
    private long firstFrameMillis = -1;
    private SchoolsViewModel schools;
    private boolean shutDown;

    public SchoolWatchApp(AppOptions options, Messages messages, DatabaseOpening opening, StartupTiming timing, Runnable exitAction) {
        this.options = options;
        this.messages = messages;
        this.opening = opening;
        this.timing = timing;
        this.exitAction = exitAction;
    }

    /** Shows the window at once; the screens arrive when the database is open. */
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(messages);
        window.setDataFile(opening.folder().resolve("schoolwatch.mv.db"));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(SchoolWatchApp.class.getResource("ui/app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> shutdown());
        if (options.startupTiming()) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> firstFrameMillis = timing.elapsedMillis());
                }
            });
        }
        stage.show();
        tasks.run(Tasks.of(opening::await, this::databaseReady, this::databaseFailed));
    }

    private void databaseReady(DatabaseOpening.Opened opened) {
        context = new AppContext(opened.database(), messages, tasks, Clock.systemDefaultZone());
        window.setDataFile(opened.database().file());
        if (opened.empty() && (options.demo() || askForDemoCity())) {
            loadDemoCity();
        } else {
            showScreens(opened.totals());
        }
    }

    private boolean askForDemoCity() {
        ButtonType load = new ButtonType(messages.get("demo.offer.load"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("demo.offer.empty"), ButtonBar.ButtonData.NO);
        var plan = context.demoCity().plan();
        String text = messages.get("demo.offer.text", plan.schools(), plan.outdoorCameras() + plan.indoorCameras(),
                plan.schools() - plan.schoolsWithoutCameras(), plan.officers(), plan.leisureCentres());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, load, empty);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("demo.offer.header"));
        alert.initOwner(window.getScene().getWindow());
        alert.getDialogPane().setId("demoOffer");
        alert.getDialogPane().lookupButton(load).setId("demoLoad");
        alert.getDialogPane().lookupButton(empty).setId("demoEmpty");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == load;
    }

    private void loadDemoCity() {
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                return context.demoCity().loadIfEmpty(p -> updateProgress(p, 1.0));
            }
        };
        window.showBusy(messages.get("demo.loading"), 0);
        task.progressProperty().addListener((obs, old, p) -> window.showBusy(messages.get("demo.loading"), p.doubleValue()));
        task.setOnSucceeded(e -> {
            window.setStatusMessage(messages.get("demo.loaded"));
            showScreens(null);
        });
        task.setOnFailed(e -> backgroundFailed(task.getException()));
        tasks.run(task);
    }

    /** Opens the screens; {@code prefetched} are the dashboard's figures if start-up already read them. */
    private void showScreens(CityTotals prefetched) {
        DashboardViewModel dashboard = new DashboardViewModel(context.dashboard(), tasks);
        DashboardChartsViewModel charts = new DashboardChartsViewModel(context.dashboardCharts(), tasks);
        // Any committed change may move the city's figures: refresh on the FX thread.
        context.changes().subscribe(topic -> Platform.runLater(() -> {
            dashboard.refresh();
            charts.refresh();
        }));
        if (options.startupTiming()) {
            dashboard.loadedProperty().addListener((obs, was, now) -> {
                if (now) {
                    reportStartupTiming();
                }
            });
        }
        schools = new SchoolsViewModel(context.schools(), context.settings(), tasks, context.clock());
        CamerasViewModel cameras = new CamerasViewModel(context.cameras(), tasks);
        context.changes().subscribe(topic -> {
            if (topic != DataChanges.Topic.REFERENCE) {
                Platform.runLater(() -> {
                    schools.load();
                    cameras.load();
                });
            }
        });
        List<Screen> screens = new ArrayList<>();
        DashboardView dashboardView = new DashboardView(dashboard, messages);
        screens.add(new Screen("dashboard", "nav.dashboard", "mdi2v-view-dashboard-outline", () -> scrolling(dashboardView)));
        screens.add(new Screen("schools", "nav.schools", "mdi2s-school-outline", () -> {
            schools.load();
            return new SchoolsView(schools, messages, this::openSchoolCard, () -> openSchoolCard(null));
        }));
        screens.add(new Screen("cameras", "nav.cameras", "mdi2c-cctv", () -> {
            cameras.load();
            return new CamerasView(cameras, messages, this::openSchoolCard);
        }));
        screens.addAll(new WorkScreens(context, tasks).screens());
        screens.add(new Screen("monthlySummary", "nav.monthlySummary", "mdi2f-file-chart-outline", () -> new MonthlySummaryView(
                new MonthlySummaryViewModel(context.monthlySummaries(), context.reportExports(), tasks, messages), messages,
                new BarChartPainter(context.reportFonts()))));
        window.setScreens(screens);
        // The charts come after the figures are painted: building five charts costs about as much as the whole
        // rest of the window, and the figures are what an officer looks at first.
        Runnable addCharts = () -> afterNextPulse(() -> {
            dashboardView.addCharts(new DashboardChartsPane(charts, messages, this::openChartSelection));
            charts.refresh();
        });
        if (dashboard.loadedProperty().get()) {
            addCharts.run();
        } else {
            dashboard.loadedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        dashboard.loadedProperty().removeListener(this);
                        addCharts.run();
                    }
                }
            });
        }
        if (prefetched != null) {
            dashboard.show(prefetched);
        } else {
            dashboard.refresh();
        }
    }

    /** Runs {@code work} on the FX thread after the next frame has been laid out. */
    private void afterNextPulse(Runnable work) {
        window.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        });
        Platform.requestNextPulse();
    }

    private static ScrollPane scrolling(javafx.scene.Node view) {
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
        SchoolCardWindow.Services services = new SchoolCardWindow.Services(context.schools(), context.cameras(),
                context.equipment(), context.checks(), context.settings(), context.visits(), context.changes(), tasks, messages,
                context.clock());
        new SchoolCardWindow(services, window.getScene().getWindow(), schoolId).show();
    }

    private void reportStartupTiming() {
        // Measured after the pulse that lays out the figures, i.e. when they are painted.
        window.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    long ready = timing.elapsedMillis();
                    System.out.println("startup.firstFrameMillis=" + firstFrameMillis);
                    System.out.println("startup.dashboardMillis=" + ready);
                    shutdown();
                });
            }
        });
        window.requestLayout();
    }

    private void databaseFailed(Throwable error) {
        String text = error instanceof DatabaseOpenException open
                ? DatabaseErrors.describe(open, messages)
                : messages.get("db.error.unexpected");
        LOG.error("Cannot open the database: {}", error.toString());
        window.showFatal(text);
        if (options.startupTiming()) {
            // A measuring script is waiting for us: say why on stderr and fail with a status it can test.
            System.err.println(text);
            shutdown();
            System.exit(1);
        }
    }

    private void backgroundFailed(Throwable error) {
        LOG.error("Start-up failed", error);
        window.showFatal(messages.get("db.error.unexpected"));
    }

    private void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        tasks.close();
        if (context != null) {
            context.close();
        }
        exitAction.run();
    }
}
