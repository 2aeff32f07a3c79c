// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.SecurityCheckRepository;

/** Security checks of schools: recording them, and which schools are due for one. */
public final class SecurityCheckService {

    private final Access access;

    private final Writes writes;
    private final SecurityCheckRepository checks;
    private final Clock clock;
    private final InspectionService inspections;
    private final ActExportService acts;

    /** Checks of the fixed items only (before issue 22): no checks by requirement, no acts. */
    public SecurityCheckService(Database db, SecurityCheckRepository checks, DataChanges changes, Clock clock, Access access) {
        this(db, checks, changes, clock, access, null, null);
    }

    /** With checks by requirement, their acts and orders: a new check is recorded through {@code inspections}. */
    public SecurityCheckService(Database db, SecurityCheckRepository checks, DataChanges changes, Clock clock, Access access,
                                InspectionService inspections, ActExportService acts) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.checks = checks;
        this.clock = clock;
        this.inspections = inspections;
        this.acts = acts;
    }

    /** Checks by requirement and their orders; null where only the old fixed items are checked. */
    public InspectionService inspections() {
        return inspections;
    }

    /** Saving and printing acts; null where there are none. */
    public ActExportService acts() {
        return acts;
    }

    public List<SecurityCheck> forSchool(long schoolId) {
        return checks.forSchool(schoolId);
    }

    /**
     * Records a check with a finding for every item at an open school (a check is not edited once recorded).
     *
     * @throws SaveFailedException when the school was archived or deleted meanwhile
     */
    public long record(SecurityCheck check) {
        access.requireSchoolEdit(check.schoolId());
        Validator v = new Validator()
                .required("officer", check.officerId())
                .required("checkedOn", check.checkedOn()).date("checkedOn", check.checkedOn())
                .check(check.checkedOn() != null && check.checkedOn().isAfter(LocalDate.now(clock)), "checkedOn", "validation.dateInFuture")
                .maxLength("remarks", check.remarks(), 4000);
        for (CheckItem item : CheckItem.values()) {
            v.check(!check.findings().containsKey(item), "finding." + item.name(), "validation.required");
        }
        v.throwIfInvalid();
        return writes.save(DataChanges.Topic.CHECKS, tx -> {
            OpenSchools.require(tx, check.schoolId());
            return checks.insert(tx, check);
        });
    }
}
