// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.DashboardCharts;

/**
 * The dashboard's charts: cameras per district (outdoor and indoor stacked), schools covered or not per district,
 * events per type over twelve months (sorted) and per month, visits per officer this month, offences per month
 * above the schools with cameras. Districts, types and officers are bars across, their names written out on the
 * left; every number axis starts at zero; every bar says what it is when the mouse rests on it. A click on a bar
 * reports a {@link ChartSelection} to the shell, which opens the matching list.
 */
public final class DashboardChartsPane extends VBox {

    private static final double CHART_WIDTH = 560;
    private static final double CHART_HEIGHT = 320;
    /** Height per bar of the officers chart: twenty officers need more room than eight districts. */
    private static final double OFFICER_ROW = 22;

    private final Messages messages;
    private final ChartTexts texts;
    private final Consumer<ChartSelection> onSelect;
    private final VBox charts = new VBox(16);
    private final Tooltip barTip = new Tooltip();

    public DashboardChartsPane(DashboardChartsViewModel model, Messages messages, Consumer<ChartSelection> onSelect) {
        this.messages = messages;
        this.texts = new ChartTexts(messages);
        this.onSelect = onSelect;
        setId("dashboardCharts");
        setSpacing(10);
        Label title = new Label(messages.get("dashboard.section.charts"));
        title.getStyleClass().add("section-title");
        Label failed = new Label(messages.get("dashboard.charts.loadFailed"));
        failed.getStyleClass().add("error-text");
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(model.failedProperty());
        barTip.setShowDelay(Duration.millis(250));
        getChildren().addAll(title, failed, charts);
        model.chartsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        if (model.chartsProperty().get() != null) {
            show(model.chartsProperty().get());
        }
    }

    private void show(DashboardCharts data) {
        // Charts of names two a row (rows shrink with the window); the twelve-month charts across the whole width,
        // where twelve month names fit side by side.
        charts.getChildren().setAll(
                row(cameras(data.districts()), coverage(data.districts())),
                row(eventTypes(data.eventTotals()), visits(data.officerVisits())),
                eventMonths(data),
                offences(data.offencesByMonth()));
    }

    private static HBox row(Node left, Node right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(16, left, right);
        row.setMinWidth(0);
        return row;
    }

