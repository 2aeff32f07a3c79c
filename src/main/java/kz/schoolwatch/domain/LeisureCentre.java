// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.util.List;

/** A leisure centre (центр досуга) with the clubs it runs. */
public record LeisureCentre(long id, String name, int districtId, String districtName, String address, List<String> clubs) {

    public LeisureCentre {
        clubs = List.copyOf(clubs);
    }
}
