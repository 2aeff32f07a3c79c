// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.ui.common.TaskRunner;

/** Who covers the school now, who did before, and the form assigning another officer from a day. */
final class OfficerAssignmentViewModel extends CardFormViewModel {

    private final SchoolService service;
    private final Clock clock;
    private long schoolId;

    // Properties
    private final ObservableList<OfficerAssignment> history = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> officers = FXCollections.observableArrayList();
    /** The assignment in force, or null when nobody covers the school; set once read. */
    private final ObjectProperty<OfficerAssignment> current = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<NamedRef> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final BooleanProperty fromUnreadable = new SimpleBooleanProperty();

    OfficerAssignmentViewModel(SchoolService service, TaskRunner tasks, Clock clock) {
        super(tasks);
        this.service = service;
        this.clock = clock;
    }

    private record Loaded(List<OfficerAssignment> history, List<NamedRef> officers) {
    }

    // Commands

    void load(long id) {
        schoolId = id;
        tasks.submit(() -> new Loaded(service.assignments(id), service.officers()), read -> {
            history.setAll(read.history());
            officers.setAll(read.officers());
            if (from.get() == null) {
                from.set(LocalDate.now(clock));
            }
            current.set(read.history().stream().filter(OfficerAssignment::current).findFirst().orElse(null));
            loaded.set(true);
        }, this::failed);
    }

    /** Assigns the chosen officer from the chosen day; the history reads again. */
    void assign() {
        clearOutcome();
        if (fromUnreadable.get()) {
            refuse(List.of(FieldError.of("assignedFrom", "validation.date")));
            return;
        }
        Long officerId = officer.get() == null ? null : officer.get().id();
        LocalDate day = from.get();
        write(() -> {
            service.assignOfficer(schoolId, officerId, day);
            return Boolean.TRUE;
        }, done -> FormOutcome.saved("assign.saved"), saved -> {
            if (saved) {
                load(schoolId);
            }
        });
    }

    ObservableList<OfficerAssignment> history() {
        return history;
    }

    ObservableList<NamedRef> officers() {
        return officers;
    }

    ObjectProperty<OfficerAssignment> currentProperty() {
        return current;
    }

    BooleanProperty loadedProperty() {
        return loaded;
    }

    ObjectProperty<NamedRef> officerProperty() {
        return officer;
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    BooleanProperty fromUnreadableProperty() {
        return fromUnreadable;
    }
}
