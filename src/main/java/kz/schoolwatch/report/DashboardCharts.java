// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures behind the dashboard's charts, read in one go off the FX thread.
 *
 * @param districts         cameras and covered schools per district, today
 * @param months            the last twelve months, oldest first (the current one last)
 * @param eventsByType      outreach events per type and month, values in the order of {@code months}
 * @param officerVisits     visits per officer this month, most first (at most {@link #TOP_OFFICERS})
 * @param offencesByMonth   offences per month beside the schools with a working camera at each month's end
 */
public record DashboardCharts(List<District> districts, List<YearMonth> months, List<EventTypeSeries> eventsByType,
                              List<OfficerVisits> officerVisits, List<MonthOffences> offencesByMonth) {

    /** Officers shown in the visits chart; more would not read at all. */
    public static final int TOP_OFFICERS = 20;

    /** One district's bar: its id lets a click open its list. */
    public record District(int id, String name, int outdoor, int indoor, int schools, int covered) {
    }

    /**
     * Each event type's total over the twelve months, most first (equal totals by name): eight types stacked per
     * month in eight colours could not be read, a sorted bar per type can.
     */
    public List<TypeTotal> eventTotals() {
        List<TypeTotal> totals = new ArrayList<>();
        for (EventTypeSeries s : eventsByType) {
            totals.add(new TypeTotal(s.type(), s.perMonth().stream().mapToInt(Integer::intValue).sum()));
        }
        totals.sort(Comparator.comparingInt(TypeTotal::total).reversed().thenComparing(TypeTotal::type));
        return totals;
    }

    /** All events of each month, every type together, in the order of {@link #months()}. */
    public List<Integer> eventsPerMonth() {
        List<Integer> perMonth = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            int sum = 0;
            for (EventTypeSeries s : eventsByType) {
                sum += s.perMonth().get(m);
            }
            perMonth.add(sum);
        }
        return perMonth;
    }

    /** An event type's events over the twelve months. */
    public record TypeTotal(String type, int total) {
    }

    /** One event type's count per month. */
    public record EventTypeSeries(String type, List<Integer> perMonth) {
    }

    /** One officer's visits this month. */
    public record OfficerVisits(long officerId, String officer, int visits) {
    }

    /** A month's offences at schools, inside and on the grounds, and the schools with a working camera then. */
    public record MonthOffences(YearMonth month, int inside, int grounds, int schoolsWithCameras) {
    }
}
