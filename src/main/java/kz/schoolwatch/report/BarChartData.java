// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.util.List;

/**
 * A bar chart's data: one bar per category, split into series (stacked) or one series.
 *
 * @param title      drawn above the bars
 * @param categories bar labels, e.g. district names
 * @param series     values per category, in the order of {@code categories}
 * @param stacked    series drawn on top of each other rather than side by side
 */
public record BarChartData(String title, List<String> categories, List<Series> series, boolean stacked) {

    /** One coloured part of the bars, with its legend text. */
    public record Series(String name, List<Integer> values) {
    }

    /** The longest bar: the sum of the series when stacked. */
    public int maxValue() {
        int max = 0;
        for (int i = 0; i < categories.size(); i++) {
            int sum = 0;
            for (Series s : series) {
                int v = s.values().get(i);
                sum = stacked ? sum + v : Math.max(sum, v);
            }
            max = Math.max(max, sum);
        }
        return max;
    }
}
