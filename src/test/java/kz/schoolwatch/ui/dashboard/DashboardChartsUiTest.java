// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import kz.schoolwatch.AppOptions;
import kz.schoolwatch.DatabaseOpening;
import kz.schoolwatch.SchoolWatchApp;
import kz.schoolwatch.StartupTiming;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.H2Url;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's charts on the demo city: figures from the database, and a click opens the district's summary. */
class DashboardChartsUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void closeApp() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.hide());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void camerasChartShowsEachDistrictAndABarOpensItsSchools() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        kz.schoolwatch.TestSessions.prepare(folder, true);
        DatabaseOpening opening = DatabaseOpening.of(folder);
        AppOptions options = AppOptions.parse("--demo");
        FxToolkit.setupStage(s -> new SchoolWatchApp(options, Messages.russian(), opening, new StartupTiming(), () -> { })
                .start(s));
        kz.schoolwatch.TestSessions.signIn(robot, kz.schoolwatch.TestSessions.HEAD);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#chartCamerasByDistrict .chart-bar").queryAll().isEmpty());

        XYChart<String, Number> cameras = robot.lookup("#chartCamerasByDistrict").queryAs(XYChart.class);
        assertThat(cameras.getData()).extracting(XYChart.Series::getName).containsExactly("Наружные", "Внутренние");
        int firstDistrictCameras;
        try (var c = kz.schoolwatch.TestDatabases.connect(folder)) {
            firstDistrictCameras = DSL.using(c, SQLDialect.H2).fetchCount(CAMERA.join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID)),
                    SCHOOL.DISTRICT_ID.eq(1));
        }
        XYChart.Data<String, Number> outdoor = cameras.getData().get(0).getData().get(0);
        XYChart.Data<String, Number> indoor = cameras.getData().get(1).getData().get(0);
        assertThat(outdoor.getXValue()).isEqualTo("Алатауский");
        assertThat(outdoor.getYValue().intValue() + indoor.getYValue().intValue()).isEqualTo(firstDistrictCameras);
        XYChart<String, Number> events = robot.lookup("#chartEventsByMonth").queryAs(XYChart.class);
        assertThat(events.getData()).hasSize(8);
        XYChart<String, Number> visits = robot.lookup("#chartVisitsByOfficer").queryAs(XYChart.class);
        assertThat(visits.getData().get(0).getData()).isNotEmpty();
        MonthlySummaryUiTest.snapshot(robot.lookup("#dashboardView").query(), "dashboard");

        Node bar = outdoor.getNode();
        robot.interact(() -> ((ScrollPane) robot.lookup(".screen-scroll").query()).setVvalue(0.3));
        // Hovering a bar tells its figure (one tooltip serves every bar and takes the bar's text).
        robot.moveTo(indoor.getNode());
        robot.moveTo(bar);
        String tip = "Алатауский: " + outdoor.getYValue().intValue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && tip.equals(t.getText())));
        robot.clickOn(bar);
        // The bar opens the Schools screen filtered to that district: exactly the schools the bar counted.
        int districtSchools;
        try (var c = kz.schoolwatch.TestDatabases.connect(folder)) {
            districtSchools = DSL.using(c, SQLDialect.H2).fetchCount(SCHOOL, SCHOOL.DISTRICT_ID.eq(1).and(SCHOOL.ARCHIVED_ON.isNull()));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#schoolsTable").queryAll().isEmpty()
                && robot.lookup("#schoolsTable").queryTableView().getItems().size() == districtSchools
                && robot.lookup("#navSchools").queryAs(ToggleButton.class).isSelected());
        javafx.scene.control.TableView<kz.schoolwatch.domain.SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        assertThat(schools.getItems()).allMatch(r -> r.district().equals("Алатауский"));
        assertThat(robot.lookup("#schoolsDistrictFilter").queryComboBox().getValue()).hasToString("Алатауский");
    }
}
