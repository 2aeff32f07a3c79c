// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import java.util.Map;

import kz.schoolwatch.domain.CityCompliance;

/**
 * The compliance of a scope's schools on one day with the names of their districts, as the quarterly table and the
 * monthly summary's section print it. School data only: no pupil is ever named.
 *
 * @param compliance    the judged schools
 * @param districtNames each district's name in the language of the document, by id
 */
public record ComplianceFigures(CityCompliance compliance, Map<Integer, String> districtNames) {

    public ComplianceFigures {
        districtNames = Map.copyOf(districtNames);
    }

    /** The district's name, or its id when it has none (a district removed from the list). */
    public String district(int id) {
        return districtNames.getOrDefault(id, String.valueOf(id));
    }
}
