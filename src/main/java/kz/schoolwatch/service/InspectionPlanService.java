// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;


import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.schoolwatch.domain.CheckAssignment;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.PlanRow;
import kz.schoolwatch.domain.PlanStatus;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.InspectionPlanRepository;
import kz.schoolwatch.persistence.InspectionPlanRepository.PlanSchool;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.persistence.store.Database;

/**
 * The inspection plan (issue 22): which schools are due for a security check this month or quarter, which are
 * overdue or were never checked, and who is to make each check. A school's next check falls its type's interval
 * after its last one; a head assigns checks to officers; an officer sees their own first.
 */
public final class InspectionPlanService {

    /** The setting of a school type's interval between checks, in days: this prefix and the type's name. */
    static final String INTERVAL_PREFIX = "security.check.interval.";
    public static final int INTERVAL_MAX = 730;

    /** The period a plan looks ahead to. */
    public enum Period { MONTH, QUARTER }

    private final Database db;
    private final InspectionPlanRepository plan;
    private final SettingsRepository settings;
    private final SettingsService general;
    private final Writes writes;
    private final Clock clock;
    private final Access access;

    public InspectionPlanService(Database db, InspectionPlanRepository plan, SettingsRepository settings, SettingsService general,
                                 DataChanges changes, Clock clock, Access access) {
        this.db = db;
        this.plan = plan;
        this.settings = settings;
        this.general = general;
        this.writes = new Writes(db, changes);
        this.clock = clock;
        this.access = access;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days between checks for a type: its own setting, else the program's overdue days (90 unless set). */
    public int intervalDays(SchoolType type) {
        return settings.get(INTERVAL_PREFIX + type.name()).map(Integer::parseInt).orElseGet(general::overdueCheckDays);
    }

    public Map<SchoolType, Integer> intervals() {
        Map<SchoolType, Integer> all = new EnumMap<>(SchoolType.class);
        for (SchoolType t : SchoolType.values()) {
            all.put(t, intervalDays(t));
        }
        return all;
    }

    /** Whether the account sets the intervals: a city-wide head, or the administrator. */
    public boolean canSetIntervals() {
        return access.can(Permission.MANAGE_SETTINGS) || (access.can(Permission.EDIT_SCHOOLS) && access.district() == null);
    }

    /** Sets the intervals; each 1..730 days. */
    public void setIntervals(Map<SchoolType, Integer> days) {
        if (!canSetIntervals()) {
            throw new AccessDeniedException("access.denied");
        }
        Validator v = new Validator();
        days.forEach((type, d) -> v.required("interval." + type.name(), d).range("interval." + type.name(), d, 1, INTERVAL_MAX));
        v.throwIfInvalid();
        writes.run(DataChanges.Topic.SETTINGS, tx -> days.forEach((type, d) -> settings.put(INTERVAL_PREFIX + type.name(), Integer.toString(d))));
    }

    /**
     * The plan for the period from today: every open school of the account's district (or of {@code districtId}
     * for a city-wide account; null for the city), the officer's own assignments first, then the most urgent.
     */
    public List<PlanRow> plan(Period period, Integer districtId, Long ownOfficerId) {
        access.require(Permission.VIEW_SCHOOLS);
        LocalDate today = today();
        LocalDate end = periodEnd(today, period);
        Integer district = access.district() != null ? access.district() : districtId;
        Map<SchoolType, Integer> intervals = intervals();
        Map<Long, CheckAssignment> assigned = plan.openAssignments();
        List<PlanRow> rows = new ArrayList<>();
        for (PlanSchool s : plan.schools(district)) {
            LocalDate next = s.lastCheck() == null ? null : s.lastCheck().plusDays(intervals.get(s.type()));
            rows.add(new PlanRow(s.id(), s.number(), s.name(), s.districtId(), s.district(), s.type(), s.lastCheck(), next,
                    status(next, today, end), assigned.get(s.id())));
        }
        rows.sort(Comparator.comparing((PlanRow r) -> !r.assignedTo(ownOfficerId))
                .thenComparing(PlanRow::status)
                .thenComparing(r -> r.plannedOn(today))
                .thenComparingInt(PlanRow::number));
        return rows;
    }

    static PlanStatus status(LocalDate next, LocalDate today, LocalDate periodEnd) {
        if (next == null) {
            return PlanStatus.NEVER_CHECKED;
        }
        if (next.isBefore(today)) {
            return PlanStatus.OVERDUE;
        }
        return next.isAfter(periodEnd) ? PlanStatus.NOT_DUE : PlanStatus.DUE;
    }

    /** The last day of the month or the quarter {@code today} is in. */
    public static LocalDate periodEnd(LocalDate today, Period period) {
        if (period == Period.MONTH) {
            return today.withDayOfMonth(today.lengthOfMonth());
        }
        LocalDate quarterEnd = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 3);
        return quarterEnd.withDayOfMonth(quarterEnd.lengthOfMonth());
    }

    /**
     * Assigns the school's next check to an officer by a day, or changes the open assignment {@code a} names (its id
     * and the version read). A head of the school's district only; the school must be open; the day not in the past.
     *
     * @throws SaveFailedException when another head assigned the school meanwhile, or the school was archived
     */
    public long assign(CheckAssignment a) {
        access.requireSchoolEdit(a.schoolId());
        LocalDate today = today();
        new Validator()
                .required("officer", a.officerId() == 0 ? null : a.officerId())
                .required("dueBy", a.dueBy()).date("dueBy", a.dueBy())
                .check(a.dueBy() != null && a.dueBy().isBefore(today), "dueBy", "plan.error.dueInPast")
                .maxLength("note", a.note(), 500)
                .throwIfInvalid();
        return writes.save(DataChanges.Topic.CHECKS, tx -> {
            OpenSchools.require(tx, a.schoolId());
            var open = plan.openFor(tx, a.schoolId());
            if (a.id() == null) {
                if (open.isPresent()) {
                    throw new SaveFailedException("plan.error.assignedMeanwhile", null, open.get().officerName());
                }
                return plan.insert(tx, new CheckAssignment(null, a.schoolId(), a.officerId(), null, today, a.dueBy(), a.note(), 0));
            }
            Versions.requireUpdated(plan.update(tx, a), () -> plan.find(tx, a.id()));
            return a.id();
        });
    }

    /** Withdraws an open assignment at the version read. */
    public void withdraw(CheckAssignment a) {
        access.requireSchoolEdit(a.schoolId());
        writes.run(DataChanges.Topic.CHECKS, tx -> Versions.requireDeleted(plan.delete(tx, a),
                () -> plan.find(tx, a.id()).isPresent()));
    }
}
