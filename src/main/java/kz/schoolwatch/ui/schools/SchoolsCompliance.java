// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.HashMap;
import java.util.Map;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.SchoolCompliance;

/**
 * The Schools list's compliance of today: each open school's overall status and its count of requirements not met,
 * judged once for the whole city ({@code ComplianceService.forCity}) and looked up by school in the cells and the
 * filter. Archived schools are not judged and have none.
 */
public final class SchoolsCompliance {

    /** Which schools to show by their compliance. */
    public enum Filter { ALL, MET, NOT_MET, UNKNOWN }

    /** One school's line: its overall status, and how many requirements it does not meet and could not be judged on. */
    public record Mark(ComplianceStatus status, int notMet, int unknown) implements Comparable<Mark> {

        static Mark of(SchoolCompliance c) {
            return new Mark(c.status(), (int) c.count(ComplianceStatus.NOT_MET), (int) c.count(ComplianceStatus.UNKNOWN));
        }

        /** Met first, then unknown, then not met by the number of gaps: sorting descending puts the worst on top. */
        @Override
        public int compareTo(Mark o) {
            int c = Integer.compare(rank(), o.rank());
            return c != 0 ? c : Integer.compare(notMet, o.notMet);
        }

        private int rank() {
            return switch (status) {
                case MET -> 0;
                case UNKNOWN -> 1;
                case NOT_MET -> 2;
            };
        }
    }

    static final SchoolsCompliance NONE = new SchoolsCompliance(Map.of());

    private final Map<Long, Mark> marks;

    private SchoolsCompliance(Map<Long, Mark> marks) {
        this.marks = marks;
    }

    static SchoolsCompliance of(CityCompliance city) {
        Map<Long, Mark> marks = new HashMap<>(city.schools().size() * 2);
        city.schools().forEach(s -> marks.put(s.schoolId(), Mark.of(s)));
        return new SchoolsCompliance(marks);
    }

    /** The school's mark, or null when it was not judged (archived, added since, or not read yet). */
    public Mark of(long schoolId) {
        return marks.get(schoolId);
    }

    /** Whether a school passes the filter; one without a mark passes only «all». */
    boolean matches(long schoolId, Filter filter) {
        if (filter == null || filter == Filter.ALL) {
            return true;
        }
        Mark m = marks.get(schoolId);
        return m != null && m.status().name().equals(filter.name());
    }
}
