// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
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
import javafx.util.StringConverter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.DashboardCharts;

/**
 * The dashboard's charts: cameras per district (outdoor and indoor stacked), schools covered or not per
 * district, events per month by type, visits per officer this month, offences per month beside the schools
 * with cameras. A click on a bar reports a {@link ChartSelection} to the shell, which opens the matching list.
 */
public final class DashboardChartsPane extends VBox {

    private static final double CHART_WIDTH = 560;
    private static final double CHART_HEIGHT = 320;

    private final Messages messages;
    private final Consumer<ChartSelection> onSelect;
    private final DateTimeFormatter shortMonth;
    private final VBox charts = new VBox(16);
    private final Tooltip barTip = new Tooltip();

    public DashboardChartsPane(DashboardChartsViewModel model, Messages messages, Consumer<ChartSelection> onSelect) {
        this.messages = messages;
        this.onSelect = onSelect;
        this.shortMonth = DateTimeFormatter.ofPattern("LLL yy", messages.locale());
        setId("dashboardCharts");
        setSpacing(10);
        Label title = new Label(messages.get("dashboard.section.charts"));
        title.getStyleClass().add("section-title");
        Label failed = new Label(messages.get("dashboard.charts.loadFailed"));
        failed.getStyleClass().add("error-text");
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(model.failedProperty());
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
        // Two charts a row, the twelve-month events chart across the whole width; rows shrink with the window.
        charts.getChildren().setAll(
                row(cameras(data.districts()), coverage(data.districts())),
                events(data),
                row(visits(data.officerVisits()), offences(data.offencesByMonth())));
    }

    private static HBox row(Node left, Node right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(16, left, right);
        row.setMinWidth(0);
        return row;
    }

