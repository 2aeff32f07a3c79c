// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * A school's cameras: the list with its counts, deleting one, the form of one camera, and the form adding «N
 * outdoor and M indoor» in one step.
 */
final class SchoolCamerasViewModel extends CardFormViewModel {

    /** Cameras not dismantled, outdoor and indoor, and those working. */
    record Counts(long outdoor, long indoor, long working) {
    }

    private final CameraService service;
    /** The faults of the cameras, or null when the card has no fault service. */
    private final CameraFaultsViewModel faults;
    private long schoolId;

    // Properties
    private final ObservableList<Camera> cameras = FXCollections.observableArrayList();
    private final ObjectProperty<Counts> counts = new SimpleObjectProperty<>(new Counts(0, 0, 0));
    /** The message key of a failed read or delete of the list, or null. */
    private final StringProperty listError = new SimpleStringProperty();
    private final StringProperty outdoor = new SimpleStringProperty("");
    private final StringProperty indoor = new SimpleStringProperty("");
    private final ObjectProperty<CameraStatus> status = new SimpleObjectProperty<>(CameraStatus.WORKING);
    private final ObjectProperty<LocalDate> installedOn = new SimpleObjectProperty<>();
    private final BooleanProperty installedOnUnreadable = new SimpleBooleanProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty();

    SchoolCamerasViewModel(CameraService service, TaskRunner tasks) {
        this(service, tasks, null, null, null);
    }

    /** With {@code faultService} (may be null) the tab also keeps the cameras' faults and repairs (issue 21). */
    SchoolCamerasViewModel(CameraService service, TaskRunner tasks, CameraFaultService faultService, SettingsService settings, Clock clock) {
        super(tasks);
        this.service = service;
        this.faults = faultService == null ? null : new CameraFaultsViewModel(faultService, settings, tasks, clock, this::readCameras);
    }

    // Commands

    void load(long id) {
        this.schoolId = id;
        reload();
    }

    void reload() {
        readCameras();
        if (faults != null) {
            faults.load(schoolId);
        }
    }

    private void readCameras() {
        tasks.submit(() -> service.forSchool(schoolId), list -> {
            cameras.setAll(list);
            counts.set(new Counts(
                    list.stream().filter(c -> c.status() != CameraStatus.DISMANTLED && c.placement() == CameraPlacement.OUTDOOR).count(),
                    list.stream().filter(c -> c.status() != CameraStatus.DISMANTLED && c.placement() == CameraPlacement.INDOOR).count(),
                    list.stream().filter(c -> c.status() == CameraStatus.WORKING).count()));
        }, error -> listError.set("schools.loadFailed"));
    }

    /** Adds the typed numbers of outdoor and indoor cameras; the numbers clear once added. */
    void addMany() {
        clearOutcome();
        List<FieldError> parse = new ArrayList<>();
        Integer out = Inputs.integerField("outdoor", outdoor.get(), parse);
        Integer in = Inputs.integerField("indoor", indoor.get(), parse);
        if (installedOnUnreadable.get()) {
            parse.add(FieldError.of("installedOn", "validation.date"));
        }
        if (refuse(parse)) {
            return;
        }
        CameraStatus s = status.get();
        LocalDate installed = installedOn.get();
        boolean isConnected = connected.get();
        write(() -> {
            service.addMany(schoolId, out, in, s, installed, isConnected);
            return Boolean.TRUE;
        }, done -> {
            outdoor.set("");
            indoor.set("");
            return FormOutcome.saved("camera.bulk.added", out == null ? 0 : out, in == null ? 0 : in);
        }, saved -> {
            if (saved) {
                reload();
            }
        });
    }

    /** Deletes {@code camera} as the list shows it; one changed or deleted meanwhile is not, and the list reads again. */
    void delete(Camera camera) {
        listError.set(null);
        tasks.submit(() -> {
            service.delete(camera);
            return Boolean.TRUE;
        }, done -> reload(), error -> {
            listError.set(error instanceof EditConflictException ? "camera.delete.changedMeanwhile"
                    : error instanceof SaveFailedException refused ? refused.messageKey() : "save.error.unexpected");
            reload();
        });
    }

    /** The form of {@code camera}, or of a new camera at this school when null. */
    CameraFormViewModel form(Camera camera) {
        return new CameraFormViewModel(service, tasks, schoolId, camera);
    }

    /** The bulk edit of the details of {@code selected}. */
    CameraDetailsEditViewModel detailsEdit(List<Camera> selected) {
        return new CameraDetailsEditViewModel(service, tasks, selected);
    }

    /** The faults of the cameras (issue 21), or null when this card keeps none. */
    CameraFaultsViewModel faults() {
        return faults;
    }

    ObservableList<Camera> cameras() {
        return cameras;
    }

    ObjectProperty<Counts> countsProperty() {
        return counts;
    }

    StringProperty listErrorProperty() {
        return listError;
    }

    StringProperty outdoorProperty() {
        return outdoor;
    }

    StringProperty indoorProperty() {
        return indoor;
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
}
