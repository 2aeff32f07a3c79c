// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;
import java.util.Optional;

import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.EventRepository;

/** Outreach events: «Родительский час», meetings with judges and «Забота», family and sports events. */
public final class EventService {

    private final Access access;

    /** The month view shows at most this many events; a month of a whole country stays below it. */
    public static final int CALENDAR_LIMIT = 5000;
    private static final int COUNT_MAX = 100_000;

    private final Writes writes;
    private final EventRepository events;

    public EventService(Database db, EventRepository events, DataChanges changes, Access access) {
        this.access = access;
        this.writes = new Writes(db, changes);
        this.events = events;
    }

    /** A page of the events matching {@code filter}, latest first, with their partners and officers. */
    public Page<OutreachEvent> page(EventFilter filter, int offset, int limit) {
        return events.page(filter, offset, limit);
    }

    /** The events of the filter's period for the month view, by day. */
    public List<OutreachEvent> calendar(EventFilter filter) {
        return events.calendar(filter, CALENDAR_LIMIT);
    }

    public Optional<OutreachEvent> find(long id) {
        return events.find(id);
    }

    /**
     * Records an event with its partners and officers in one transaction.
     *
     * @throws ValidationException when a field is missing or wrong; nothing is written then
     */
    public long create(EventDraft draft) {
        access.requireWork(draft.officerIds(), draft.schoolId());
        EventDraft d = validate(draft);
        return writes.save(DataChanges.Topic.EVENTS, tx -> events.insert(tx, d), rules());
    }

    /**
     * Corrects an event; its partners and officers are replaced by the draft's.
     *
     * @throws EditConflictException when someone else saved the event after {@code draft.version()}; nothing written
     * @throws SaveFailedException   when the event is gone or the database refused the write
     */
    public void update(long id, EventDraft draft) {
        requireWorkOn(id);
        access.requireWork(draft.officerIds(), draft.schoolId());
        EventDraft d = validate(draft);
        writes.save(DataChanges.Topic.EVENTS, tx -> {
            Versions.requireUpdated(events.update(tx, id, d), () -> events.find(tx, id));
            return null;
        }, rules());
    }

    /**
     * Deletes an event as the officer saw it, at {@code version}: one changed meanwhile is not deleted but refused
     * ({@code event.error.changedBeforeDelete}).
     */
    public void delete(long id, int version) {
        requireWorkOn(id);
        writes.save(DataChanges.Topic.EVENTS, tx -> {
            Versions.requireDeleted(events.delete(tx, id, version), () -> events.find(tx, id).isPresent(),
                    "event.error.changedBeforeDelete");
            return null;
        });
    }

    private static SaveErrors.Rule[] rules() {
        return new SaveErrors.Rule[] {
            SaveErrors.rule("OUTREACH_EVENT_TYPE_FK", "type", "event.error.typeGone"),
            SaveErrors.rule("OUTREACH_EVENT_SCHOOL_FK", "place", "event.error.placeGone"),
            SaveErrors.rule("OUTREACH_EVENT_CENTRE_FK", "place", "event.error.placeGone"),
            SaveErrors.rule("EVENT_PARTNER_PARTNER_FK", "partners", "event.error.partnerGone"),
            SaveErrors.rule("EVENT_OFFICER_OFFICER_FK", "officers", "event.error.officerGone"),
        };
    }

    EventDraft validate(EventDraft d) {
        new Validator()
                .required("type", d.typeId())
                .maxLength("title", d.title(), 300)
                .required("heldOn", d.heldOn()).date("heldOn", d.heldOn())
                .check(d.schoolId() == null && d.centreId() == null, "place", "event.error.noPlace")
                .check(d.schoolId() != null && d.centreId() != null, "place", "event.error.twoPlaces")
                .required("pupils", d.pupils()).range("pupils", d.pupils(), 0, COUNT_MAX)
                .required("parents", d.parents()).range("parents", d.parents(), 0, COUNT_MAX)
                .maxLength("notes", d.notes(), 4000)
                .throwIfInvalid();
        return new EventDraft(d.typeId(), Writes.clean(d.title()), d.heldOn(), d.schoolId(), d.centreId(), d.pupils(), d.parents(),
                Writes.clean(d.notes()), d.partnerIds().stream().distinct().toList(), d.officerIds().stream().distinct().toList(),
                d.version());
    }

    /** The event as it is now must be the account's to change. */
    private void requireWorkOn(long id) {
        events.find(id).ifPresent(e -> access.requireWork(e.officers().stream().map(Lookup::id).toList(),
                e.schoolId()));
    }
}
