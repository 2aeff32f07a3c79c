// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/** A leisure centre (центр досуга) with the clubs it runs, and its stored version. */
public record LeisureCentre(long id, String name, int districtId, String districtName, String address, List<String> clubs,
                            int version) {

    public LeisureCentre {
        clubs = List.copyOf(clubs);
    }

    /** What its form edits. */
    public LeisureCentreDraft toDraft() {
        return new LeisureCentreDraft(name, districtId, address, clubs, version);
    }
}
