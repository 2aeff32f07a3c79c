// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/** What is typed for a leisure centre; clubs one per entry. */
public record LeisureCentreDraft(String name, Integer districtId, String address, List<String> clubs) {

    public LeisureCentreDraft {
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
    }
}
