// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.YearMonth;

/**
 * What the user clicked on a dashboard chart: the shell turns it into "open the matching list".
 *
 * @param target   which list the bar stands for
 * @param id       the district's or officer's id (0 when the bar is a month)
 * @param label    the bar's caption, e.g. the district's name
 * @param month    the month the bar counts
 */
public record ChartSelection(Target target, long id, String label, YearMonth month) {

    /** The lists a chart bar can lead to. */
    public enum Target {
        /** A district's schools and cameras (cameras chart, coverage chart). */
        DISTRICT_SCHOOLS,
        /** A district's schools without a working camera (coverage chart, the «not covered» part). */
        DISTRICT_SCHOOLS_WITHOUT_CAMERAS,
        /** An officer's visits this month. */
        OFFICER_VISITS,
        /** The events of a month. */
        MONTH_EVENTS,
        /** The offences of a month. */
        MONTH_OFFENCES
    }
}
