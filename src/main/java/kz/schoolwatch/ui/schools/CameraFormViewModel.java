// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.TaskRunner;

/** One camera being added or corrected; a new one is indoor, in a corridor, working. */
final class CameraFormViewModel extends CardFormViewModel {

    private final CameraService service;
    private final long schoolId;
    private final Long cameraId;

    // Properties
    private final ObjectProperty<CameraPlacement> placement = new SimpleObjectProperty<>(CameraPlacement.INDOOR);
    private final ObjectProperty<CameraViewArea> area = new SimpleObjectProperty<>(CameraViewArea.CORRIDOR);
    private final ObjectProperty<CameraStatus> status = new SimpleObjectProperty<>(CameraStatus.WORKING);
    private final ObjectProperty<LocalDate> installedOn = new SimpleObjectProperty<>();
    private final BooleanProperty installedOnUnreadable = new SimpleBooleanProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    /** The id of the camera once saved, else null. */
    private final ObjectProperty<Long> savedId = new SimpleObjectProperty<>();

    CameraFormViewModel(CameraService service, TaskRunner tasks, long schoolId, Camera camera) {
        super(tasks);
        this.service = service;
        this.schoolId = schoolId;
        this.cameraId = camera == null ? null : camera.id();
        if (camera != null) {
            placement.set(camera.placement());
            area.set(camera.viewArea());
            status.set(camera.status());
            installedOn.set(camera.installedOn());
            connected.set(camera.connectedToCou());
            note.set(camera.note());
        }
    }

    boolean isNew() {
        return cameraId == null;
    }

    /** Checks the date and saves in the background; on success {@link #savedIdProperty()} gets the camera's id. */
    void save() {
        if (installedOnUnreadable.get()) {
            refuse(List.of(FieldError.of("installedOn", "validation.date")));
            return;
        }
        Camera edited = new Camera(cameraId, schoolId, placement.get(), area.get(), status.get(), installedOn.get(),
                connected.get(), note.get());
        write(() -> service.save(edited), id -> {
            savedId.set(id);
            return FormOutcome.NONE;
        }, saved -> { });
    }

    ObjectProperty<CameraPlacement> placementProperty() {
        return placement;
    }

    ObjectProperty<CameraViewArea> areaProperty() {
        return area;
    }

    ObjectProperty<CameraStatus> statusProperty() {
        return status;
    }

    ObjectProperty<LocalDate> installedOnProperty() {
        return installedOn;
    }

    BooleanProperty installedOnUnreadableProperty() {
        return installedOnUnreadable;
    }

    BooleanProperty connectedProperty() {
        return connected;
    }

    StringProperty noteProperty() {
        return note;
    }

    ObjectProperty<Long> savedIdProperty() {
        return savedId;
    }
}
