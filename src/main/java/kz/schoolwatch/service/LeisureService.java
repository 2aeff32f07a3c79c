// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.LeisureAttendance;
import kz.schoolwatch.domain.LeisureCentre;
import kz.schoolwatch.domain.LeisureCentreDraft;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.LeisureRepository;

/**
 * Leisure centres with their clubs, and per month how many teenagers registered with the police and children
 * from troubled families attend: counts only, because those minors' names are restricted data.
 */
public final class LeisureService {

    private final Access access;

    private static final int COUNT_MAX = 10_000;

    private final Writes writes;
    private final LeisureRepository leisure;

    public LeisureService(Database db, LeisureRepository leisure, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.leisure = leisure;
    }

    public List<LeisureCentre> centres() {
        return leisure.centres();
    }

    /**
     * Adds a centre (id null) or corrects one, with its clubs, in one transaction.
     *
     * @throws ValidationException  when a field is missing or too long; nothing is written then
     * @throws EditConflictException when someone else changed the centre after {@code draft.version()}
     * @throws SaveFailedException   when the centre is gone ({@code common.error.gone})
     */
    public long save(Long id, LeisureCentreDraft draft) {
        access.require(Permission.MANAGE_LEISURE);
        List<String> clubs = draft.clubs().stream().map(String::trim).filter(c -> !c.isBlank()).distinct().toList();
        new Validator()
                .required("name", draft.name()).maxLength("name", draft.name(), 300)
                .required("district", draft.districtId())
                .maxLength("address", draft.address(), 300)
                .check(clubs.stream().anyMatch(c -> c.length() > 200), "clubs", "validation.tooLong", 200)
                .throwIfInvalid();
        LeisureCentreDraft d = new LeisureCentreDraft(draft.name().trim(), draft.districtId(), Writes.clean(draft.address()), clubs,
                draft.version());
        if (id == null) {
            return writes.save(DataChanges.Topic.LEISURE, tx -> leisure.insert(tx, d));
        }
        writes.run(DataChanges.Topic.LEISURE, tx -> Versions.requireUpdated(leisure.update(tx, id, d), () -> leisure.find(tx, id)));
        return id;
    }

    /** Every open centre's counts for the month holding {@code day}. */
    public List<LeisureAttendance> attendance(LocalDate day) {
        return leisure.attendance(day.withDayOfMonth(1));
    }

    /**
     * Records a centre's counts for the month holding {@code day}: the month's first counts when {@code version}
     * is 0, else a correction of the counts stored at {@code version}.
     *
     * @throws ValidationException   when a count is wrong, or when another officer entered the month's first
     *                               counts meanwhile (next to the teenagers' field); nothing is written then
     * @throws EditConflictException when someone else corrected the counts after {@code version}
     */
    public void putAttendance(long centreId, LocalDate day, Integer teenagers, Integer children, int version) {
        access.require(Permission.MANAGE_LEISURE);
        new Validator()
                .required("teenagers", teenagers).range("teenagers", teenagers, 0, COUNT_MAX)
                .required("children", children).range("children", children, 0, COUNT_MAX)
                .required("month", day).date("month", day)
                .throwIfInvalid();
        LocalDate month = day.withDayOfMonth(1);
        writes.run(DataChanges.Topic.LEISURE, tx -> {
            if (version == 0) {
                leisure.insertAttendance(tx, centreId, month, teenagers, children);
            } else {
                Versions.requireUpdated(leisure.updateAttendance(tx, centreId, month, teenagers, children, version),
                        () -> leisure.findAttendance(tx, centreId, month));
            }
        }, SaveErrors.rule("LEISURE_ATTENDANCE_CENTRE_FK", "centre", "leisure.error.centreGone"),
                SaveErrors.rule("LEISURE_ATTENDANCE_PK", "teenagers", "leisure.error.countsEnteredMeanwhile"));
    }
}
