// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.Offence;
import kz.schoolwatch.domain.OffenceCounts;
import kz.schoolwatch.domain.OffenceDraft;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.OffenceRepository;

/** Offences at schools, the reason cameras exist, and their counts per school and month. */
public final class OffenceService {

    private final Access access;

    private final Writes writes;
    private final OffenceRepository offences;
    private final Clock clock;

    public OffenceService(Database db, OffenceRepository offences, DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.offences = offences;
        this.clock = clock;
    }

    /** A page of the offences of a period (and school, when given), latest first. */
    public Page<Offence> page(LocalDate from, LocalDate to, Long schoolId, int offset, int limit) {
        return offences.page(from, to, schoolId, offset, limit);
    }

    /** Offences per school and month of {@code year}, for schools that had any. */
    public List<OffenceCounts> countsByMonth(int year) {
        return offences.countsByMonth(year);
    }

    /**
     * Records an offence (id null) or corrects one.
     *
     * @throws ValidationException  when a field is missing or wrong; nothing is written then
     * @throws EditConflictException when someone else changed the offence after {@code draft.version()}
     * @throws SaveFailedException   when the offence was deleted meanwhile ({@code common.error.gone})
     */
    public long save(Long id, OffenceDraft draft) {
        access.requireOffenceRecord(draft.schoolId());
        new Validator()
                .required("occurredOn", draft.occurredOn()).date("occurredOn", draft.occurredOn())
                .check(draft.occurredOn() != null && draft.occurredOn().isAfter(LocalDate.now(clock)), "occurredOn", "offence.error.future")
                .required("school", draft.schoolId())
                .required("kind", draft.kindId())
                .required("location", draft.location())
                .maxLength("description", draft.description(), 2000)
                .throwIfInvalid();
        OffenceDraft d = new OffenceDraft(draft.occurredOn(), draft.schoolId(), draft.kindId(), draft.location(),
                Writes.clean(draft.description()), draft.camerasHelped(), draft.version());
        SaveErrors.Rule[] rules = {
            SaveErrors.rule("OFFENCE_SCHOOL_FK", "school", "visit.error.schoolGone"),
            SaveErrors.rule("OFFENCE_KIND_FK", "kind", "offence.error.kindGone"),
        };
        if (id == null) {
            return writes.save(DataChanges.Topic.OFFENCES, tx -> offences.insert(tx, d), rules);
        }
        writes.run(DataChanges.Topic.OFFENCES,
                tx -> Versions.requireUpdated(offences.update(tx, id, d), () -> offences.find(tx, id)), rules);
        return id;
    }

    /**
     * Deletes an offence as it was shown ({@code version}). One someone changed meanwhile is not deleted: the
     * officer first sees what changed ({@code common.error.changedBeforeDelete}); one already deleted is said so.
     */
    public void delete(long id, int version) {
        access.require(Permission.RECORD_OFFENCES);
        writes.run(DataChanges.Topic.OFFENCES, tx -> Versions.requireDeleted(offences.delete(tx, id, version),
                () -> offences.find(tx, id).isPresent()));
    }
}
