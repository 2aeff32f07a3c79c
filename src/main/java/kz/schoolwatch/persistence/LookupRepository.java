// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.LEISURE_CENTRE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.SCHOOL;

import java.util.List;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.i18n.ReferenceNames.Shipped;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.SchoolChoice;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The short lists forms choose from: districts, ranks, open schools, active officers, partners, centres. */
public final class LookupRepository {

    private final Database db;
    private final ReferenceNames names;

    public LookupRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public LookupRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** Districts by the name they show with. */
    public List<Lookup> districts() {
        return db.read(dsl -> dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new Lookup(r.value1(), names.district(r.value2()))))
                .stream().sorted(names.byShownName(Lookup::name)).toList();
    }

    /** Police ranks from the most junior. */
    public List<Lookup> ranks() {
        return db.read(dsl -> dsl.select(POLICE_RANK.ID, POLICE_RANK.NAME).from(POLICE_RANK).orderBy(POLICE_RANK.SENIORITY)
                .fetch(r -> new Lookup(r.value1(), names.rank(r.value2()))));
    }

    /** Schools that are not archived, by number. */
    public List<SchoolChoice> schools() {
        return db.read(dsl -> dsl.select(SCHOOL.ID, SCHOOL.SCHOOL_NUMBER, SCHOOL.NAME, SCHOOL.DISTRICT_ID).from(SCHOOL)
                .where(SCHOOL.ARCHIVED_ON.isNull()).orderBy(SCHOOL.SCHOOL_NUMBER)
                .fetch(r -> new SchoolChoice(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** Active officers by name, shown as «Исин Т. С.». */
    public List<Lookup> activeOfficers() {
        return db.read(dsl -> officers(dsl, true));
    }

    static List<Lookup> officers(DSLContext dsl, boolean activeOnly) {
        return dsl.select(OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME).from(OFFICER)
                .where(activeOnly ? OFFICER.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.ID)
                .fetch(r -> new Lookup(r.value1(), Officer.shortName(r.value2(), r.value3(), r.value4())));
    }

    /** Active partners (councils, the juvenile court, «Забота», …) by name. */
    public List<Lookup> partners() {
        return db.read(dsl -> dsl.select(PARTNER.ID, PARTNER.NAME).from(PARTNER).where(PARTNER.ACTIVE.isTrue())
                .orderBy(PARTNER.NAME).fetch(r -> new Lookup(r.value1(), names.shown(Shipped.PARTNER, r.value2()))))
                .stream().sorted(names.byShownName(Lookup::name)).toList();
    }

    /** Adds a partner to the registry and returns it. Runs inside the caller's transaction. */
    public Lookup insertPartner(DSLContext dsl, String name) {
        Long id = dsl.insertInto(PARTNER, PARTNER.NAME).values(name).returning(PARTNER.ID).fetchOne(PARTNER.ID);
        return new Lookup(id, name);
    }

    /** Leisure centres that are not closed, by name. */
    public List<Lookup> openCentres() {
        return db.read(dsl -> dsl.select(LEISURE_CENTRE.ID, LEISURE_CENTRE.NAME).from(LEISURE_CENTRE)
                .where(LEISURE_CENTRE.CLOSED_ON.isNull()).orderBy(LEISURE_CENTRE.NAME)
                .fetch(r -> new Lookup(r.value1(), r.value2())));
    }
}
