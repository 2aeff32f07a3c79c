// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static kz.schoolwatch.persistence.jooq.Tables.APP_SETTING;
import static kz.schoolwatch.persistence.jooq.Tables.DISTRICT;
import static kz.schoolwatch.persistence.jooq.Tables.EVENT_TYPE;
import static kz.schoolwatch.persistence.jooq.Tables.OFFENCE_KIND;
import static kz.schoolwatch.persistence.jooq.Tables.PARTNER;
import static kz.schoolwatch.persistence.jooq.Tables.POLICE_RANK;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_SET;
import static kz.schoolwatch.persistence.jooq.Tables.VISIT_PURPOSE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.schoolwatch.persistence.jooq.Public;
import org.jooq.ForeignKey;
import org.jooq.Table;

/** SchoolWatch's tables as the generated schema knows them, in an order in which every row's references exist. */
final class TableOrder {

    /**
     * The tables the migrations fill with the lists every installation starts with (V2's districts, ranks,
     * purposes, event types, partners, offence kinds; the settings of V2 and V3). A new server database holds
     * these rows and nothing else; a move replaces them with the PC's own lists, ids included, because the PC's
     * records point at those ids. A test keeps this set equal to what the migrations fill.
     */
    static final Set<Table<?>> FILLED_BY_MIGRATIONS = Set.of(DISTRICT, POLICE_RANK, VISIT_PURPOSE, EVENT_TYPE, PARTNER,
            OFFENCE_KIND, APP_SETTING, REQUIREMENT_SET, REQUIREMENT_ITEM);

    private TableOrder() {
    }

    /** Every table of the generated schema, each after the tables its foreign keys point at. */
    static List<Table<?>> referencedFirst() {
        List<Table<?>> pending = new ArrayList<>(Public.PUBLIC.getTables());
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Table<?> next = pending.stream().filter(t -> placed.containsAll(referencedBy(t))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + pending));
            placed.add(next);
            pending.remove(next);
        }
        return List.copyOf(placed);
    }

    private static List<Table<?>> referencedBy(Table<?> table) {
        List<Table<?>> referenced = new ArrayList<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            Table<?> other = fk.getKey().getTable();
            if (!other.equals(table)) {
                referenced.add(other);
            }
        }
        return referenced;
    }
}
