// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence;

import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_SET;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.jooq.tables.records.RequirementItemRecord;
import kz.schoolwatch.persistence.jooq.tables.records.RequirementSetRecord;
import kz.schoolwatch.persistence.store.Database;
import org.jooq.DSLContext;

/**
 * The requirement sets and their items (issue 21). A set judges the dates from its {@code valid_from} until the
 * next set's; writes check the row version the administrator saw.
 */
public final class RequirementRepository {

    private final Database db;

    public RequirementRepository(Database db) {
        this.db = db;
    }

    /** Every set with its items, oldest first. */
    public List<RequirementSet> all() {
        return db.read(RequirementRepository::all);
    }

    /** Every set with its items, oldest first, inside the caller's transaction. */
    public static List<RequirementSet> all(DSLContext dsl) {
        Map<Long, List<RequirementItem>> items = dsl.selectFrom(REQUIREMENT_ITEM)
                .orderBy(REQUIREMENT_ITEM.SET_ID, REQUIREMENT_ITEM.POSITION)
                .fetch().stream().map(RequirementRepository::item)
                .collect(Collectors.groupingBy(RequirementItem::setId, LinkedHashMap::new, Collectors.toList()));
        return dsl.selectFrom(REQUIREMENT_SET).orderBy(REQUIREMENT_SET.VALID_FROM).fetch(r -> set(r, items.getOrDefault(r.getId(), List.of())));
    }

    /** The set in force on {@code date}: the one with the latest day on or before it; empty before the first set. */
    public Optional<RequirementSet> validOn(LocalDate date) {
        return db.read(dsl -> validOn(dsl, date));
    }

    public static Optional<RequirementSet> validOn(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(REQUIREMENT_SET).where(REQUIREMENT_SET.VALID_FROM.le(date))
                .orderBy(REQUIREMENT_SET.VALID_FROM.desc()).limit(1)
                .fetchOptional(r -> set(r, items(dsl, r.getId())));
    }

    /** The set as stored now, with its items. */
    public static Optional<RequirementSet> findSet(DSLContext dsl, long setId) {
        return dsl.selectFrom(REQUIREMENT_SET).where(REQUIREMENT_SET.ID.eq(setId)).fetchOptional(r -> set(r, items(dsl, setId)));
    }

    public static Optional<RequirementItem> findItem(DSLContext dsl, long itemId) {
        return dsl.selectFrom(REQUIREMENT_ITEM).where(REQUIREMENT_ITEM.ID.eq(itemId)).fetchOptional(RequirementRepository::item);
    }

    /** The set's items in their order. */
    public static List<RequirementItem> items(DSLContext dsl, long setId) {
        return dsl.selectFrom(REQUIREMENT_ITEM).where(REQUIREMENT_ITEM.SET_ID.eq(setId))
                .orderBy(REQUIREMENT_ITEM.POSITION).fetch(RequirementRepository::item);
    }

    /** Adds a set (without items); returns its id. */
    public static long insertSet(DSLContext dsl, String name, String legalSource, LocalDate validFrom) {
        return dsl.insertInto(REQUIREMENT_SET).set(REQUIREMENT_SET.NAME, name).set(REQUIREMENT_SET.LEGAL_SOURCE, legalSource)
                .set(REQUIREMENT_SET.VALID_FROM, validFrom).returningResult(REQUIREMENT_SET.ID).fetchOne(REQUIREMENT_SET.ID);
    }

    /** Changes a set's name, source and day while it is at {@code version}; 0 rows when changed or gone. */
    public static int updateSet(DSLContext dsl, long id, String name, String legalSource, LocalDate validFrom, int version) {
        return dsl.update(REQUIREMENT_SET).set(REQUIREMENT_SET.NAME, name).set(REQUIREMENT_SET.LEGAL_SOURCE, legalSource)
                .set(REQUIREMENT_SET.VALID_FROM, validFrom).set(REQUIREMENT_SET.ROW_VERSION, REQUIREMENT_SET.ROW_VERSION.plus(1))
                .where(REQUIREMENT_SET.ID.eq(id)).and(REQUIREMENT_SET.ROW_VERSION.eq(version)).execute();
    }

    /** Deletes a set at {@code version} with its items; 0 rows when changed or gone. */
    public static int deleteSet(DSLContext dsl, long id, int version) {
        return dsl.deleteFrom(REQUIREMENT_SET).where(REQUIREMENT_SET.ID.eq(id)).and(REQUIREMENT_SET.ROW_VERSION.eq(version)).execute();
    }

    /** Appends an item at the end of its set ({@code item.position()} is ignored); returns its id. */
    public static long insertItem(DSLContext dsl, RequirementItem item) {
        Integer last = dsl.select(org.jooq.impl.DSL.max(REQUIREMENT_ITEM.POSITION)).from(REQUIREMENT_ITEM)
                .where(REQUIREMENT_ITEM.SET_ID.eq(item.setId())).fetchOne(0, Integer.class);
        return insertItemAt(dsl, item, last == null ? 1 : last + 1);
    }

