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
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.OffenceRepository;

/** Offences at schools, the reason cameras exist, and their counts per school and month. */
public final class OffenceService {

    private final Access access;

    private final Database db;
    private final OffenceRepository offences;
    private final DataChanges changes;
    private final Clock clock;

    public OffenceService(Database db, OffenceRepository offences, DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.db = db;
        this.offences = offences;
        this.changes = changes;
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
     * @throws ValidationException when a field is missing or wrong; nothing is written then
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
                Writes.clean(draft.description()), draft.camerasHelped());
        Writes.Rule[] rules = {
            Writes.rule("OFFENCE_SCHOOL_FK", "school", "visit.error.schoolGone"),
            Writes.rule("OFFENCE_KIND_FK", "kind", "offence.error.kindGone"),
        };
        long saved;
        if (id == null) {
            saved = Writes.run(() -> db.write(cfg -> offences.insert(cfg.dsl(), d)), rules);
        } else {
            Writes.requireFound(Writes.run(() -> db.write(cfg -> offences.update(cfg.dsl(), id, d)), rules));
            saved = id;
        }
        changes.publish(DataChanges.Topic.OFFENCES);
        return saved;
    }

    public void delete(long id) {
        access.require(Permission.RECORD_OFFENCES);
        Writes.requireFound(Writes.run(() -> db.write(cfg -> offences.delete(cfg.dsl(), id))));
        changes.publish(DataChanges.Topic.OFFENCES);
    }
}
