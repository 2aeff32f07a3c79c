// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.DashboardCharts;
import org.junit.jupiter.api.Test;

/** What the dashboard's bars say, and the events per type and per month the charts are drawn from. */
class ChartTextsTest {

    private final ChartTexts texts = new ChartTexts(Messages.russian());

    @Test
    void aBarNamesWhatItIsAndItsFigureInWords() {
        DashboardCharts.District almaly = new DashboardCharts.District(2, "Алмалинский", 80, 1132, 30, 28);
        assertThat(texts.cameras(almaly)).isEqualTo("Алмалинский район: камер — 1\u00a0212 (наружных — 80, внутренних — 1\u00a0132)");
        assertThat(texts.coverage(almaly)).isEqualTo("Алмалинский район: школ — 30, с видеонаблюдением — 28, без видеонаблюдения — 2");
        assertThat(texts.visits(new DashboardCharts.OfficerVisits(7, "Бекетов А. С.", 4)))
                .isEqualTo("Бекетов А. С.: посещений школ в этом месяце — 4");
        assertThat(texts.eventType(new DashboardCharts.TypeTotal("«Родительский час»", 131)))
                .isEqualTo("«Родительский час»: мероприятий за 12 месяцев — 131");
        assertThat(texts.eventMonth(YearMonth.of(2026, 11), 107)).isEqualTo("ноябрь 2026: мероприятий — 107");
        DashboardCharts.MonthOffences november = new DashboardCharts.MonthOffences(YearMonth.of(2026, 11), 5, 3, 190);
        assertThat(texts.offences(november)).isEqualTo("ноябрь 2026: правонарушений в школах — 8 (в здании — 5, на территории — 3)");
        assertThat(texts.schoolsWithCameras(november)).isEqualTo("ноябрь 2026: школ с видеонаблюдением на конец месяца — 190");
    }

    @Test
    void monthsOnAnAxisAreShortWithTheYearOnTheFirstAndOnJanuary() {
        assertThat(texts.axisMonth(YearMonth.of(2025, 12), true)).isEqualTo("дек. 25");
        assertThat(texts.axisMonth(YearMonth.of(2026, 1), false)).isEqualTo("янв. 26");
        assertThat(texts.axisMonth(YearMonth.of(2026, 3), false)).isEqualTo("март");
    }

    @Test
    void eventTypesAreTotalledOverTheYearMostFirstAndMonthsSumEveryType() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        DashboardCharts charts = new DashboardCharts(List.of(), months, List.of(
                new DashboardCharts.EventTypeSeries("Б", List.of(1, 2)),
                new DashboardCharts.EventTypeSeries("А", List.of(3, 0)),
                new DashboardCharts.EventTypeSeries("В", List.of(4, 5))), List.of(), List.of());
        assertThat(charts.eventTotals()).containsExactly(new DashboardCharts.TypeTotal("В", 9),
                new DashboardCharts.TypeTotal("А", 3), new DashboardCharts.TypeTotal("Б", 3));
        assertThat(charts.eventsPerMonth()).containsExactly(8, 7);
    }
}
