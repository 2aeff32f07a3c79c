// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.TaskRunner;

/** A school's security checks: the history, whether the next one is due, and the form of a new check. */
final class ChecksViewModel extends CardFormViewModel {

    /** The last check (null: never checked), whether the next is overdue, after how many days it is. */
    record Due(LocalDate last, boolean overdue, int overdueDays) {
    }

    private final SecurityCheckService service;
    private final SchoolService schools;
    private final SettingsService settings;
    private final Clock clock;
    private long schoolId;

    // Properties
    private final ObservableList<SecurityCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> officers = FXCollections.observableArrayList();
    private final ObjectProperty<Due> due = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty();
    private final ObjectProperty<NamedRef> officer = new SimpleObjectProperty<>();
    private final Map<CheckItem, ObjectProperty<CheckResult>> results = new EnumMap<>(CheckItem.class);
    private final StringProperty remarks = new SimpleStringProperty("");

    ChecksViewModel(SecurityCheckService service, SchoolService schools, SettingsService settings, TaskRunner tasks, Clock clock) {
        super(tasks);
        this.service = service;
        this.schools = schools;
        this.settings = settings;
        this.clock = clock;
        for (CheckItem item : CheckItem.values()) {
            results.put(item, new SimpleObjectProperty<>(CheckResult.OK));
        }
    }

    private record Loaded(List<SecurityCheck> checks, List<NamedRef> officers, int overdueDays, OptionalLong me) {
    }

    // Commands

    /** Reads the checks and the officers; the officer using this copy and today are offered for a new check. */
    void load(long id) {
        schoolId = id;
        tasks.submit(() -> new Loaded(service.forSchool(id), schools.officers(), settings.overdueCheckDays(),
                settings.currentOfficerId()), loaded -> {
            checks.setAll(loaded.checks());
            NamedRef chosen = officer.get();
            officers.setAll(loaded.officers());
            if (chosen == null && loaded.me().isPresent()) {
                chosen = loaded.officers().stream().filter(o -> o.id() == loaded.me().getAsLong()).findFirst().orElse(null);
            }
            officer.set(chosen);
            if (date.get() == null) {
                date.set(LocalDate.now(clock));
            }
            LocalDate last = loaded.checks().isEmpty() ? null : loaded.checks().get(0).checkedOn();
            boolean overdue = last == null || last.isBefore(LocalDate.now(clock).minusDays(loaded.overdueDays()));
            due.set(new Due(last, overdue, loaded.overdueDays()));
        }, this::failed);
    }

    /** Records the check; the remarks clear and the history reads again. */
    void save() {
        clearOutcome();
        if (dateUnreadable.get()) {
            refuse(List.of(FieldError.of("checkedOn", "validation.date")));
            return;
        }
        Map<CheckItem, CheckResult> findings = new EnumMap<>(CheckItem.class);
        results.forEach((item, result) -> {
            if (result.get() != null) {
                findings.put(item, result.get());
            }
        });
        SecurityCheck check = new SecurityCheck(null, schoolId, officer.get() == null ? null : officer.get().id(),
                null, date.get(), findings, remarks.get());
        write(() -> service.record(check), id -> {
            remarks.set("");
            return FormOutcome.saved("check.saved");
        }, saved -> {
            if (saved) {
                load(schoolId);
            }
        });
    }

    ObservableList<SecurityCheck> checks() {
        return checks;
    }

    ObservableList<NamedRef> officers() {
        return officers;
    }

    ObjectProperty<Due> dueProperty() {
        return due;
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    BooleanProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    ObjectProperty<NamedRef> officerProperty() {
        return officer;
    }

    ObjectProperty<CheckResult> resultProperty(CheckItem item) {
        return results.get(item);
    }

    StringProperty remarksProperty() {
        return remarks;
    }
}
