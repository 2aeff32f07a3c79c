// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/**
 * What is typed for a leisure centre; clubs one per entry. {@code version} is the stored centre's version when
 * its form opened (0 for a new one): a save over a newer one is refused (issue 18).
 */
public record LeisureCentreDraft(String name, Integer districtId, String address, List<String> clubs, int version) {

    public LeisureCentreDraft {
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
    }

    /** A new centre's draft. */
    public LeisureCentreDraft(String name, Integer districtId, String address, List<String> clubs) {
        this(name, districtId, address, clubs, 0);
    }
}
