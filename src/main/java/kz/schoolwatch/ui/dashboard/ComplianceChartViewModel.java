// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.schoolwatch.report.compliance.ComplianceFigures;
import kz.schoolwatch.service.ComplianceReportService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/** Today's compliance of the account's scope for the dashboard's chart (issue 21), read off the FX thread. */
public final class ComplianceChartViewModel {

    private final ComplianceReportService reports;
    private final TaskRunner tasks;

    // Properties
    private final ObjectProperty<ComplianceFigures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /** Schools, cameras and equipment move the figures: they are read again after each change. */
    public ComplianceChartViewModel(ComplianceReportService reports, TaskRunner tasks, DataChanges changes) {
        this.reports = reports;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh, DataChanges.Topic.SCHOOLS, DataChanges.Topic.CAMERAS);
    }

    // Commands

    public void refresh() {
        tasks.submit(() -> reports.figures(reports.today(), reports.defaultScope()), f -> {
            failed.set(false);
            figures.set(f);
        }, e -> failed.set(true));
    }

    public ReadOnlyObjectProperty<ComplianceFigures> figuresProperty() {
        return figures;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
