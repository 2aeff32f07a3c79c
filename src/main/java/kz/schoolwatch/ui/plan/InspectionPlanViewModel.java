// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.InspectionPlanService;
import kz.schoolwatch.service.InspectionPlanService.Period;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.Rows;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * «План проверок»: the schools due for a security check this month or quarter, overdue or never checked, with who is
 * to make each check; the officer's own assignments first; a month calendar of the days checks are planned on.
 */
public final class InspectionPlanViewModel {

    private final InspectionPlanService plan;
    private final LookupService lookups;
    private final TaskRunner tasks;
    private final Long ownOfficerId;
    private final boolean canAssign;
    private final boolean cityWide;
    private List<PlanRow> all = List.of();

    // Properties
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Lookup> districts = FXCollections.observableArrayList();
    private final ObservableList<Lookup> officers = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.MONTH);
    private final ObjectProperty<Lookup> district = new SimpleObjectProperty<>();
    private final BooleanProperty onlyMine = new SimpleBooleanProperty();
    private final BooleanProperty onlyDue = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public InspectionPlanViewModel(InspectionPlanService plan, LookupService lookups, TaskRunner tasks, DataChanges changes,
                                   Long ownOfficerId, boolean canAssign, boolean cityWide) {
        this.plan = plan;
        this.lookups = lookups;
        this.tasks = tasks;
        this.ownOfficerId = ownOfficerId;
        this.canAssign = canAssign;
        this.cityWide = cityWide;
        month.set(YearMonth.from(plan.today()));
        period.addListener((o, was, now) -> load());
        district.addListener((o, was, now) -> load());
        onlyMine.addListener((o, was, now) -> filter());
        onlyDue.addListener((o, was, now) -> filter());
        day.addListener((o, was, now) -> filter());
        // A check recorded, a school archived or an officer gone changes the plan.
        new ChangeFeed(changes, tasks).on(this::load, Topic.CHECKS, Topic.SCHOOLS, Topic.OFFICERS, Topic.SETTINGS);
    }

    private record Data(List<PlanRow> rows, List<Lookup> districts, List<Lookup> officers, Map<SchoolType, Integer> intervals) {
    }

    private Map<SchoolType, Integer> intervals = Map.of();

    // Commands

    public void load() {
        Period p = period.get();
        Integer d = district.get() == null ? null : (int) district.get().id();
        tasks.submit(() -> new Data(plan.plan(p, d, ownOfficerId), lookups.districts(), lookups.activeOfficers(), plan.intervals()), data -> {
            intervals = data.intervals();
            Long keep = selected.get() == null ? null : selected.get().schoolId();
            all = data.rows();
            if (districts.isEmpty()) {
                districts.setAll(data.districts());
            }
            officers.setAll(data.officers());
            filter();
            if (keep != null) {
                rows.stream().filter(r -> r.schoolId() == keep).findFirst().ifPresent(selected::set);
            }
        }, failure::set);
    }

    private void filter() {
        LocalDate today = plan.today();
        Predicate<PlanRow> shown = r -> (!onlyMine.get() || r.assignedTo(ownOfficerId))
                && (!onlyDue.get() || r.status() != PlanStatus.NOT_DUE)
                && (day.get() == null || r.plannedOn(today).equals(day.get()));
        Rows.update(rows, all.stream().filter(shown).toList(), PlanRow::schoolId);
    }

    /** The schools planned on each day of the calendar's month (before today's overdue ones count on today). */
    public Map<LocalDate, List<PlanRow>> calendar() {
        LocalDate today = plan.today();
        Map<LocalDate, List<PlanRow>> byDay = new TreeMap<>();
        YearMonth m = month.get();
        for (PlanRow r : all) {
            if (onlyMine.get() && !r.assignedTo(ownOfficerId)) {
                continue;
            }
            LocalDate on = r.plannedOn(today);
            if (on.isBefore(today)) {
                on = today;
            }
            if (YearMonth.from(on).equals(m)) {
                byDay.computeIfAbsent(on, k -> new ArrayList<>()).add(r);
            }
        }
        return byDay;
    }

    /** How many of the shown schools have each status. */
    public long count(PlanStatus status) {
        return all.stream().filter(r -> r.status() == status).count();
    }

    public long mine() {
        return all.stream().filter(r -> r.assignedTo(ownOfficerId)).count();
    }

    /** The assignment form for the selected school: its open assignment to change, or a new one. */
    public AssignCheckFormViewModel assignForm(PlanRow row) {
        return new AssignCheckFormViewModel(plan, tasks, row, officers, this::load);
    }

    /** Whether the account sets the days between checks of each school type. */
    public boolean canSetIntervals() {
        return plan.canSetIntervals();
    }

    /** The form of the days between checks, with those the plan was last read with. */
    public CheckIntervalsFormViewModel intervalsForm() {
        return new CheckIntervalsFormViewModel(plan, tasks, intervals, this::load);
    }

    /** Withdraws the selected school's open assignment. */
    public void withdraw(PlanRow row) {
        if (row.assignment() == null) {
            return;
        }
        tasks.submit(() -> {
            plan.withdraw(row.assignment());
            return null;
        }, ok -> load(), failure::set);
    }

    public LocalDate today() {
        return plan.today();
    }

    public boolean canAssign() {
        return canAssign;
    }

    /** Whether the account sees the whole city and may narrow the plan to a district. */
    public boolean canChooseDistrict() {
        return cityWide;
    }

    public Long ownOfficerId() {
        return ownOfficerId;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ObservableList<Lookup> districts() {
        return districts;
    }

    public ObservableList<Lookup> officers() {
        return officers;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<Lookup> districtProperty() {
        return district;
    }

    public BooleanProperty onlyMineProperty() {
        return onlyMine;
    }

    public BooleanProperty onlyDueProperty() {
        return onlyDue;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
