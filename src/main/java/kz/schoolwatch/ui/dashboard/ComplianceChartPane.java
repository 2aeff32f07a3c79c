// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.CityCompliance.DistrictLine;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.compliance.ComplianceFigures;

/**
 * The dashboard's compliance (issue 21): «Школ, соответствующих требованиям: N из M» above a chart of the districts,
 * fully compliant, with gaps and without data stacked. A click on a bar opens «Соответствие требованиям».
 */
public final class ComplianceChartPane extends VBox {

    private final Messages messages;
    private final Runnable openCompliance;
    private final Label figure = new Label();
    private final StackedBarChart<Number, String> chart;
    private final Tooltip barTip = new Tooltip();

    public ComplianceChartPane(ComplianceChartViewModel model, Messages messages, Runnable openCompliance) {
        this.messages = messages;
        this.openCompliance = openCompliance;
        setId("dashboardCompliance");
        setSpacing(6);
        figure.setId("dashboardComplianceFigure");
        figure.getStyleClass().add("section-title");
        NumberAxis counts = new NumberAxis();
        counts.setLabel(messages.get("compliance.report.column.schools"));
        counts.setForceZeroInRange(true);
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new StringConverter<>() {
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
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelRotation(0);
        chart = new StackedBarChart<>(counts, names);
        chart.setId("chartComplianceByDistrict");
        chart.setTitle(messages.get("dashboard.chart.compliance"));
        chart.setAnimated(false);
        chart.setPrefSize(560, 320);
        chart.setMinWidth(320);
        chart.getStyleClass().add("dashboard-chart");
        barTip.setShowDelay(Duration.millis(250));
        Label failed = new Label(messages.get("dashboard.charts.loadFailed"));
        failed.getStyleClass().add("error-text");
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(model.failedProperty());
        getChildren().addAll(figure, failed, chart);
        model.figuresProperty().addListener((o, was, now) -> show(now));
        show(model.figuresProperty().get());
    }

    private void show(ComplianceFigures f) {
        if (f == null) {
            return;
        }
        var c = f.compliance();
        figure.setText(messages.get("dashboard.compliance.figure", c.count(ComplianceStatus.MET), c.schools().size()));
        XYChart.Series<Number, String> met = series("compliance.report.column.met");
        XYChart.Series<Number, String> notMet = series("compliance.report.column.notMet");
        XYChart.Series<Number, String> unknown = series("compliance.report.column.unknown");
        // A vertical category axis runs from the bottom up: the first district is added last, to stand on top.
        List<DistrictLine> topDown = new ArrayList<>(c.byDistrict());
        Collections.reverse(topDown);
        for (DistrictLine d : topDown) {
            String name = f.district(d.districtId());
            met.getData().add(new XYChart.Data<>(d.met(), name));
            notMet.getData().add(new XYChart.Data<>(d.notMet(), name));
            unknown.getData().add(new XYChart.Data<>(d.unknown(), name));
        }
        chart.getData().setAll(List.of(met, notMet, unknown));
        for (int i = 0; i < topDown.size(); i++) {
            DistrictLine d = topDown.get(i);
            String tip = messages.get("compliance.screen.summary", d.met(), d.schools(),
                    messages.get("report.percent", d.schools() == 0 ? 0.0 : 100.0 * d.met() / d.schools()), d.notMet(), d.unknown());
            String text = f.district(d.districtId()) + ": " + tip;
            for (XYChart.Series<Number, String> s : List.of(met, notMet, unknown)) {
                describe(s.getData().get(i), text);
            }
        }
    }

    private XYChart.Series<Number, String> series(String key) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        s.setName(messages.get(key));
        return s;
    }

    private void describe(XYChart.Data<?, ?> data, String tip) {
        Node bar = data.getNode();
        if (bar == null) {
            return;
        }
        bar.accessibleTextProperty().unbind();
        bar.setAccessibleText(tip);
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> barTip.setText(tip));
        Tooltip.install(bar, barTip);
        bar.setCursor(Cursor.HAND);
        bar.setOnMouseClicked(e -> openCompliance.run());
    }
}
