// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/** Hands all of one officer's schools to another officer from a day (today by default). */
public final class HandoverFormViewModel extends AbstractFormViewModel {

    private final OfficerService officers;
    private final OfficerSummary from;

    // Properties
    private final ObservableList<Lookup> targets;
    private final ObjectProperty<Lookup> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();

    HandoverFormViewModel(OfficerService officers, TaskRunner tasks, OfficerSummary from, List<Lookup> targets, LocalDate today) {
        super(tasks);
        this.officers = officers;
        this.from = from;
        this.targets = FXCollections.observableArrayList(targets);
        day.set(today);
    }

    /** Hands the schools over in the background. */
    @Override
    public void save() {
        long fromId = from.officer().id();
        Long target = to.get() == null ? null : to.get().id();
        LocalDate when = day.get();
        saveInBackground(() -> officers.handOver(fromId, target, when));
    }

    /** The officer handing over. */
    public OfficerSummary from() {
        return from;
    }

    public ObservableList<Lookup> targets() {
        return targets;
    }

    public ObjectProperty<Lookup> toProperty() {
        return to;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }
}