    /** Adds an item at {@code position}, its code kept (a new edition's copy); returns its id. */
    public static long insertItemAt(DSLContext dsl, RequirementItem item, int position) {
        return dsl.insertInto(REQUIREMENT_ITEM).set(REQUIREMENT_ITEM.SET_ID, item.setId()).set(REQUIREMENT_ITEM.POSITION, position)
                .set(REQUIREMENT_ITEM.CODE, item.code()).set(REQUIREMENT_ITEM.TITLE, item.title())
                .set(REQUIREMENT_ITEM.LEGAL_SOURCE, item.legalSource()).set(REQUIREMENT_ITEM.RULE, item.rule().name())
                .set(REQUIREMENT_ITEM.THRESHOLD, item.threshold()).set(REQUIREMENT_ITEM.PUPILS_OVER, item.pupilsOver())
                .set(REQUIREMENT_ITEM.IN_REGIONAL_CENTRE, item.inRegionalCentre())
                .set(REQUIREMENT_ITEM.SCHOOL_TYPES, types(item.schoolTypes()))
                .returningResult(REQUIREMENT_ITEM.ID).fetchOne(REQUIREMENT_ITEM.ID);
    }

    /** Changes an item's contents (not its set, position or code) at {@code item.version()}; 0 rows when changed or gone. */
    public static int updateItem(DSLContext dsl, RequirementItem item) {
        return dsl.update(REQUIREMENT_ITEM).set(REQUIREMENT_ITEM.TITLE, item.title())
                .set(REQUIREMENT_ITEM.LEGAL_SOURCE, item.legalSource()).set(REQUIREMENT_ITEM.RULE, item.rule().name())
                .set(REQUIREMENT_ITEM.THRESHOLD, item.threshold()).set(REQUIREMENT_ITEM.PUPILS_OVER, item.pupilsOver())
                .set(REQUIREMENT_ITEM.IN_REGIONAL_CENTRE, item.inRegionalCentre())
                .set(REQUIREMENT_ITEM.SCHOOL_TYPES, types(item.schoolTypes()))
                .set(REQUIREMENT_ITEM.ROW_VERSION, REQUIREMENT_ITEM.ROW_VERSION.plus(1))
                .where(REQUIREMENT_ITEM.ID.eq(item.id())).and(REQUIREMENT_ITEM.ROW_VERSION.eq(item.version())).execute();
    }

    /** Deletes an item at {@code version}; the items after it keep their positions (gaps are harmless). */
    public static int deleteItem(DSLContext dsl, long id, int version) {
        return dsl.deleteFrom(REQUIREMENT_ITEM).where(REQUIREMENT_ITEM.ID.eq(id)).and(REQUIREMENT_ITEM.ROW_VERSION.eq(version)).execute();
    }

    /**
     * Swaps the positions of two items of a set, both at the versions shown; returns false (nothing changed) when
     * either was changed meanwhile. The unique (set, position) is kept by passing through a free position.
     */
    public static boolean swap(DSLContext dsl, RequirementItem a, RequirementItem b) {
        Integer free = dsl.select(org.jooq.impl.DSL.max(REQUIREMENT_ITEM.POSITION)).from(REQUIREMENT_ITEM)
                .where(REQUIREMENT_ITEM.SET_ID.eq(a.setId())).fetchOne(0, Integer.class);
        if (moveTo(dsl, a.id(), a.version(), free + 1) == 0) {
            return false;
        }
        if (moveTo(dsl, b.id(), b.version(), a.position()) == 0) {
            return false;
        }
        return moveTo(dsl, a.id(), a.version() + 1, b.position()) > 0;
    }

    private static int moveTo(DSLContext dsl, long id, int version, int position) {
        return dsl.update(REQUIREMENT_ITEM).set(REQUIREMENT_ITEM.POSITION, position)
                .set(REQUIREMENT_ITEM.ROW_VERSION, REQUIREMENT_ITEM.ROW_VERSION.plus(1))
                .where(REQUIREMENT_ITEM.ID.eq(id)).and(REQUIREMENT_ITEM.ROW_VERSION.eq(version)).execute();
    }

    private static RequirementSet set(RequirementSetRecord r, List<RequirementItem> items) {
        return new RequirementSet(r.getId(), r.getName(), r.getLegalSource(), r.getValidFrom(), items, r.getRowVersion());
    }

    private static RequirementItem item(RequirementItemRecord r) {
        return new RequirementItem(r.getId(), r.getSetId(), r.getPosition(), r.getCode(), r.getTitle(), r.getLegalSource(),
                RequirementRule.valueOf(r.getRule()), r.getThreshold(), r.getPupilsOver(), r.getInRegionalCentre(),
                types(r.getSchoolTypes()), r.getRowVersion());
    }

    /** NULL or blank means every type; names the program does not know are skipped. */
    static Set<SchoolType> types(String stored) {
        Set<SchoolType> types = EnumSet.noneOf(SchoolType.class);
        if (stored == null) {
            return types;
        }
        Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(name -> Arrays.stream(SchoolType.values()).filter(t -> t.name().equals(name)).forEach(types::add));
        return types;
    }

    static String types(Set<SchoolType> types) {
        if (types.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
