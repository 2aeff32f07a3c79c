// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.Page;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitDraft;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.VisitRepository;

/** Logging, correcting and removing school visits; each save is one transaction, announced after commit. */
public final class VisitService {

    /** Longest findings or agreed actions text, as in the schema. */
    public static final int TEXT_MAX = 4000;

    private final Writes writes;
    private final VisitRepository visits;
    private final Clock clock;
    private final Access access;

    public VisitService(Database db, VisitRepository visits, DataChanges changes, Clock clock, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.visits = visits;
        this.clock = clock;
    }

    /** A page of the visits matching {@code filter}, newest first, with the total count. */
    public Page<Visit> page(VisitFilter filter, int offset, int limit) {
        return visits.page(filter, offset, limit);
    }

    /** Only the rows of a page, newest first: the screen shows them before the total is counted. */
    public List<Visit> rows(VisitFilter filter, int offset, int limit) {
        return visits.rows(filter, offset, limit);
    }

    /** How many visits match {@code filter}. */
    public int count(VisitFilter filter) {
        return visits.count(filter);
    }

    public Optional<Visit> find(long id) {
        return visits.find(id);
    }

    /**
     * Logs a new visit.
     *
     * @throws ValidationException when a field is missing or wrong (nothing is written)
     * @throws SaveFailedException when the database refuses the row
     */
    public long create(VisitDraft draft) {
        access.requireWork(officers(draft), draft.schoolId());
        VisitDraft d = validate(draft);
        return writes.save(DataChanges.Topic.VISITS, tx -> visits.insert(tx, d), rules());
    }

    /**
     * Replaces a visit's fields; same checks as {@link #create}.
     *
     * @throws EditConflictException when someone else saved the visit after {@code draft.version()}; nothing written
     * @throws SaveFailedException   when the visit is gone or the database refused the write
     */
    public void update(long id, VisitDraft draft) {
        requireWorkOn(id);
        access.requireWork(officers(draft), draft.schoolId());
        VisitDraft d = validate(draft);
        writes.save(DataChanges.Topic.VISITS, tx -> {
            Versions.requireUpdated(visits.update(tx, id, d), () -> visits.find(tx, id));
            return null;
        }, rules());
    }

    /**
     * Deletes a visit as the officer saw it, at {@code version}: one changed meanwhile is not deleted but refused
     * ({@code visit.error.changedBeforeDelete}), so nobody deletes what they have not seen.
     */
    public void delete(long id, int version) {
        requireWorkOn(id);
        writes.save(DataChanges.Topic.VISITS, tx -> {
            Versions.requireDeleted(visits.delete(tx, id, version), () -> visits.find(tx, id).isPresent(),
                    "visit.error.changedBeforeDelete");
            return null;
        });
    }

    /** The visit as it is now must be the account's to change (an inspector cannot take over another's visit). */
    private void requireWorkOn(long id) {
        visits.find(id).ifPresent(v -> access.requireWork(List.of(v.officerId()), v.schoolId()));
    }

    private static List<Long> officers(VisitDraft d) {
        return d.officerId() == null ? List.of() : List.of(d.officerId());
    }

    private static SaveErrors.Rule[] rules() {
        return new SaveErrors.Rule[] {
            SaveErrors.rule("SCHOOL_VISIT_OFFICER_FK", "officer", "visit.error.officerGone"),
            SaveErrors.rule("SCHOOL_VISIT_SCHOOL_FK", "school", "visit.error.schoolGone"),
            SaveErrors.rule("SCHOOL_VISIT_PURPOSE_FK", "purpose", "visit.error.purposeGone"),
        };
    }

    /** Checks every field at once and returns the draft with its texts trimmed. */
    VisitDraft validate(VisitDraft d) {
        LocalDateTime latest = LocalDateTime.now(clock).plusHours(1);
        new Validator()
                .required("officer", d.officerId())
                .required("school", d.schoolId())
                .required("visitedAt", d.visitedAt())
                .check(d.visitedAt() != null && d.visitedAt().isAfter(latest), "visitedAt", "visit.error.future")
                .check(d.visitedAt() != null && d.visitedAt().getYear() < 2000, "visitedAt", "visit.error.tooOld")
                .required("purpose", d.purposeId())
                .maxLength("findings", d.findings(), TEXT_MAX)
                .maxLength("agreedActions", d.agreedActions(), TEXT_MAX)
                .throwIfInvalid();
        return new VisitDraft(d.officerId(), d.schoolId(), d.visitedAt(), d.purposeId(),
                Writes.clean(d.findings()), Writes.clean(d.agreedActions()), d.version());
    }
}
