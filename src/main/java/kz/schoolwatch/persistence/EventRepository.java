// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.OUTREACH_EVENT;
import static kz.schoolwatch.persistence.jooq.Tables.PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.i18n.ReferenceNames.Shipped;
import kz.schoolwatch.domain.EventDraft;
import kz.schoolwatch.domain.EventFilter;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.OutreachEvent;
import kz.schoolwatch.domain.Page;
import kz.schoolwatch.persistence.jooq.tables.District;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Outreach events with their partners and officers; lists are filtered and paged in the database. */
public final class EventRepository {

    private static final District CENTRE_DISTRICT = DISTRICT.as("centre_district");
    private static final Field<String> PLACE = coalesce(
            concat(inline("№"), SCHOOL.SCHOOL_NUMBER.cast(String.class), inline(" — "), SCHOOL.NAME), LEISURE_CENTRE.NAME).as("place");
    private static final Field<String> DISTRICT_NAME = coalesce(DISTRICT.NAME, CENTRE_DISTRICT.NAME).as("district_name");
    private static final List<SelectField<?>> FIELDS = List.of(OUTREACH_EVENT.ID, OUTREACH_EVENT.EVENT_TYPE_ID, EVENT_TYPE.NAME,
            OUTREACH_EVENT.TITLE, OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.SCHOOL_ID, OUTREACH_EVENT.LEISURE_CENTRE_ID, PLACE,
            DISTRICT_NAME, OUTREACH_EVENT.PUPILS, OUTREACH_EVENT.PARENTS, OUTREACH_EVENT.NOTES, OUTREACH_EVENT.ROW_VERSION);

    private final Database db;
    private final ReferenceNames names;

    public EventRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public EventRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** Events matching {@code filter}, latest first, from {@code offset}, at most {@code limit}, with the total. */
    public Page<OutreachEvent> page(EventFilter filter, int offset, int limit) {
        return db.read(dsl -> {
            Condition where = where(filter);
            int total = dsl.fetchCount(OUTREACH_EVENT, where);
            Table<Record2<Long, LocalDate>> page = dsl.select(OUTREACH_EVENT.ID, OUTREACH_EVENT.HELD_ON).from(OUTREACH_EVENT)
                    .where(where).orderBy(OUTREACH_EVENT.HELD_ON.desc(), OUTREACH_EVENT.ID.desc())
                    .limit(limit).offset(offset).asTable("page");
            List<Record> records = withNames(dsl, page).orderBy(OUTREACH_EVENT.HELD_ON.desc(), OUTREACH_EVENT.ID.desc()).fetch();
            return new Page<>(withLinks(dsl, records), offset, total);
        });
    }

    /**
     * The events of a period for the month view, at most {@code limit}, by day; without partners and officers,
     * which the calendar does not show.
     */
    public List<OutreachEvent> calendar(EventFilter filter, int limit) {
        return db.read(dsl -> {
            Table<Record2<Long, LocalDate>> page = dsl.select(OUTREACH_EVENT.ID, OUTREACH_EVENT.HELD_ON).from(OUTREACH_EVENT)
                    .where(where(filter)).orderBy(OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.ID).limit(limit).asTable("page");
            return withNames(dsl, page).orderBy(OUTREACH_EVENT.HELD_ON, OUTREACH_EVENT.ID)
                    .fetch(r -> toEvent(r, List.of(), List.of()));
        });
    }

