// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.schoolwatch.domain.CityTotals;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/** State of the dashboard: the city's figures, loaded off the FX thread. */
public final class DashboardViewModel {

    private final DashboardService service;
    private final TaskRunner tasks;

    // Properties
    private final IntegerProperty schools = new SimpleIntegerProperty();
    private final IntegerProperty schoolsWithCameras = new SimpleIntegerProperty();
    private final IntegerProperty schoolsWithoutCameras = new SimpleIntegerProperty();
    private final IntegerProperty camerasTotal = new SimpleIntegerProperty();
    private final IntegerProperty camerasOutdoor = new SimpleIntegerProperty();
    private final IntegerProperty camerasIndoor = new SimpleIntegerProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    /** Any committed change ({@code changes}) may move the city's figures: they are read again. */
    public DashboardViewModel(DashboardService service, TaskRunner tasks, DataChanges changes) {
        this.service = service;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh);
    }

    // Commands

    /** Reloads the figures from the database. */
    public void refresh() {
        loading.set(true);
        tasks.submit(service::cityTotals, this::show, error -> {
            loading.set(false);
            failure.set(error);
        });
    }

    private void show(CityTotals totals) {
        schools.set(totals.schools());
        schoolsWithCameras.set(totals.schoolsWithCameras());
        schoolsWithoutCameras.set(totals.schoolsWithoutCameras());
        camerasTotal.set(totals.camerasTotal());
        camerasOutdoor.set(totals.camerasOutdoor());
        camerasIndoor.set(totals.camerasIndoor());
        failure.set(null);
        loading.set(false);
        loaded.set(true);
    }

    public ReadOnlyIntegerProperty schoolsProperty() {
        return schools;
    }

    public ReadOnlyIntegerProperty schoolsWithCamerasProperty() {
        return schoolsWithCameras;
    }

    public ReadOnlyIntegerProperty schoolsWithoutCamerasProperty() {
        return schoolsWithoutCameras;
    }

    public ReadOnlyIntegerProperty camerasTotalProperty() {
        return camerasTotal;
    }

    public ReadOnlyIntegerProperty camerasOutdoorProperty() {
        return camerasOutdoor;
    }

    public ReadOnlyIntegerProperty camerasIndoorProperty() {
        return camerasIndoor;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once figures from the database are on screen. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
