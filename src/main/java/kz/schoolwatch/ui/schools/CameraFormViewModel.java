// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.ArrayList;
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
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;

/** One camera being added or corrected, with its details (issue 21); a new one is indoor, in a corridor, working. */
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
    private final ObjectProperty<CameraZone> zone = new SimpleObjectProperty<>(CameraZone.CORRIDOR);
    private final StringProperty zoneNumber = new SimpleStringProperty("");
    /** Null while not known. */
    private final ObjectProperty<CameraTechnology> technology = new SimpleObjectProperty<>();
    /** Empty while not known. */
    private final StringProperty archiveDays = new SimpleStringProperty("");
    private final ObjectProperty<CameraConnection> connection = new SimpleObjectProperty<>(CameraConnection.NONE);
    private final ObjectProperty<LocalDate> lastCheckedOn = new SimpleObjectProperty<>();
    private final BooleanProperty lastCheckedOnUnreadable = new SimpleBooleanProperty();
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
        CameraDetails d = camera.details();
        zone.set(d.zone());
        zoneNumber.set(d.zoneNumber() == null ? "" : d.zoneNumber().toString());
        technology.set(d.technology());
        archiveDays.set(d.archiveDays() == null ? "" : d.archiveDays().toString());
        connection.set(d.connection());
        lastCheckedOn.set(d.lastCheckedOn());
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

    /** Checks the dates and numbers and saves in the background; on success {@link #savedIdProperty()} gets the camera's id. */
    void save() {
        List<FieldError> parse = new ArrayList<>();
        if (installedOnUnreadable.get()) {
            parse.add(FieldError.of("installedOn", "validation.date"));
        }
        if (lastCheckedOnUnreadable.get()) {
            parse.add(FieldError.of("lastCheckedOn", "validation.date"));
        }
        Integer number = zone.get() != null && zone.get().numbered() ? Inputs.integerField("zoneNumber", zoneNumber.get(), parse) : null;
        Integer archive = Inputs.integerField("archiveDays", archiveDays.get(), parse);
        if (refuse(parse)) {
            return;
        }
        CameraDetails details = new CameraDetails(zone.get(), number, technology.get(), archive, connection.get(), lastCheckedOn.get());
        Camera edited = new Camera(cameraId, schoolId, placement.get(), area.get(), status.get(), installedOn.get(),
                details, note.get(), loaded == null ? 0 : loaded.version());
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
                // The details are one choice: zone, technology, archive, connection and last check read on one line.
                .add("details", "camera.field.details", Camera::details, (m, v) -> CameraTexts.summary(m, (CameraDetails) v))
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

    ObjectProperty<CameraZone> zoneProperty() {
        return zone;
    }

    StringProperty zoneNumberProperty() {
        return zoneNumber;
    }

    ObjectProperty<CameraTechnology> technologyProperty() {
        return technology;
    }

    StringProperty archiveDaysProperty() {
        return archiveDays;
    }

    ObjectProperty<CameraConnection> connectionProperty() {
        return connection;
    }

    ObjectProperty<LocalDate> lastCheckedOnProperty() {
        return lastCheckedOn;
    }

    BooleanProperty lastCheckedOnUnreadableProperty() {
        return lastCheckedOnUnreadable;
    }

    StringProperty noteProperty() {
        return note;
    }

    ObjectProperty<Long> savedIdProperty() {
        return savedId;
    }
}
