// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.compliance;

import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_ITEM;
import static kz.schoolwatch.persistence.jooq.Tables.REQUIREMENT_SET;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementRule;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.persistence.jooq.tables.records.RequirementItemRecord;
import kz.schoolwatch.persistence.jooq.tables.records.RequirementSetRecord;
import org.jooq.DSLContext;

/** Reads requirement sets with their items, in the caller's transaction. */
public final class RequirementSets {

    private RequirementSets() {
    }

    /** The set in force on {@code day}: the one with the latest start on or before it. */
    public static Optional<RequirementSet> validOn(DSLContext dsl, LocalDate day) {
        return dsl.selectFrom(REQUIREMENT_SET).where(REQUIREMENT_SET.VALID_FROM.le(day))
                .orderBy(REQUIREMENT_SET.VALID_FROM.desc()).limit(1)
                .fetchOptional().map(s -> withItems(dsl, s));
    }

    /** Every set, the oldest first. */
    public static List<RequirementSet> all(DSLContext dsl) {
        return dsl.selectFrom(REQUIREMENT_SET).orderBy(REQUIREMENT_SET.VALID_FROM).fetch(s -> withItems(dsl, s));
    }

    static RequirementSet withItems(DSLContext dsl, RequirementSetRecord s) {
        List<RequirementItem> items = dsl.selectFrom(REQUIREMENT_ITEM).where(REQUIREMENT_ITEM.SET_ID.eq(s.getId()))
                .orderBy(REQUIREMENT_ITEM.POSITION).fetch(RequirementSets::item);
        return new RequirementSet(s.getId(), s.getName(), s.getLegalSource(), s.getValidFrom(), items, s.getRowVersion());
    }

    public static RequirementItem item(RequirementItemRecord r) {
        return new RequirementItem(r.getId(), r.getSetId(), r.getPosition(), r.getCode(), r.getTitle(), r.getLegalSource(),
                RequirementRule.valueOf(r.getRule()), r.getThreshold(), r.getPupilsOver(), r.getInRegionalCentre(),
                schoolTypes(r.getSchoolTypes()), r.getRowVersion());
    }

    /** The stored comma-separated list of school types; empty for every type. */
    public static Set<SchoolType> schoolTypes(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::trim).filter(t -> !t.isEmpty()).map(SchoolType::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The list as stored, in the enum's order; NULL for every type. */
    public static String storedSchoolTypes(Set<SchoolType> types) {
        return types.isEmpty() ? null : Arrays.stream(SchoolType.values()).filter(types::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }
}
