// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** One way of writing counts on every screen. */
class FormatsTest {

    private final Messages messages = Messages.russian();

    @Test
    void countsAreWrittenLikeTheDashboardsFigures() {
        // The dashboard writes its figures through common.count; lists through Formats.count: the same text.
        for (long n : new long[] {0, 7, 99, 999, 1000, 1602, 12345, 1_234_567, -1602}) {
            assertThat(Formats.count(n)).as("%d", n).isEqualTo(messages.get("common.count", n));
        }
        assertThat(Formats.count(1602)).isEqualTo("1\u00a0602");
        assertThat(Formats.count(35)).isEqualTo("35");
    }

    @Test
    void aMissingCountIsEmpty() {
        assertThat(Formats.count((Integer) null)).isEmpty();
        assertThat(Formats.count(Integer.valueOf(1602))).isEqualTo("1\u00a0602");
    }

    @Test
    void countsAndMonthsFollowTheLanguageTheProgramSpeaks() {
        Messages program = Messages.russian();
        Formats.follow(program);
        try {
            assertThat(Formats.monthYear(YearMonth.of(2026, 11))).isEqualTo("ноябрь 2026");
            program.switchTo(Language.ENGLISH);
            assertThat(Formats.count(1602)).isEqualTo("1,602");
            assertThat(Formats.monthYear(YearMonth.of(2026, 11))).isEqualTo("November 2026");
            program.switchTo(Language.KAZAKH);
            assertThat(Formats.count(1602)).isEqualTo("1\u00a0602");
            assertThat(Formats.monthYear(YearMonth.of(2026, 11))).isEqualTo("қараша 2026");
            assertThat(Formats.date(LocalDate.of(2026, 11, 5))).isEqualTo("05.11.2026");
            // An instance no longer followed does not move the screens' formats.
            Messages other = Messages.of(Language.ENGLISH);
            Formats.follow(other);
            program.switchTo(Language.RUSSIAN);
            assertThat(Formats.count(1602)).isEqualTo("1,602");
        } finally {
            Formats.follow(Messages.russian());
        }
        assertThat(Formats.count(1602)).isEqualTo("1\u00a0602");
    }

    @Test
    void countFieldsReadAThousandGroupedWithANoBreakSpace() {
        assertThat(Formats.parseCount("1\u00a0234")).isEqualTo(1234);
        assertThat(Formats.parseCount("1\u202f234")).isEqualTo(1234);
        assertThat(Formats.parseCount("1 234")).isEqualTo(1234);
        assertThat(Inputs.parseInteger("12\u00a0345")).isEqualTo(12345);
    }
}
