// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.OFFICER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;

import java.util.List;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.Officer;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.persistence.store.Database;

/** Short lists for pickers and filters: districts, officers. */
public final class ReferenceRepository {

    private final Database db;
    private final ReferenceNames names;

    public ReferenceRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public ReferenceRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    /** The districts by the name they show with. */
    public List<NamedRef> districts() {
        return db.read(dsl -> dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new NamedRef(r.value1(), names.district(r.value2()))))
                .stream().sorted(names.byShownName(NamedRef::name)).toList();
    }

    /** Active officers as «Ахметов Е. С., капитан полиции», by surname. */
    public List<NamedRef> activeOfficers() {
        return db.read(dsl -> dsl.select(OFFICER.ID, OFFICER.LAST_NAME, OFFICER.FIRST_NAME, OFFICER.MIDDLE_NAME, POLICE_RANK.NAME)
                .from(OFFICER).join(POLICE_RANK).on(POLICE_RANK.ID.eq(OFFICER.RANK_ID))
                .where(OFFICER.ACTIVE.isTrue())
                .orderBy(OFFICER.LAST_NAME, OFFICER.FIRST_NAME)
                .fetch(r -> new NamedRef(r.value1(),
                        Officer.shortName(r.value2(), r.value3(), r.value4()) + ", " + names.rank(r.value5()))));
    }
}