    private Node cameras(List<DashboardCharts.District> districts) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), axis("dashboard.chart.cameras.axis"));
        setUp(chart, "chartCamerasByDistrict", "dashboard.chart.cameras");
        XYChart.Series<String, Number> outdoor = series("dashboard.chart.outdoor");
        XYChart.Series<String, Number> indoor = series("dashboard.chart.indoor");
        for (DashboardCharts.District d : districts) {
            outdoor.getData().add(new XYChart.Data<>(d.name(), d.outdoor()));
            indoor.getData().add(new XYChart.Data<>(d.name(), d.indoor()));
        }
        chart.getData().setAll(List.of(outdoor, indoor));
        for (int i = 0; i < districts.size(); i++) {
            DashboardCharts.District d = districts.get(i);
            ChartSelection target = new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS, d.id(), d.name(), YearMonth.now());
            clickable(outdoor.getData().get(i), target, messages.get("dashboard.chart.tip", d.name(), d.outdoor()));
            clickable(indoor.getData().get(i), target, messages.get("dashboard.chart.tip", d.name(), d.indoor()));
        }
        return chart;
    }

    private Node coverage(List<DashboardCharts.District> districts) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), axis("dashboard.chart.coverage.axis"));
        setUp(chart, "chartCoverage", "dashboard.chart.coverage");
        XYChart.Series<String, Number> covered = series("dashboard.chart.covered");
        XYChart.Series<String, Number> notCovered = series("dashboard.chart.notCovered");
        for (DashboardCharts.District d : districts) {
            covered.getData().add(new XYChart.Data<>(d.name(), d.covered()));
            notCovered.getData().add(new XYChart.Data<>(d.name(), d.schools() - d.covered()));
        }
        chart.getData().setAll(List.of(covered, notCovered));
        for (int i = 0; i < districts.size(); i++) {
            DashboardCharts.District d = districts.get(i);
            clickable(covered.getData().get(i), new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS, d.id(), d.name(), YearMonth.now()),
                    messages.get("dashboard.chart.tip", d.name(), d.covered()));
            clickable(notCovered.getData().get(i),
                    new ChartSelection(ChartSelection.Target.DISTRICT_SCHOOLS_WITHOUT_CAMERAS, d.id(), d.name(), YearMonth.now()),
                    messages.get("dashboard.chart.tip", d.name(), d.schools() - d.covered()));
        }
        return chart;
    }

    private Node events(DashboardCharts data) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), axis("dashboard.chart.events.axis"));
        setUp(chart, "chartEventsByMonth", "dashboard.chart.events");
        for (DashboardCharts.EventTypeSeries type : data.eventsByType()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(type.type());
            for (int m = 0; m < data.months().size(); m++) {
                s.getData().add(new XYChart.Data<>(monthLabel(data.months().get(m)), type.perMonth().get(m)));
            }
            chart.getData().add(s);
            for (int m = 0; m < data.months().size(); m++) {
                YearMonth month = data.months().get(m);
                clickable(s.getData().get(m), new ChartSelection(ChartSelection.Target.MONTH_EVENTS, 0, type.type(), month),
                        messages.get("dashboard.chart.tip", type.type(), type.perMonth().get(m)));
            }
        }
        return chart;
    }

    private Node visits(List<DashboardCharts.OfficerVisits> officers) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), axis("dashboard.chart.visits.axis"));
        setUp(chart, "chartVisitsByOfficer", "dashboard.chart.visits");
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> s = series("dashboard.chart.visits.axis");
        for (DashboardCharts.OfficerVisits o : officers) {
            s.getData().add(new XYChart.Data<>(o.officer(), o.visits()));
        }
        chart.getData().add(s);
        for (int i = 0; i < officers.size(); i++) {
            DashboardCharts.OfficerVisits o = officers.get(i);
            clickable(s.getData().get(i), new ChartSelection(ChartSelection.Target.OFFICER_VISITS, o.officerId(), o.officer(), YearMonth.now()),
                    messages.get("dashboard.chart.tip", o.officer(), o.visits()));
        }
        return chart;
    }

    private Node offences(List<DashboardCharts.MonthOffences> months) {
        StackedBarChart<String, Number> bars = new StackedBarChart<>(new CategoryAxis(), axis("dashboard.chart.offences.axis"));
        setUp(bars, "chartOffencesByMonth", "dashboard.chart.offences");
        bars.getYAxis().setLabel(null);
        XYChart.Series<String, Number> inside = series("dashboard.chart.inside");
        XYChart.Series<String, Number> grounds = series("dashboard.chart.grounds");
        LineChart<String, Number> line = new LineChart<>(new CategoryAxis(), axis("dashboard.chart.schoolsWithCameras.axis"));
        setUp(line, "chartSchoolsWithCameras", "dashboard.chart.schoolsWithCameras");
        line.setLegendVisible(false);
        ((NumberAxis) line.getYAxis()).setForceZeroInRange(false);
        XYChart.Series<String, Number> covered = series("dashboard.chart.schoolsWithCameras");
        for (DashboardCharts.MonthOffences m : months) {
            inside.getData().add(new XYChart.Data<>(monthLabel(m.month()), m.inside()));
            grounds.getData().add(new XYChart.Data<>(monthLabel(m.month()), m.grounds()));
            covered.getData().add(new XYChart.Data<>(monthLabel(m.month()), m.schoolsWithCameras()));
        }
        bars.getData().setAll(List.of(inside, grounds));
        line.getData().add(covered);
        for (int i = 0; i < months.size(); i++) {
            DashboardCharts.MonthOffences m = months.get(i);
            ChartSelection target = new ChartSelection(ChartSelection.Target.MONTH_OFFENCES, 0, monthLabel(m.month()), m.month());
            clickable(inside.getData().get(i), target, messages.get("dashboard.chart.tip", monthLabel(m.month()), m.inside()));
            clickable(grounds.getData().get(i), target, messages.get("dashboard.chart.tip", monthLabel(m.month()), m.grounds()));
        }
        // The two charts share the months, one above the other: offences beside the schools with cameras.
        bars.setPrefHeight(CHART_HEIGHT * 0.62);
        line.setPrefHeight(CHART_HEIGHT * 0.5);
        VBox box = new VBox(0, bars, line);
        box.setId("chartOffencesBox");
        box.setMinWidth(320);
        box.setPrefWidth(CHART_WIDTH);
        return box;
    }

    private String monthLabel(YearMonth month) {
        return shortMonth.format(month);
    }

    private NumberAxis axis(String key) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(messages.get(key));
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

    private XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(messages.get(key));
        return s;
    }

    private void setUp(XYChart<String, Number> chart, String id, String titleKey) {
        chart.setId(id);
        chart.setTitle(messages.get(titleKey));
        chart.setAnimated(false);
        chart.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
        // Charts may shrink: the dashboard must fit a 1280-pixel window without scrolling sideways.
        chart.setMinWidth(320);
        chart.getStyleClass().add("dashboard-chart");
    }

    private void clickable(XYChart.Data<String, Number> data, ChartSelection target, String tip) {
        Node bar = data.getNode();
        if (bar == null) {
            return;
        }
        bar.setCursor(Cursor.HAND);
        // One tooltip for every bar, given the bar's text as the mouse enters it: a tooltip is a popup window, and
        // one per bar (some 200 on the nationwide data) held the FX thread for seconds when the charts were built.
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> barTip.setText(tip));
        Tooltip.install(bar, barTip);
        bar.setOnMouseClicked(e -> onSelect.accept(target));
    }
}
