// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.GuardContractState;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.TaskRunner;

/** Panic button, access control, metal detector, guard, public-address system of one school. */
final class EquipmentViewModel extends CardFormViewModel {

    private final EquipmentService service;
    private long schoolId;

    // Properties
    private final BooleanProperty panic = new SimpleBooleanProperty();
    private final BooleanProperty panicConnected = new SimpleBooleanProperty();
    private final BooleanProperty access = new SimpleBooleanProperty();
    private final BooleanProperty detector = new SimpleBooleanProperty();
    private final BooleanProperty pa = new SimpleBooleanProperty();
    private final StringProperty guardCompany = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> guardEnd = new SimpleObjectProperty<>();
    private final BooleanProperty guardEndUnreadable = new SimpleBooleanProperty();
    /** Whether the guard contract shown (saved or just picked) has expired or ends soon. */
    private final ObjectBinding<GuardContractState> guardState;

    EquipmentViewModel(EquipmentService service, TaskRunner tasks, Clock clock) {
        super(tasks);
        this.service = service;
        guardState = Bindings.createObjectBinding(() -> GuardContractState.of(guardEnd.get(), LocalDate.now(clock),
                GuardContractState.WARNING_DAYS), guardEnd);
    }

    // Commands

    void load(long id) {
        schoolId = id;
        tasks.submit(() -> service.find(id), e -> {
            panic.set(e.panicButton());
            panicConnected.set(e.panicButtonConnected());
            access.set(e.accessControl());
            detector.set(e.metalDetector());
            pa.set(e.paSystem());
            guardCompany.set(e.guardCompany() == null ? "" : e.guardCompany());
            guardEnd.set(e.guardContractEnd());
        }, this::failed);
    }

    void save() {
        clearOutcome();
        if (guardEndUnreadable.get()) {
            refuse(List.of(FieldError.of("guardContractEnd", "validation.date")));
            return;
        }
        SchoolEquipment e = new SchoolEquipment(schoolId, panic.get(), panic.get() && panicConnected.get(),
                access.get(), detector.get(), guardCompany.get(), guardEnd.get(), pa.get());
        write(() -> {
            service.save(e);
            return Boolean.TRUE;
        }, done -> FormOutcome.saved("equipment.saved"), saved -> { });
    }

    BooleanProperty panicProperty() {
        return panic;
    }

    BooleanProperty panicConnectedProperty() {
        return panicConnected;
    }

    BooleanProperty accessProperty() {
        return access;
    }

    BooleanProperty detectorProperty() {
        return detector;
    }

    BooleanProperty paProperty() {
        return pa;
    }

    StringProperty guardCompanyProperty() {
        return guardCompany;
    }

    ObjectProperty<LocalDate> guardEndProperty() {
        return guardEnd;
    }

    BooleanProperty guardEndUnreadableProperty() {
        return guardEndUnreadable;
    }

    ObjectBinding<GuardContractState> guardStateProperty() {
        return guardState;
    }
}
