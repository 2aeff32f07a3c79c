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
import javafx.collections.ObservableMap;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.NewInspection;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
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
    // A check by requirement (issue 22): one row per requirement item in force that applies to the school
    private final ObservableList<RequirementRow> requirementRows = FXCollections.observableArrayList();
    private final ObservableMap<Long, String> actNumbers = FXCollections.observableHashMap();
    private final ObservableList<SecurityCheck> followable = FXCollections.observableArrayList();
    private final ObjectProperty<SecurityCheck> followsUp = new SimpleObjectProperty<>();
    private final ComplianceTexts texts;
    private final ActViewModel act;
    private final SchoolOrdersViewModel orders;

    ChecksViewModel(SecurityCheckService service, SchoolService schools, SettingsService settings, TaskRunner tasks, Clock clock,
                    Messages messages) {
        super(tasks);
        this.texts = new ComplianceTexts(messages);
        this.act = service.inspections() == null ? null : new ActViewModel(service.inspections(), service.acts(), tasks, messages);
        this.orders = service.inspections() == null ? null : new SchoolOrdersViewModel(service.inspections());
        date.addListener((o, was, now) -> propose());
        this.service = service;
        this.schools = schools;
        this.settings = settings;
        this.clock = clock;
        for (CheckItem item : CheckItem.values()) {
            results.put(item, new SimpleObjectProperty<>(CheckResult.OK));
        }
    }

    private record Loaded(List<SecurityCheck> checks, List<NamedRef> officers, int overdueDays, OptionalLong me,
                          Map<Long, String> acts) {
    }

    /** A requirement of a new check: its item, the result (proposed from the school's data) and a note. */
    record RequirementRow(RequirementItem item, String title, ObjectProperty<FindingResult> result, StringProperty note) {
    }

    // Commands

    /** Reads the checks and the officers; the officer using this copy and today are offered for a new check. */
    void load(long id) {
        schoolId = id;
        tasks.submit(() -> new Loaded(service.forSchool(id), schools.officers(), settings.overdueCheckDays(),
                settings.currentOfficerId(), byRequirement() ? service.inspections().actNumbers(id) : Map.of()), loaded -> {
            actNumbers.clear();
            actNumbers.putAll(loaded.acts());
            checks.setAll(loaded.checks());
            SecurityCheck follows = followsUp.get();
            followable.setAll(loaded.checks().stream().filter(c -> loaded.acts().containsKey(c.id())).toList());
            followsUp.set(follows == null ? null : followable.stream().filter(c -> c.id().equals(follows.id())).findFirst().orElse(null));
            if (act != null) {
                act.reload();
                orders.load(id, tasks);
            }
            NamedRef chosen = officer.get();
            officers.setAll(loaded.officers());
            if (chosen == null && loaded.me().isPresent()) {
                chosen = loaded.officers().stream().filter(o -> o.id() == loaded.me().getAsLong()).findFirst().orElse(null);
            }
            officer.set(chosen);
            if (date.get() == null) {
                date.set(LocalDate.now(clock));
            } else if (requirementRows.isEmpty()) {
                propose();
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
        if (byRequirement()) {
            saveByRequirement();
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

    /** Whether new checks list the requirement items in force (issue 22) rather than the old fixed items. */
    boolean byRequirement() {
        return service.inspections() != null;
    }

    /** Lists the requirement items in force on the check's date that apply to the school, each judged from its data. */
    private void propose() {
        LocalDate day = date.get();
        if (!byRequirement() || day == null || schoolId == 0) {
            return;
        }
        long id = schoolId;
        tasks.submit(() -> service.inspections().proposal(id, day), items -> {
            if (id != schoolId || !day.equals(date.get())) {
                return;
            }
            requirementRows.setAll(items.stream().map(this::row).toList());
        }, this::failed);
    }

    private RequirementRow row(ItemCompliance judged) {
        FindingResult result = switch (judged.status()) {
            case MET -> FindingResult.MET;
            case NOT_MET -> FindingResult.NOT_MET;
            case UNKNOWN -> FindingResult.NOT_CHECKED;
        };
        String note = judged.status() == ComplianceStatus.NOT_MET ? texts.reasons(judged) : "";
        return new RequirementRow(judged.item(), texts.title(judged.item()), new SimpleObjectProperty<>(result),
                new SimpleStringProperty(note));
    }

    private void saveByRequirement() {
        List<InspectionFinding> findings = requirementRows.stream()
                .map(r -> new InspectionFinding(null, r.item(), r.result().get(), r.note().get())).toList();
        NewInspection check = new NewInspection(schoolId, officer.get() == null ? null : officer.get().id(), date.get(),
                followsUp.get() == null ? null : followsUp.get().id(), findings, remarks.get());
        write(() -> service.inspections().record(check), id -> {
            remarks.set("");
            followsUp.set(null);
            return FormOutcome.saved("check.saved");
        }, saved -> {
            if (saved) {
                requirementRows.clear();
                load(schoolId);
            }
        });
    }

    ObservableList<RequirementRow> requirementRows() {
        return requirementRows;
    }

    ObservableMap<Long, String> actNumbers() {
        return actNumbers;
    }

    ObservableList<SecurityCheck> followable() {
        return followable;
    }

    ObjectProperty<SecurityCheck> followsUpProperty() {
        return followsUp;
    }

    /** The selected check's act, findings and orders; null without checks by requirement. */
    ActViewModel act() {
        return act;
    }

    /** The school's correction orders; null without checks by requirement. */
    SchoolOrdersViewModel orders() {
        return orders;
    }

    long schoolId() {
        return schoolId;
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
