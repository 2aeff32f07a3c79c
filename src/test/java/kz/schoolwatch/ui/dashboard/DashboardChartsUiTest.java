// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import static kz.schoolwatch.persistence.jooq.Tables.CAMERA;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolRow;
import kz.schoolwatch.persistence.store.H2Url;
import kz.schoolwatch.ui.RunningApp;
import kz.schoolwatch.ui.WorkDriver;
import kz.schoolwatch.ui.report.MonthlySummaryUiTest;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's charts on the demo city: figures from the database; names across on the left, counts from zero,
 * legends and axis titles, bars that say what they are; and a click opens the district's schools.
 */
class DashboardChartsUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.notStarted().withDemoCity();

    private final FxRobot robot = app;

    @Test
    @SuppressWarnings("unchecked")
    void camerasChartShowsEachDistrictAndABarOpensItsSchools() throws Exception {
        TestSessions.prepare(app.folder(), true);
        app.launch().signIn(TestSessions.HEAD);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#chartCamerasByDistrict .chart-bar").queryAll().isEmpty());

        // The head of unit has no schools of their own: the city's figures come first.
        assertThat(robot.lookup("#mySchools").queryAll()).isEmpty();

        // Districts are bars across with their names on the left, in the database's order from the top down.
        XYChart<Number, String> cameras = robot.lookup("#chartCamerasByDistrict").queryAs(XYChart.class);
        assertThat(cameras.getData()).extracting(XYChart.Series::getName).containsExactly(Texts.of("dashboard.chart.outdoor"), Texts.of("dashboard.chart.indoor"));
        assertThat(cameras.getYAxis().getSide()).isEqualTo(Side.LEFT);
        assertThat(cameras.isLegendVisible()).isTrue();
        int firstDistrictCameras;
        try (var c = app.jdbc()) {
            firstDistrictCameras = DSL.using(c, SQLDialect.H2).fetchCount(CAMERA.join(SCHOOL).on(SCHOOL.ID.eq(CAMERA.SCHOOL_ID)),
                    SCHOOL.DISTRICT_ID.eq(1));
        }
        int last = cameras.getData().get(0).getData().size() - 1;
        XYChart.Data<Number, String> outdoor = cameras.getData().get(0).getData().get(last);
        XYChart.Data<Number, String> indoor = cameras.getData().get(1).getData().get(last);
        assertThat(outdoor.getYValue()).isEqualTo("Алатауский");
        assertThat(outdoor.getXValue().intValue() + indoor.getXValue().intValue()).isEqualTo(firstDistrictCameras);
        String lastDistrict = cameras.getData().get(0).getData().get(0).getYValue();
        WorkDriver.waitUntil(10, () -> cameras.getYAxis().getHeight() > 0);
        assertThat(cameras.getYAxis().getDisplayPosition("Алатауский")).isLessThan(cameras.getYAxis().getDisplayPosition(lastDistrict));

        // Events: one bar per type, most first, one colour, no legend needed.
        XYChart<Number, String> types = robot.lookup("#chartEventsByType").queryAs(XYChart.class);
        assertThat(types.getData()).hasSize(1);
        List<XYChart.Data<Number, String>> typeBars = types.getData().get(0).getData();
        assertThat(typeBars).hasSize(8);
        List<Integer> topDown = typeBars.stream().map(d -> d.getXValue().intValue()).collect(Collectors.toList());
        Collections.reverse(topDown);
        assertThat(topDown).isSortedAccordingTo(Comparator.reverseOrder());
        XYChart<String, Number> months = robot.lookup("#chartEventsByMonth").queryAs(XYChart.class);
        assertThat(months.getData()).hasSize(1);
        assertThat(months.getData().get(0).getData()).hasSize(12);

        // Officers' names across on the left, never turned on end.
        XYChart<Number, String> visits = robot.lookup("#chartVisitsByOfficer").queryAs(XYChart.class);
        assertThat(visits.getData().get(0).getData()).isNotEmpty();
        assertThat(visits.getYAxis().getSide()).isEqualTo(Side.LEFT);
        assertThat(visits.getYAxis().getTickLabelRotation()).isZero();

        // Offences: a legend for the two parts of a bar and a title on the count axis.
        XYChart<String, Number> offences = robot.lookup("#chartOffencesByMonth").queryAs(XYChart.class);
        assertThat(offences.isLegendVisible()).isTrue();
        assertThat(offences.lookup(".chart-legend").isVisible()).isTrue();
        assertThat(offences.getYAxis().getLabel()).isEqualTo(Texts.of("dashboard.chart.offences.axis"));

        // Every count axis starts at zero (the schools-with-cameras line started at 150).
        for (Node chart : robot.lookup("#dashboardCharts .chart").queryAll()) {
            XYChart<?, ?> xy = (XYChart<?, ?>) chart;
            for (Axis<?> axis : List.of(xy.getXAxis(), xy.getYAxis())) {
                if (axis instanceof NumberAxis n) {
                    assertThat(n.getLowerBound()).as(chart.getId()).isZero();
                    assertThat(n.getLabel()).as(chart.getId()).isNotBlank();
                }
            }
        }
        MonthlySummaryUiTest.snapshot(robot.lookup("#dashboardView").query(), "dashboard");

        Node bar = outdoor.getNode();
        String tip = Texts.of("dashboard.chart.cameras.tip", "Алатауский", firstDistrictCameras, outdoor.getXValue().intValue(),
                indoor.getXValue().intValue());
        assertThat(bar.getAccessibleText()).isEqualTo(tip);
        assertThat(typeBars.get(typeBars.size() - 1).getNode().getAccessibleText())
                .isEqualTo(Texts.of("dashboard.chart.eventTypes.tip", typeBars.get(typeBars.size() - 1).getYValue(), topDown.get(0)));
        robot.interact(() -> ((ScrollPane) robot.lookup(".screen-scroll").query()).setVvalue(0.3));
        // Hovering a bar tells what it is (one tooltip serves every bar and takes the bar's text).
        robot.moveTo(typeBars.get(0).getNode());
        robot.moveTo(bar);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && tip.equals(t.getText())));
        robot.clickOn(bar);
        // The bar opens the Schools screen filtered to that district: exactly the schools the bar counted.
        int districtSchools;
        try (var c = app.jdbc()) {
            districtSchools = DSL.using(c, SQLDialect.H2).fetchCount(SCHOOL, SCHOOL.DISTRICT_ID.eq(1).and(SCHOOL.ARCHIVED_ON.isNull()));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#schoolsTable").queryAll().isEmpty()
                && robot.lookup("#schoolsTable").queryTableView().getItems().size() == districtSchools
                && robot.lookup("#navSchools").queryAs(ToggleButton.class).isSelected());
        TableView<SchoolRow> schools = robot.lookup("#schoolsTable").queryTableView();
        assertThat(schools.getItems()).allMatch(r -> r.district().equals("Алатауский"));
        assertThat(robot.lookup("#schoolsDistrictFilter").queryComboBox().getValue()).hasToString("Алатауский");
    }
}
