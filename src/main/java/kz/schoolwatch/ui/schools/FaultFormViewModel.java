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
import kz.schoolwatch.domain.CameraFault;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * «Неисправность…» (a new fault of a camera, found today unless changed) or «Ремонт…» (the repair closing an open
 * fault, today unless changed). What was typed stays in the fields when the save is refused.
 */
final class FaultFormViewModel extends AbstractFormViewModel {

    private final CameraFaultService service;
    private final Runnable afterSave;
    /** The fault being repaired, or null for a new fault of {@link #cameraId}. */
    private final CameraFault repairing;
    private final long cameraId;

    // Properties
    private final ObjectProperty<CameraFaultKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanProperty dayUnreadable = new SimpleBooleanProperty();
    private final ObjectProperty<RepairOutcome> outcome = new SimpleObjectProperty<>(RepairOutcome.REPAIRED);
    private final StringProperty note = new SimpleStringProperty("");

    private FaultFormViewModel(CameraFaultService service, TaskRunner tasks, long cameraId, CameraFault repairing, LocalDate today,
                               Runnable afterSave) {
        super(tasks);
        this.service = service;
        this.cameraId = cameraId;
        this.repairing = repairing;
        this.afterSave = afterSave;
        day.set(today);
    }

    /** The form of a new fault of {@code camera}. */
    static FaultFormViewModel newFault(CameraFaultService service, TaskRunner tasks, Camera camera, LocalDate today, Runnable afterSave) {
        return new FaultFormViewModel(service, tasks, camera.id(), null, today, afterSave);
    }

    /** The form of the repair of the open {@code fault}. */
    static FaultFormViewModel repair(CameraFaultService service, TaskRunner tasks, CameraFault fault, LocalDate today, Runnable afterSave) {
        return new FaultFormViewModel(service, tasks, fault.cameraId(), fault, today, afterSave);
    }

    boolean isRepair() {
        return repairing != null;
    }

    /** The fault being repaired (null for a new one). */
    CameraFault repairing() {
        return repairing;
    }

    @Override
    public void save() {
        String dayField = isRepair() ? "repairedOn" : "foundOn";
        if (dayUnreadable.get()) {
            refuse(List.of(FieldError.of(dayField, "validation.date")));
            return;
        }
        LocalDate when = day.get();
        String text = note.get();
        if (isRepair()) {
            RepairOutcome how = outcome.get();
            saveInBackground(() -> {
                service.repair(repairing, when, how, text);
                return Boolean.TRUE;
            });
        } else {
            CameraFault fault = new CameraFault(null, cameraId, when, kind.get(), text, null, null, null, 0);
            saveInBackground(() -> service.record(fault));
        }
    }

    @Override
    protected void afterSave() {
        afterSave.run();
    }

    ObjectProperty<CameraFaultKind> kindProperty() {
        return kind;
    }

    /** The day found, or the day repaired. */
    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    BooleanProperty dayUnreadableProperty() {
        return dayUnreadable;
    }

    ObjectProperty<RepairOutcome> outcomeProperty() {
        return outcome;
    }

    StringProperty noteProperty() {
        return note;
    }
}
