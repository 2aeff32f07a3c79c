// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The requirements in force from {@code validFrom} until the next set's day. A set judges the dates it was valid
 * for, so a law's change adds a set and keeps the old one for past dates.
 */
public record RequirementSet(Long id, String name, String legalSource, LocalDate validFrom,
                             List<RequirementItem> items, int version) {

    public RequirementSet {
        items = List.copyOf(items);
    }
}
