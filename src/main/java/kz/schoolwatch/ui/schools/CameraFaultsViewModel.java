// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The faults on a school card's cameras tab (issue 21): the selected camera's history, the school's open and
 * overdue faults, and the forms recording a fault and its repair.
 */
final class CameraFaultsViewModel {

    /** The school's open faults, and of those the ones open longer than the limit. */
    record Open(int open, int overdue) {
    }

    private final CameraFaultService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Runnable camerasChanged;
    private long schoolId;
    /** The school's faults as last read; the history shows the selected camera's. */
    private List<CameraFault> schoolFaults = List.of();

    // Properties
    private final ObjectProperty<Camera> camera = new SimpleObjectProperty<>();
    private final ObservableList<CameraFault> history = FXCollections.observableArrayList();
    private final ObjectProperty<Open> open = new SimpleObjectProperty<>(new Open(0, 0));
    private final IntegerProperty limitDays = new SimpleIntegerProperty(SettingsService.FAULT_LIMIT_DEFAULT);
    /** The message key of a failed read, or null. */
    private final StringProperty error = new SimpleStringProperty();

    /** {@code camerasChanged} reads the cameras again after a save (their status follows the faults). */
    CameraFaultsViewModel(CameraFaultService service, SettingsService settings, TaskRunner tasks, Clock clock, Runnable camerasChanged) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        this.camerasChanged = camerasChanged;
    }

    private record Loaded(int limit, List<CameraFault> school) {
    }

    // Commands

    /** Reads the school's faults and the limit; the selected camera's history is filtered from them. */
    void load(long id) {
        schoolId = id;
        reload();
    }

    void reload() {
        long school = schoolId;
        tasks.submit(() -> new Loaded(settings.faultLimitDays(), service.forSchool(school)), loaded -> {
            limitDays.set(loaded.limit());
            schoolFaults = loaded.school();
            LocalDate today = today();
            open.set(new Open((int) schoolFaults.stream().filter(CameraFault::isOpen).count(),
                    (int) schoolFaults.stream().filter(f -> f.overdue(today, loaded.limit())).count()));
            showHistory();
            error.set(null);
        }, e -> error.set("fault.loadFailed"));
    }

    /** Shows the history of {@code selected} (none when null). */
    void select(Camera selected) {
        camera.set(selected);
        showHistory();
    }

    private void showHistory() {
        Camera c = camera.get();
        history.setAll(c == null ? List.of() : schoolFaults.stream().filter(f -> f.cameraId() == c.id()).toList());
    }

    /** The form of a new fault of the selected camera. */
    FaultFormViewModel newFault() {
        return FaultFormViewModel.newFault(service, tasks, camera.get(), today(), this::saved);
    }

    /** The form closing {@code fault}, or the selected camera's open fault when there is exactly one. */
    FaultFormViewModel repair(CameraFault fault) {
        return FaultFormViewModel.repair(service, tasks, fault, today(), this::saved);
    }

    /** The open fault to repair: the one selected in the history, else the camera's only open one; null when unclear. */
    CameraFault toRepair(CameraFault selectedInHistory) {
        if (selectedInHistory != null) {
            return selectedInHistory.isOpen() ? selectedInHistory : null;
        }
        List<CameraFault> openOnes = history.stream().filter(CameraFault::isOpen).toList();
        return openOnes.size() == 1 ? openOnes.get(0) : null;
    }

    private void saved() {
        reload();
        camerasChanged.run();
    }

    boolean canEdit() {
        return service.canEdit();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean overdue(CameraFault f) {
        return f.overdue(today(), limitDays.get());
    }

    ObjectProperty<Camera> cameraProperty() {
        return camera;
    }

    ObservableList<CameraFault> history() {
        return history;
    }

    ObjectProperty<Open> openProperty() {
        return open;
    }

    IntegerProperty limitDaysProperty() {
        return limitDays;
    }

    StringProperty errorProperty() {
        return error;
    }
}
