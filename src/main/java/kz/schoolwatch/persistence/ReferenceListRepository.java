// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import java.util.List;
import java.util.Optional;

import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Visit purposes, event types and offence kinds: three tables of the same shape behind one repository. */
public final class ReferenceListRepository {

    private record Columns(Table<?> table, Field<Integer> id, Field<String> name, Field<Integer> sortOrder, Field<Boolean> active,
                           Field<Integer> version) {
    }

    private final Database db;
    private final ReferenceNames names;

    public ReferenceListRepository(Database db) {
        this(db, ReferenceNames.asStored());
    }

    /** Shipped reference rows ({@code names}) read in the program's language; unit-added ones as stored. */
    public ReferenceListRepository(Database db, ReferenceNames names) {
        this.db = db;
        this.names = names;
    }

    private static Columns columns(ReferenceList list) {
        return switch (list) {
            case VISIT_PURPOSE -> new Columns(VISIT_PURPOSE, VISIT_PURPOSE.ID, VISIT_PURPOSE.NAME, VISIT_PURPOSE.SORT_ORDER, VISIT_PURPOSE.ACTIVE,
                    VISIT_PURPOSE.ROW_VERSION);
            case EVENT_TYPE -> new Columns(EVENT_TYPE, EVENT_TYPE.ID, EVENT_TYPE.NAME, EVENT_TYPE.SORT_ORDER, EVENT_TYPE.ACTIVE,
                    EVENT_TYPE.ROW_VERSION);
            case OFFENCE_KIND -> new Columns(OFFENCE_KIND, OFFENCE_KIND.ID, OFFENCE_KIND.NAME, OFFENCE_KIND.SORT_ORDER, OFFENCE_KIND.ACTIVE,
                    OFFENCE_KIND.ROW_VERSION);
        };
    }

    private static ReferenceNames.Shipped shipped(ReferenceList list) {
        return switch (list) {
            case VISIT_PURPOSE -> ReferenceNames.Shipped.VISIT_PURPOSE;
            case EVENT_TYPE -> ReferenceNames.Shipped.EVENT_TYPE;
            case OFFENCE_KIND -> ReferenceNames.Shipped.OFFENCE_KIND;
        };
    }

    /** The entries of {@code list} in their order; retired ones only when {@code withInactive}. */
    public List<ReferenceItem> items(ReferenceList list, boolean withInactive) {
        Columns c = columns(list);
        return db.read(dsl -> dsl.select(c.id(), c.name(), c.sortOrder(), c.active(), c.version()).from(c.table())
                .where(withInactive ? DSL.noCondition() : c.active().isTrue())
                .orderBy(c.sortOrder(), c.name())
                .fetch(r -> new ReferenceItem(r.value1(), names.shown(shipped(list), r.value2()), r.value3(), r.value4(), r.value5())));
    }

    /** The entry as stored now, inside the caller's transaction (after a versioned write found it changed). */
    public Optional<ReferenceItem> find(DSLContext dsl, ReferenceList list, int id) {
        Columns c = columns(list);
        return dsl.select(c.id(), c.name(), c.sortOrder(), c.active(), c.version()).from(c.table()).where(c.id().eq(id))
                .fetchOptional(r -> new ReferenceItem(r.value1(), names.shown(shipped(list), r.value2()), r.value3(), r.value4(), r.value5()));
    }

    /** Appends an entry at the end of the list; returns its id. */
    public int insert(DSLContext dsl, ReferenceList list, String name) {
        Columns c = columns(list);
        Integer next = dsl.select(coalesce(max(c.sortOrder()), inline(0)).plus(1)).from(c.table()).fetchOne(0, Integer.class);
        return dsl.insertInto(c.table()).set(c.name(), name).set(c.sortOrder(), next).set(c.active(), true)
                .returningResult(c.id()).fetchOne(c.id());
    }

    /** Renames an entry still at {@code version} and counts it up; returns the rows changed (0 when changed or gone). */
    public int rename(DSLContext dsl, ReferenceList list, int id, String name, int version) {
        Columns c = columns(list);
        return dsl.update(c.table()).set(c.name(), name).set(c.version(), c.version().plus(1))
                .where(c.id().eq(id)).and(c.version().eq(version)).execute();
    }

    /** Retires or brings back an entry still at {@code version} and counts it up; 0 rows when changed or gone. */
    public int setActive(DSLContext dsl, ReferenceList list, int id, boolean active, int version) {
        Columns c = columns(list);
        return dsl.update(c.table()).set(c.active(), active).set(c.version(), c.version().plus(1))
                .where(c.id().eq(id)).and(c.version().eq(version)).execute();
    }
}
