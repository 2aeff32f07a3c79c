// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.Set;

/**
 * One requirement of a set: what is required and where the law says so, which schools it applies to, and the rule
 * that judges it. {@code code} names a shipped item (its text then follows the user's language while unchanged);
 * {@code schoolTypes} empty means every type; {@code pupilsOver} null means any number of pupils.
 */
public record RequirementItem(Long id, long setId, int position, String code, String title, String legalSource,
                              RequirementRule rule, Integer threshold, Integer pupilsOver, boolean inRegionalCentre,
                              Set<SchoolType> schoolTypes, int version) {

    public RequirementItem {
        schoolTypes = Set.copyOf(schoolTypes);
    }

    /**
     * Whether the item applies to a school of this type and number of pupils: the tiers add up, so an item for
     * "over 700 pupils, and every school of a regional centre" applies to a small school of Almaty too.
     */
    public boolean appliesTo(SchoolType type, int pupils, boolean regionalCentre) {
        if (!schoolTypes.isEmpty() && !schoolTypes.contains(type)) {
            return false;
        }
        return pupilsOver == null || pupils > pupilsOver || (inRegionalCentre && regionalCentre);
    }
}