    public Optional<OutreachEvent> find(long id) {
        return db.read(dsl -> {
            List<Record> records = dsl.select(FIELDS).from(OUTREACH_EVENT)
                    .join(EVENT_TYPE).on(EVENT_TYPE.ID.eq(OUTREACH_EVENT.EVENT_TYPE_ID))
                    .leftJoin(SCHOOL).on(SCHOOL.ID.eq(OUTREACH_EVENT.SCHOOL_ID))
                    .leftJoin(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                    .leftJoin(LEISURE_CENTRE).on(LEISURE_CENTRE.ID.eq(OUTREACH_EVENT.LEISURE_CENTRE_ID))
                    .leftJoin(CENTRE_DISTRICT).on(CENTRE_DISTRICT.ID.eq(LEISURE_CENTRE.DISTRICT_ID))
                    .where(OUTREACH_EVENT.ID.eq(id)).fetch();
            return withLinks(dsl, records).stream().findFirst();
        });
    }

    private static SelectOnConditionStep<Record> withNames(DSLContext dsl, Table<Record2<Long, LocalDate>> page) {
        return dsl.select(FIELDS).from(page)
                .join(OUTREACH_EVENT).on(OUTREACH_EVENT.ID.eq(page.field(OUTREACH_EVENT.ID)))
                .join(EVENT_TYPE).on(EVENT_TYPE.ID.eq(OUTREACH_EVENT.EVENT_TYPE_ID))
                .leftJoin(SCHOOL).on(SCHOOL.ID.eq(OUTREACH_EVENT.SCHOOL_ID))
                .leftJoin(DISTRICT).on(DISTRICT.ID.eq(SCHOOL.DISTRICT_ID))
                .leftJoin(LEISURE_CENTRE).on(LEISURE_CENTRE.ID.eq(OUTREACH_EVENT.LEISURE_CENTRE_ID))
                .leftJoin(CENTRE_DISTRICT).on(CENTRE_DISTRICT.ID.eq(LEISURE_CENTRE.DISTRICT_ID));
    }

    /** Adds the partners and officers of the given event rows: two queries for the whole page. */
    private List<OutreachEvent> withLinks(DSLContext dsl, List<Record> records) {
        List<Long> ids = records.stream().map(r -> r.get(OUTREACH_EVENT.ID)).toList();
        Map<Long, List<Lookup>> partners = new HashMap<>();
        Map<Long, List<Lookup>> officers = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(EVENT_PARTNER.EVENT_ID, PARTNER.ID, PARTNER.NAME).from(EVENT_PARTNER)
                    .join(PARTNER).on(PARTNER.ID.eq(EVENT_PARTNER.PARTNER_ID))
                    .where(EVENT_PARTNER.EVENT_ID.in(ids)).orderBy(PARTNER.NAME)
                    .forEach(r -> partners.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new Lookup(r.value2(), names.shown(Shipped.PARTNER, r.value3()))));
            dsl.select(EVENT_OFFICER.EVENT_ID, OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME).from(EVENT_OFFICER)
                    .join(OFFICER).on(OFFICER.ID.eq(EVENT_OFFICER.OFFICER_ID))
                    .where(EVENT_OFFICER.EVENT_ID.in(ids)).orderBy(OFFICER.LAST_NAME)
                    .forEach(r -> officers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new Lookup(r.value2(), Officer.shortName(r.value3(), r.value4(), r.value5()))));
        }
        return records.stream().map(r -> toEvent(r, partners.getOrDefault(r.get(OUTREACH_EVENT.ID), List.of()),
                officers.getOrDefault(r.get(OUTREACH_EVENT.ID), List.of()))).toList();
    }

    private OutreachEvent toEvent(Record r, List<Lookup> partners, List<Lookup> officers) {
        return new OutreachEvent(r.get(OUTREACH_EVENT.ID), r.get(OUTREACH_EVENT.EVENT_TYPE_ID), names.shown(Shipped.EVENT_TYPE, r.get(EVENT_TYPE.NAME)),
                r.get(OUTREACH_EVENT.TITLE), r.get(OUTREACH_EVENT.HELD_ON), r.get(OUTREACH_EVENT.SCHOOL_ID),
                r.get(OUTREACH_EVENT.LEISURE_CENTRE_ID), r.get(PLACE), names.district(r.get(DISTRICT_NAME)), r.get(OUTREACH_EVENT.PUPILS),
                r.get(OUTREACH_EVENT.PARENTS), r.get(OUTREACH_EVENT.NOTES), partners, officers, r.get(OUTREACH_EVENT.ROW_VERSION));
    }

    static Condition where(EventFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.typeId() != null) {
            c.add(OUTREACH_EVENT.EVENT_TYPE_ID.eq(f.typeId()));
        }
        if (f.districtId() != null) {
            // EXISTS per row of the period, as for visits: IN would read the district's events of all years.
            c.add(DSL.exists(DSL.selectOne().from(SCHOOL)
                            .where(SCHOOL.ID.eq(OUTREACH_EVENT.SCHOOL_ID)).and(SCHOOL.DISTRICT_ID.eq(f.districtId())))
                    .or(DSL.exists(DSL.selectOne().from(LEISURE_CENTRE)
                            .where(LEISURE_CENTRE.ID.eq(OUTREACH_EVENT.LEISURE_CENTRE_ID)).and(LEISURE_CENTRE.DISTRICT_ID.eq(f.districtId())))));
        }
        if (f.schoolId() != null) {
            c.add(OUTREACH_EVENT.SCHOOL_ID.eq(f.schoolId()));
        }
        if (f.centreId() != null) {
            c.add(OUTREACH_EVENT.LEISURE_CENTRE_ID.eq(f.centreId()));
        }
        if (f.from() != null) {
            c.add(OUTREACH_EVENT.HELD_ON.ge(f.from()));
        }
        if (f.to() != null) {
            c.add(OUTREACH_EVENT.HELD_ON.le(f.to()));
        }
        return DSL.and(c);
    }

    /** Inserts an event and its links inside the caller's transaction; returns its id. */
    public long insert(DSLContext dsl, EventDraft d) {
        long id = dsl.insertInto(OUTREACH_EVENT)
                .set(OUTREACH_EVENT.EVENT_TYPE_ID, d.typeId()).set(OUTREACH_EVENT.TITLE, d.title())
                .set(OUTREACH_EVENT.HELD_ON, d.heldOn()).set(OUTREACH_EVENT.SCHOOL_ID, d.schoolId())
                .set(OUTREACH_EVENT.LEISURE_CENTRE_ID, d.centreId()).set(OUTREACH_EVENT.PUPILS, d.pupils())
                .set(OUTREACH_EVENT.PARENTS, d.parents()).set(OUTREACH_EVENT.NOTES, d.notes())
                .returning(OUTREACH_EVENT.ID).fetchOne(OUTREACH_EVENT.ID);
        insertLinks(dsl, id, d);
        return id;
    }

    /**
     * Replaces an event's fields and links inside the caller's transaction while the event is still at the version
     * its form opened, and counts the version up; returns the rows changed: 0 when someone else saved or deleted it
     * meanwhile, and then its partners and officers are left as they are (the event's version guards them too).
     */
    public int update(DSLContext dsl, long id, EventDraft d) {
        int n = dsl.update(OUTREACH_EVENT)
                .set(OUTREACH_EVENT.EVENT_TYPE_ID, d.typeId()).set(OUTREACH_EVENT.TITLE, d.title())
                .set(OUTREACH_EVENT.HELD_ON, d.heldOn()).set(OUTREACH_EVENT.SCHOOL_ID, d.schoolId())
                .set(OUTREACH_EVENT.LEISURE_CENTRE_ID, d.centreId()).set(OUTREACH_EVENT.PUPILS, d.pupils())
                .set(OUTREACH_EVENT.PARENTS, d.parents()).set(OUTREACH_EVENT.NOTES, d.notes())
                .set(OUTREACH_EVENT.ROW_VERSION, OUTREACH_EVENT.ROW_VERSION.plus(1))
                .where(OUTREACH_EVENT.ID.eq(id)).and(OUTREACH_EVENT.ROW_VERSION.eq(d.version())).execute();
        if (n > 0) {
            dsl.deleteFrom(EVENT_PARTNER).where(EVENT_PARTNER.EVENT_ID.eq(id)).execute();
            dsl.deleteFrom(EVENT_OFFICER).where(EVENT_OFFICER.EVENT_ID.eq(id)).execute();
            insertLinks(dsl, id, d);
        }
        return n;
    }

    private static void insertLinks(DSLContext dsl, long id, EventDraft d) {
        for (Long partner : d.partnerIds()) {
            dsl.insertInto(EVENT_PARTNER, EVENT_PARTNER.EVENT_ID, EVENT_PARTNER.PARTNER_ID).values(id, partner).execute();
        }
        for (Long officer : d.officerIds()) {
            dsl.insertInto(EVENT_OFFICER, EVENT_OFFICER.EVENT_ID, EVENT_OFFICER.OFFICER_ID).values(id, officer).execute();
        }
    }

    /** The event as stored now, as its form edits it (partners and officers by id, sorted), inside the caller's transaction. */
    public Optional<EventDraft> find(DSLContext dsl, long id) {
        return dsl.selectFrom(OUTREACH_EVENT).where(OUTREACH_EVENT.ID.eq(id)).fetchOptional()
                .map(r -> new EventDraft(r.getEventTypeId(), r.getTitle(), r.getHeldOn(), r.getSchoolId(),
                        r.getLeisureCentreId(), r.getPupils(), r.getParents(), r.getNotes(),
                        dsl.select(EVENT_PARTNER.PARTNER_ID).from(EVENT_PARTNER).where(EVENT_PARTNER.EVENT_ID.eq(id))
                                .orderBy(EVENT_PARTNER.PARTNER_ID).fetch(EVENT_PARTNER.PARTNER_ID),
                        dsl.select(EVENT_OFFICER.OFFICER_ID).from(EVENT_OFFICER).where(EVENT_OFFICER.EVENT_ID.eq(id))
                                .orderBy(EVENT_OFFICER.OFFICER_ID).fetch(EVENT_OFFICER.OFFICER_ID),
                        r.getRowVersion()));
    }

    /**
     * Deletes an event (its links go with it) inside the caller's transaction while it is still at {@code version}
     * (as the officer saw it); returns the rows removed: 0 when it was changed or deleted meanwhile.
     */
    public int delete(DSLContext dsl, long id, int version) {
        return dsl.deleteFrom(OUTREACH_EVENT).where(OUTREACH_EVENT.ID.eq(id)).and(OUTREACH_EVENT.ROW_VERSION.eq(version)).execute();
    }
}
