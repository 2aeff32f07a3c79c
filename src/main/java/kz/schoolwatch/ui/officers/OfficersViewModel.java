// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;

/** The officers' registry: the list, the chosen officer's schools with their history, and the commands. */
public final class OfficersViewModel {

    private final OfficerService officers;
    private final LookupService lookups;
    private final TaskRunner tasks;
    private final Clock clock;
    private List<OfficerSummary> all = List.of();

    // Properties
    private final ObservableList<OfficerSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final ObservableList<Lookup> ranks = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final BooleanProperty showInactive = new SimpleBooleanProperty();
    private final ObjectProperty<OfficerSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public OfficersViewModel(OfficerService officers, LookupService lookups, TaskRunner tasks, DataChanges changes, Clock clock) {
        this.officers = officers;
        this.lookups = lookups;
        this.tasks = tasks;
        this.clock = clock;
        showInactive.addListener((o, was, now) -> filter());
        selected.addListener((o, was, now) -> loadAssignments());
        // An officer's schools change with the schools' own assignments too; ranks and districts are the form's choices.
        new ChangeFeed(changes, tasks).on(this::load, Topic.OFFICERS, Topic.SCHOOLS, Topic.REFERENCE);
    }

    private record Data(List<OfficerSummary> officers, List<Lookup> ranks, List<Lookup> districts) {
    }

    // Commands

    /** Reads the registry and the choices of its form. */
    public void load() {
        tasks.submit(() -> new Data(officers.list(), lookups.ranks(), lookups.districts()), d -> {
            Long keep = selected.get() == null ? null : selected.get().officer().id();
            all = d.officers();
            ranks.setAll(d.ranks());
            districts.setAll(d.districts());
            filter();
            if (keep != null) {
                rows.stream().filter(r -> r.officer().id() == keep).findFirst().ifPresent(selected::set);
                loadAssignments();
            }
        }, failure::set);
    }

    private void filter() {
        Rows.update(rows, all.stream().filter(o -> showInactive.get() || o.officer().active()).toList(), r -> r.officer().id());
    }

    private void loadAssignments() {
        OfficerSummary s = selected.get();
        if (s == null) {
            assignments.clear();
            return;
        }
        long id = s.officer().id();
        tasks.submit(() -> officers.assignments(id), list -> {
            if (selected.get() != null && selected.get().officer().id() == id) {
                assignments.setAll(list);
            }
        }, failure::set);
    }

    /** Officers who can receive the selected officer's schools: active, not the officer themself. */
    public List<Lookup> handoverTargets() {
        long self = selected.get() == null ? -1 : selected.get().officer().id();
        return all.stream().filter(o -> o.officer().active() && o.officer().id() != self)
                .map(o -> new Lookup(o.officer().id(), o.officer().shortName() + ", " + o.officer().districtName())).toList();
    }

    /** The form of {@code officer}, or of a new officer when null. */
    public OfficerFormViewModel form(Officer officer) {
        return new OfficerFormViewModel(officers, tasks, ranks, districts, officer);
    }

    /** The form handing all of {@code from}'s schools (those the screen shows as current) to another officer, from today. */
    public HandoverFormViewModel handover(OfficerSummary from) {
        List<Long> shown = assignments.stream().filter(a -> a.current() && a.officerId() == from.officer().id())
                .map(Assignment::schoolId).toList();
        return new HandoverFormViewModel(officers, tasks, from, shown, handoverTargets(), LocalDate.now(clock));
    }

    public ObservableList<OfficerSummary> rows() {
        return rows;
    }

    public ObservableList<Assignment> assignments() {
        return assignments;
    }

    public ObservableList<Lookup> ranks() {
        return ranks;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<OfficerSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
