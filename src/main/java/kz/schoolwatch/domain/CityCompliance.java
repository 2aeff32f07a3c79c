// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance of many schools on one day (a district's or the city's), judged against the set in force that
 * day ({@code set} null when no set was in force yet), with the tables the reports and the dashboard show.
 */
public record CityCompliance(LocalDate asOf, RequirementSet set, List<SchoolCompliance> schools) {

    public CityCompliance {
        schools = List.copyOf(schools);
    }

    /** Schools by their overall status. */
    public long count(ComplianceStatus status) {
        return schools.stream().filter(s -> s.status() == status).count();
    }

    /** One district's line: its schools, how many meet every requirement, have a gap, or could not be judged. */
    public record DistrictLine(int districtId, int schools, int met, int notMet, int unknown) {
    }

    /** The districts in their ids' order. */
    public List<DistrictLine> byDistrict() {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (SchoolCompliance s : schools) {
            int[] c = counts.computeIfAbsent(s.districtId(), k -> new int[4]);
            c[0]++;
            c[1 + s.status().ordinal()]++;
        }
        List<DistrictLine> lines = new ArrayList<>();
        counts.forEach((d, c) -> lines.add(new DistrictLine(d, c[0], c[1], c[2], c[3])));
        return lines;
    }

    /** One requirement's line: the schools it applies to, and how many of them meet it, do not, or are unknown. */
    public record ItemLine(RequirementItem item, int applicable, int met, int notMet, int unknown) {
    }

    /** The set's items in their order, each with its counts over the schools. */
    public List<ItemLine> byItem() {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, RequirementItem> items = new LinkedHashMap<>();
        if (set != null) {
            set.items().forEach(i -> {
                counts.put(i.id(), new int[4]);
                items.put(i.id(), i);
            });
        }
        for (SchoolCompliance s : schools) {
            for (ItemCompliance i : s.items()) {
                int[] c = counts.computeIfAbsent(i.item().id(), k -> new int[4]);
                items.putIfAbsent(i.item().id(), i.item());
                c[0]++;
                c[1 + i.status().ordinal()]++;
            }
        }
        List<ItemLine> lines = new ArrayList<>();
        counts.forEach((id, c) -> lines.add(new ItemLine(items.get(id), c[0], c[1], c[2], c[3])));
        return lines;
    }

    /** The schools with at least one requirement not met, by number. */
    public List<SchoolCompliance> withGaps() {
        return schools.stream().filter(s -> s.status() == ComplianceStatus.NOT_MET).toList();
    }
}
