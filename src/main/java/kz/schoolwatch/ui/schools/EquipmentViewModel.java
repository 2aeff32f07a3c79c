// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictFields;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** Panic button, access control, turnstiles, metal detector, guard, public-address system of one school. */
final class EquipmentViewModel extends CardFormViewModel {

    private final EquipmentService service;
    private long schoolId;
    /** The equipment as last loaded, saved or taken over from a conflict. */
    private SchoolEquipment loaded;
    /** The equipment as last sent to be saved: "mine" if that save meets someone else's change. */
    private SchoolEquipment typed;
    /** The fields as last loaded or saved: what differs from it is unsaved. */
    private List<Object> baseline;

    // Properties
    private final BooleanProperty panic = new SimpleBooleanProperty();
    private final BooleanProperty panicConnected = new SimpleBooleanProperty();
    private final BooleanProperty access = new SimpleBooleanProperty();
    private final BooleanProperty turnstiles = new SimpleBooleanProperty();
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
        baseline = fields();
    }

    // Commands

    void load(long id) {
        schoolId = id;
        reload();
    }

    /** Reads the equipment again; the fields follow it unless they hold unsaved input. */
    void reload() {
        tasks.submit(() -> service.find(schoolId), e -> {
            if (!hasUnsavedInput()) {
                show(e);
            }
        }, this::failed);
    }

    private void show(SchoolEquipment e) {
        loaded = e;
        fill(e);
        baseline = fields();
    }

    private void fill(SchoolEquipment e) {
        panic.set(e.panicButton());
        panicConnected.set(e.panicButtonConnected());
        access.set(e.accessControl());
        turnstiles.set(e.turnstiles());
        detector.set(e.metalDetector());
        pa.set(e.paSystem());
        guardCompany.set(e.guardCompany() == null ? "" : e.guardCompany());
        guardEnd.set(e.guardContractEnd());
    }

    /** What the form holds now, as typed. */
    private List<Object> fields() {
        return Arrays.asList(panic.get(), panic.get() && panicConnected.get(), access.get(), turnstiles.get(), detector.get(), pa.get(),
                guardCompany.get() == null ? "" : guardCompany.get().strip(), guardEnd.get(), guardEndUnreadable.get());
    }

    /** Whether the fields differ from the equipment as last loaded or saved. */
    boolean hasUnsavedInput() {
        return !fields().equals(baseline);
    }

    void save() {
        clearOutcome();
        if (guardEndUnreadable.get()) {
            refuse(List.of(FieldError.of("guardContractEnd", "validation.date")));
            return;
        }
        SchoolEquipment e = new SchoolEquipment(schoolId, panic.get(), panic.get() && panicConnected.get(),
                access.get(), detector.get(), guardCompany.get(), guardEnd.get(), pa.get(), turnstiles.get(),
                loaded == null ? 0 : loaded.version());
        typed = e;
        List<Object> saving = fields();
        write(() -> {
            service.save(e);
            return Boolean.TRUE;
        }, done -> {
            loaded = new SchoolEquipment(e.schoolId(), e.panicButton(), e.panicButtonConnected(), e.accessControl(),
                    e.metalDetector(), e.guardCompany(), e.guardContractEnd(), e.paSystem(), e.turnstiles(), e.version() + 1);
            baseline = saving;
            return FormOutcome.saved("equipment.saved");
        }, saved -> { });
    }

    /** The equipment as stored now beside the one opened and the one typed; the officer's choice goes through this form. */
    @Override
    protected ConflictViewModel<?> conflictWith(EditConflictException changed) {
        SchoolEquipment theirs = changed.current(SchoolEquipment.class);
        SchoolEquipment base = loaded == null ? SchoolEquipment.none(schoolId) : loaded;
        return new ConflictViewModel<>(conflictFields(), base, theirs, typed, this::show, merged -> {
            // Their version becomes what the form opened; the fields hold the merge, saved over that version.
            loaded = theirs;
            fill(merged);
            save();
        });
    }

    /** The equipment's fields as the dialog labels them (the pane's own labels). */
    static ConflictFields<SchoolEquipment> conflictFields() {
        return ConflictFields.of(SchoolEquipment.class)
                .add("panicButton", "equipment.panic", SchoolEquipment::panicButton, ConflictFields.YES_NO)
                .add("panicButtonConnected", "equipment.panicConnected", SchoolEquipment::panicButtonConnected, ConflictFields.YES_NO)
                .add("accessControl", "equipment.access", SchoolEquipment::accessControl, ConflictFields.YES_NO)
                .add("turnstiles", "equipment.turnstiles", SchoolEquipment::turnstiles, ConflictFields.YES_NO)
                .add("metalDetector", "equipment.detector", SchoolEquipment::metalDetector, ConflictFields.YES_NO)
                .add("guardCompany", "equipment.guardCompany", SchoolEquipment::guardCompany)
                .add("guardContractEnd", "equipment.guardEnd", SchoolEquipment::guardContractEnd)
                .add("paSystem", "equipment.pa", SchoolEquipment::paSystem, ConflictFields.YES_NO);
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

    BooleanProperty turnstilesProperty() {
        return turnstiles;
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
