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
import kz.schoolwatch.domain.CameraDetailsEdit;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The details of several selected cameras edited at once: each detail has its «change» tick, and only the ticked ones
 * are written, to all of them in one save (nothing when one was changed meanwhile).
 */
final class CameraDetailsEditViewModel extends CardFormViewModel {

    private final CameraService service;
    private final List<Camera> selected;

    // Properties
    private final BooleanProperty changeZone = new SimpleBooleanProperty();
    private final ObjectProperty<CameraZone> zone = new SimpleObjectProperty<>(CameraZone.CORRIDOR);
    private final StringProperty zoneNumber = new SimpleStringProperty("");
    private final BooleanProperty changeTechnology = new SimpleBooleanProperty();
    private final ObjectProperty<CameraTechnology> technology = new SimpleObjectProperty<>();
    private final BooleanProperty changeArchiveDays = new SimpleBooleanProperty();
    private final StringProperty archiveDays = new SimpleStringProperty("");
    private final BooleanProperty changeConnection = new SimpleBooleanProperty();
    private final ObjectProperty<CameraConnection> connection = new SimpleObjectProperty<>(CameraConnection.COU);
    private final BooleanProperty changeLastCheckedOn = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> lastCheckedOn = new SimpleObjectProperty<>();
    private final BooleanProperty lastCheckedOnUnreadable = new SimpleBooleanProperty();
    /** Becomes true once saved. */
    private final BooleanProperty saved = new SimpleBooleanProperty();

    CameraDetailsEditViewModel(CameraService service, TaskRunner tasks, List<Camera> selected) {
        super(tasks);
        this.service = service;
        this.selected = List.copyOf(selected);
    }

    int count() {
        return selected.size();
    }

    /** Checks the ticked fields and saves in the background. */
    void save() {
        List<FieldError> parse = new ArrayList<>();
        if (changeLastCheckedOn.get() && lastCheckedOnUnreadable.get()) {
            parse.add(FieldError.of("lastCheckedOn", "validation.date"));
        }
        Integer number = changeZone.get() && zone.get() != null && zone.get().numbered()
                ? Inputs.integerField("zoneNumber", zoneNumber.get(), parse) : null;
        Integer archive = changeArchiveDays.get() ? Inputs.integerField("archiveDays", archiveDays.get(), parse) : null;
        if (refuse(parse)) {
            return;
        }
        CameraDetailsEdit edit = new CameraDetailsEdit(changeZone.get(), changeTechnology.get(), changeArchiveDays.get(),
                changeConnection.get(), changeLastCheckedOn.get(),
                new CameraDetails(zone.get(), number, technology.get(), archive, connection.get(), lastCheckedOn.get()));
        write(() -> {
            service.editDetails(selected, edit);
            return Boolean.TRUE;
        }, done -> FormOutcome.NONE, ok -> saved.set(ok));
    }

    BooleanProperty changeZoneProperty() {
        return changeZone;
    }

    ObjectProperty<CameraZone> zoneProperty() {
        return zone;
    }

    StringProperty zoneNumberProperty() {
        return zoneNumber;
    }

    BooleanProperty changeTechnologyProperty() {
        return changeTechnology;
    }

    ObjectProperty<CameraTechnology> technologyProperty() {
        return technology;
    }

    BooleanProperty changeArchiveDaysProperty() {
        return changeArchiveDays;
    }

    StringProperty archiveDaysProperty() {
        return archiveDays;
    }

    BooleanProperty changeConnectionProperty() {
        return changeConnection;
    }

    ObjectProperty<CameraConnection> connectionProperty() {
        return connection;
    }

    BooleanProperty changeLastCheckedOnProperty() {
        return changeLastCheckedOn;
    }

    ObjectProperty<LocalDate> lastCheckedOnProperty() {
        return lastCheckedOn;
    }

    BooleanProperty lastCheckedOnUnreadableProperty() {
        return lastCheckedOnUnreadable;
    }

    BooleanProperty savedProperty() {
        return saved;
    }
}