    private Node cameras(List<DashboardCharts.District> districts) {
        StackedBarChart<Number, String> chart = new StackedBarChart<>(axis("dashboard.chart.cameras.axis"), names());
        setUp(chart, "chartCamerasByDistrict", "dashboard.chart.cameras");
        XYChart.Series<Number, String> outdoor = series("dashboard.chart.outdoor");
        XYChart.Series<Number, String> indoor = series("dashboard.chart.indoor");
        // A vertical category axis runs from the bottom up: the first district is added last, to stand on top.
        List<DashboardCharts.District> topDown = reversed(districts);
        for (DashboardCharts.District d : topDown) {
            outdoor.getData().add(new XYChart.Data<>(d.outdoor(), d.name()));
            indoor.getData().add(new XYChart.Data<>(d.indoor(), d.name()));
        }
        chart.getData().setAll(List.of(outdoor, indoor));
        for (int i = 0; i < topDown.size(); i++) {
            DashboardCharts.District d = topDown.get(i);
            ChartSelection target = new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS, d.id(), d.name(), YearMonth.now());
            clickable(outdoor.getData().get(i), target, texts.cameras(d));
            clickable(indoor.getData().get(i), target, texts.cameras(d));
        }
        return chart;
    }

    private Node coverage(List<DashboardCharts.District> districts) {
        StackedBarChart<Number, String> chart = new StackedBarChart<>(axis("dashboard.chart.coverage.axis"), names());
        setUp(chart, "chartCoverage", "dashboard.chart.coverage");
        XYChart.Series<Number, String> covered = series("dashboard.chart.covered");
        XYChart.Series<Number, String> notCovered = series("dashboard.chart.notCovered");
        List<DashboardCharts.District> topDown = reversed(districts);
        for (DashboardCharts.District d : topDown) {
            covered.getData().add(new XYChart.Data<>(d.covered(), d.name()));
            notCovered.getData().add(new XYChart.Data<>(d.schools() - d.covered(), d.name()));
        }
        chart.getData().setAll(List.of(covered, notCovered));
        for (int i = 0; i < topDown.size(); i++) {
            DashboardCharts.District d = topDown.get(i);
            clickable(covered.getData().get(i), new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS, d.id(), d.name(), YearMonth.now()),
                    texts.coverage(d));
            clickable(notCovered.getData().get(i),
                    new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS, d.id(), d.name(), YearMonth.now()),
                    texts.coverage(d));
        }
        return chart;
    }

    private Node eventTypes(List<DashboardCharts.TypeTotal> totals) {
        BarChart<Number, String> chart = new BarChart<>(axis("dashboard.chart.eventTypes.axis"), names());
        setUp(chart, "chartEventsByType", "dashboard.chart.eventTypes");
        // One colour and no legend: the names stand on the axis.
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> s = series("dashboard.chart.eventTypes.axis");
        List<DashboardCharts.TypeTotal> topDown = reversed(totals);
        for (DashboardCharts.TypeTotal t : topDown) {
            s.getData().add(new XYChart.Data<>(t.total(), t.type()));
        }
        chart.getData().add(s);
        for (int i = 0; i < topDown.size(); i++) {
            // Twelve months of a type are no single list to open: the bar tells its figure and no more.
            describe(s.getData().get(i), texts.eventType(topDown.get(i)));
        }
        return chart;
    }

    private Node eventMonths(DashboardCharts data) {
        BarChart<String, Number> chart = new BarChart<>(months(), axis("dashboard.chart.eventMonths.axis"));
        setUp(chart, "chartEventsByMonth", "dashboard.chart.eventMonths");
        chart.setLegendVisible(false);
        chart.setPrefHeight(CHART_HEIGHT * 0.85);
        XYChart.Series<String, Number> s = series("dashboard.chart.eventMonths.axis");
        List<Integer> perMonth = data.eventsPerMonth();
        for (int m = 0; m < data.months().size(); m++) {
            s.getData().add(new XYChart.Data<>(texts.axisMonth(data.months().get(m), m == 0), perMonth.get(m)));
        }
        chart.getData().add(s);
        for (int m = 0; m < data.months().size(); m++) {
            YearMonth month = data.months().get(m);
            clickable(s.getData().get(m), new ChartSelection(ChartSelection.Target.MONTH_EVENTS, 0, texts.axisMonth(month, true), month),
                    texts.eventMonth(month, perMonth.get(m)));
        }
        return chart;
    }

    private Node visits(List<DashboardCharts.OfficerVisits> officers) {
        BarChart<Number, String> chart = new BarChart<>(axis("dashboard.chart.visits.axis"), names());
        setUp(chart, "chartVisitsByOfficer", "dashboard.chart.visits");
        chart.setLegendVisible(false);
        // Names across, one bar per line: as many lines as officers, never names turned on end.
        chart.setPrefHeight(Math.max(CHART_HEIGHT, 90 + OFFICER_ROW * officers.size()));
        // The default gap between categories (10 px) left bars two pixels thick at twelve officers and more.
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        XYChart.Series<Number, String> s = series("dashboard.chart.visits.axis");
        List<DashboardCharts.OfficerVisits> topDown = reversed(officers);
        for (DashboardCharts.OfficerVisits o : topDown) {
            s.getData().add(new XYChart.Data<>(o.visits(), o.officer()));
        }
        chart.getData().add(s);
        for (int i = 0; i < topDown.size(); i++) {
            DashboardCharts.OfficerVisits o = topDown.get(i);
            clickable(s.getData().get(i), new ChartSelection(ChartSelection.Target.OFFICER_VISITS, o.officerId(), o.officer(), YearMonth.now()),
                    texts.visits(o));
        }
        return chart;
    }

    private Node offences(List<DashboardCharts.MonthOffences> months) {
        StackedBarChart<String, Number> bars = new StackedBarChart<>(months(), axis("dashboard.chart.offences.axis"));
        setUp(bars, "chartOffencesByMonth", "dashboard.chart.offences");
        bars.setLegendVisible(true);
        XYChart.Series<String, Number> inside = series("dashboard.chart.inside");
        XYChart.Series<String, Number> grounds = series("dashboard.chart.grounds");
        LineChart<String, Number> line = new LineChart<>(months(), axis("dashboard.chart.schoolsWithCameras.axis"));
        setUp(line, "chartSchoolsWithCameras", "dashboard.chart.schoolsWithCameras");
        line.setLegendVisible(false);
        XYChart.Series<String, Number> covered = series("dashboard.chart.schoolsWithCameras");
        for (int i = 0; i < months.size(); i++) {
            DashboardCharts.MonthOffences m = months.get(i);
            String label = texts.axisMonth(m.month(), i == 0);
            inside.getData().add(new XYChart.Data<>(label, m.inside()));
            grounds.getData().add(new XYChart.Data<>(label, m.grounds()));
            covered.getData().add(new XYChart.Data<>(label, m.schoolsWithCameras()));
        }
        bars.getData().setAll(List.of(inside, grounds));
        line.getData().add(covered);
        for (int i = 0; i < months.size(); i++) {
            DashboardCharts.MonthOffences m = months.get(i);
            ChartSelection target = new ChartSelection(ChartSelection.Target.MONTH_OFFENCES, 0, texts.axisMonth(m.month(), true), m.month());
            clickable(inside.getData().get(i), target, texts.offences(m));
            clickable(grounds.getData().get(i), target, texts.offences(m));
            describe(covered.getData().get(i), texts.schoolsWithCameras(m));
        }
        // The two charts share the months, one above the other: offences above the schools with cameras.
        bars.setPrefHeight(CHART_HEIGHT);
        line.setPrefHeight(CHART_HEIGHT * 0.6);
        VBox box = new VBox(0, bars, line);
        box.setId("chartOffencesBox");
        box.setMinWidth(320);
        box.setPrefWidth(CHART_WIDTH);
        return box;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /** A category axis of names (districts, types, officers), written across. */
    private static CategoryAxis names() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelRotation(0);
        return axis;
    }

    private static CategoryAxis months() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelRotation(0);
        return axis;
    }

    /** A count axis: from zero (a bar's length is its figure), whole numbers only, with its title. */
    private NumberAxis axis(String key) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(messages.get(key));
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        // Counts are whole: hide the in-between ticks (2,5) that auto-ranging picks for small figures.
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? messages.get("common.count", (long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        return axis;
    }

    private <X, Y> XYChart.Series<X, Y> series(String key) {
        XYChart.Series<X, Y> s = new XYChart.Series<>();
        s.setName(messages.get(key));
        return s;
    }

    private void setUp(XYChart<?, ?> chart, String id, String titleKey) {
        chart.setId(id);
        chart.setTitle(messages.get(titleKey));
        chart.setAnimated(false);
        chart.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
        // Charts may shrink: the dashboard must fit a 1280-pixel window without scrolling sideways.
        chart.setMinWidth(320);
        chart.getStyleClass().add("dashboard-chart");
    }

    private void clickable(XYChart.Data<?, ?> data, ChartSelection target, String tip) {
        Node bar = describe(data, tip);
        if (bar != null) {
            bar.setCursor(Cursor.HAND);
            bar.setOnMouseClicked(e -> onSelect.accept(target));
        }
    }

    /**
     * Gives a bar (or a line's point) its text: in the tooltip, and as its accessible text for a screen reader.
     * One tooltip serves every bar and takes the bar's text as the mouse enters it: a tooltip is a popup window, and
     * one per bar (some 200 on the nationwide data) held the FX thread for seconds when the charts were built.
     */
    private Node describe(XYChart.Data<?, ?> data, String tip) {
        Node bar = data.getNode();
        if (bar == null) {
            return null;
        }
        // The chart binds a bare "category, value" there; the sentence replaces it.
        bar.accessibleTextProperty().unbind();
        bar.setAccessibleText(tip);
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> barTip.setText(tip));
        Tooltip.install(bar, barTip);
        return bar;
    }
}
