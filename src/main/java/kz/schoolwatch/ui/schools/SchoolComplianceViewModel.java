// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolCompliance;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The card's tab «Соответствие требованиям»: the school judged against the requirements in force on the chosen day
 * (today at first; never a day ahead, which has no facts yet), read again when the day or the school's data change.
 */
final class SchoolComplianceViewModel {

    /** The school judged on a day, with the set that judged it (empty before the first set). */
    record Judged(SchoolCompliance compliance, Optional<RequirementSet> set) {
    }

    private final ComplianceService service;
    private final TaskRunner tasks;

    // Properties
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Judged> judged = new SimpleObjectProperty<>();
    private final ObservableList<ItemCompliance> items = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    private Long schoolId;
    /** Counts the reads asked for, so that a slow read for an earlier day does not overwrite a later one. */
    private long asked;

    SchoolComplianceViewModel(ComplianceService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        day.set(service.today());
        day.addListener((o, was, now) -> {
            LocalDate today = service.today();
            if (now == null || now.isAfter(today)) {
                day.set(now == null ? was : today);
                return;
            }
            reload();
        });
    }

    // Commands

    /** Judges the school {@code id} on the chosen day. */
    void load(long id) {
        schoolId = id;
        reload();
    }

    /** Judges the school again: its cameras, equipment or data changed, or the day did. */
    void reload() {
        if (schoolId == null) {
            return;
        }
        long id = schoolId;
        LocalDate on = day.get();
        long ask = ++asked;
        loading.set(true);
        tasks.submit(() -> new Judged(service.forSchool(id, on), service.setOn(on)), result -> {
            if (ask != asked) {
                return;
            }
            judged.set(result);
            items.setAll(result.compliance().items());
            failure.set(null);
            loading.set(false);
        }, error -> {
            if (ask == asked) {
                failure.set(error);
                loading.set(false);
            }
        });
    }

    /** The latest day that may be chosen: today. */
    LocalDate today() {
        return service.today();
    }

    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    ReadOnlyObjectProperty<Judged> judgedProperty() {
        return judged;
    }

    ObservableList<ItemCompliance> items() {
        return items;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
