// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.schoolwatch.report.DashboardCharts;
import kz.schoolwatch.service.DashboardChartsService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/** The dashboard charts' figures, read off the FX thread. */
public final class DashboardChartsViewModel {

    private final DashboardChartsService service;
    private final TaskRunner tasks;

    // Properties
    private final ObjectProperty<DashboardCharts> charts = new SimpleObjectProperty<>();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /** Any committed change ({@code changes}) may move the charts: they are read again. */
    public DashboardChartsViewModel(DashboardChartsService service, TaskRunner tasks, DataChanges changes) {
        this.service = service;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh);
    }

    // Commands

    /** Reloads every chart's figures. */
    public void refresh() {
        tasks.submit(service::charts, c -> {
            failed.set(false);
            charts.set(c);
        }, e -> failed.set(true));
    }

    public ReadOnlyObjectProperty<DashboardCharts> chartsProperty() {
        return charts;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
