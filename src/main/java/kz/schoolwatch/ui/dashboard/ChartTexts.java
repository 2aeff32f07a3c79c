// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.DashboardCharts;

/**
 * What the dashboard's bars say when the mouse rests on them (and to a screen reader), and how months are named on
 * their axes: each text names what the bar is and its figure in words, «Алмалинский район: камер — 212 …», not a bare
 * «Алмалинский: 150».
 */
final class ChartTexts {

    private final Messages messages;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter shortMonthWithYear;
    private final LocalFormats fullMonth;

    ChartTexts(Messages messages) {
        this.messages = messages;
        this.shortMonth = DateTimeFormatter.ofPattern("LLL", messages.locale());
        this.shortMonthWithYear = DateTimeFormatter.ofPattern("LLL yy", messages.locale());
        this.fullMonth = LocalFormats.of(messages.language());
    }

    /**
     * A month on an axis of twelve: its short name, with the year on the first month and on January only, so that
     * twelve labels fit side by side without being turned on end.
     */
    String axisMonth(YearMonth month, boolean first) {
        return (first || month.getMonth() == Month.JANUARY ? shortMonthWithYear : shortMonth).format(month);
    }

    String cameras(DashboardCharts.District d) {
        return messages.get("dashboard.chart.cameras.tip", d.name(), d.outdoor() + d.indoor(), d.outdoor(), d.indoor());
    }

    String coverage(DashboardCharts.District d) {
        return messages.get("dashboard.chart.coverage.tip", d.name(), d.schools(), d.covered(), d.schools() - d.covered());
    }

    String eventType(DashboardCharts.TypeTotal t) {
        return messages.get("dashboard.chart.eventTypes.tip", t.type(), t.total());
    }

    String eventMonth(YearMonth month, int events) {
        return messages.get("dashboard.chart.eventMonths.tip", fullMonth.monthYear(month), events);
    }

    String visits(DashboardCharts.OfficerVisits o) {
        return messages.get("dashboard.chart.visits.tip", o.officer(), o.visits());
    }

    String offences(DashboardCharts.MonthOffences m) {
        return messages.get("dashboard.chart.offences.tip", fullMonth.monthYear(m.month()), m.inside() + m.grounds(), m.inside(), m.grounds());
    }

    String schoolsWithCameras(DashboardCharts.MonthOffences m) {
        return messages.get("dashboard.chart.schoolsWithCameras.tip", fullMonth.monthYear(m.month()), m.schoolsWithCameras());
    }
}
