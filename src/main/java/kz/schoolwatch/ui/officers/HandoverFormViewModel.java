// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Assignment;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OfficerSummary;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.ui.common.AbstractFormViewModel;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * Hands all of one officer's schools to another officer from a day (today by default): exactly the schools the
 * screen showed as the officer's; if another officer changed one of them meanwhile, nothing moves and the form says
 * which, keeping the choices.
 */
public final class HandoverFormViewModel extends AbstractFormViewModel {

    private static final String CHANGED = "handover.error.changedMeanwhile";

    private final OfficerService officers;
    private final OfficerSummary from;
    /**
     * The schools the officer was shown as {@code from}'s; after a refusal because someone changed them meanwhile,
     * those current then, so pressing again (having looked) hands over what the screen now shows. Written by the
     * background save.
     */
    private volatile List<Long> shown;

    // Properties
    private final ObservableList<Lookup> targets;
    private final ObjectProperty<Lookup> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();

    HandoverFormViewModel(OfficerService officers, TaskRunner tasks, OfficerSummary from, List<Long> shown, List<Lookup> targets,
                          LocalDate today) {
        super(tasks);
        this.officers = officers;
        this.from = from;
        this.shown = List.copyOf(shown);
        this.targets = FXCollections.observableArrayList(targets);
        day.set(today);
    }

    /** Hands the schools over in the background. */
    @Override
    public void save() {
        long fromId = from.officer().id();
        Long target = to.get() == null ? null : to.get().id();
        LocalDate when = day.get();
        List<Long> expected = shown;
        saveInBackground(() -> {
            try {
                return officers.handOver(fromId, target, when, expected);
            } catch (SaveFailedException refused) {
                if (CHANGED.equals(refused.messageKey())) {
                    shown = officers.assignments(fromId).stream().filter(Assignment::current).map(Assignment::schoolId).toList();
                }
                throw refused;
            }
        });
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
