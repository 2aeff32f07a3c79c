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
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraDetails;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** One camera being added or corrected; a new one is indoor, in a corridor, working. */
final class CameraFormViewModel extends CardFormViewModel {

    private final CameraService service;
    private final long schoolId;
    private final Long cameraId;
    /** The camera as opened, or as last saved or taken over from a conflict; null for a new one. */
    private Camera loaded;
    /** The camera as last sent to be saved: "mine" if that save meets someone else's change. */
    private Camera typed;

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
            loaded = camera;
            fill(camera);
        }
    }

    /** Puts {@code camera}'s values in the fields. */
    private void fill(Camera camera) {
        placement.set(camera.placement());
        area.set(camera.viewArea());
        status.set(camera.status());
        installedOn.set(camera.installedOn());
        connected.set(camera.connectedToCou());
        note.set(camera.note() == null ? "" : camera.note());
    }

    /** Their camera in the fields, as the one this form now edits (the conflict's «keep theirs»). */
    private void show(Camera camera) {
        loaded = camera;
        fill(camera);
        clearOutcome();
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
                details(), note.get(), loaded == null ? 0 : loaded.version());
        typed = edited;
        write(() -> service.save(edited), id -> {
            savedId.set(id);
            return FormOutcome.NONE;
        }, saved -> { });
    }

    /** The camera as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        Camera theirs = changed.current(Camera.class);
        return new ConflictViewModel<>(conflictFields(), loaded, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    /** The camera's fields as the dialog labels them. */
    static ConflictFields<Camera> conflictFields() {
        return ConflictFields.of(Camera.class)
                .add("placement", "camera.field.placement", Camera::placement, ConflictFields.named("camera.placement"))
                .add("viewArea", "camera.field.area", Camera::viewArea, ConflictFields.named("camera.area"))
                .add("status", "camera.field.status", Camera::status, ConflictFields.named("camera.status"))
                .add("installedOn", "camera.field.installed", Camera::installedOn)
                .add("connectedToCou", "camera.field.cou", Camera::connectedToCou, ConflictFields.YES_NO)
                .add("note", "camera.field.note", Camera::note);
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

    /** The details as loaded, with the link to the ЦОУ as ticked (the other details are edited in their own fields). */
    private CameraDetails details() {
        CameraDetails before = loaded == null ? CameraDetails.connected(false) : loaded.details();
        if (connected.get()) {
            return before.withConnection(CameraConnection.COU);
        }
        return before.connection() == CameraConnection.COU ? before.withConnection(CameraConnection.NONE) : before;
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
