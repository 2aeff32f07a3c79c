// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Dates, months and numbers in Kazakh, Russian and English, written and read back. */
class LocalFormatsTest {

    private static final LocalFormats KK = LocalFormats.of(Language.KAZAKH);
    private static final LocalFormats RU = LocalFormats.of(Language.RUSSIAN);
    private static final LocalFormats EN = LocalFormats.of(Language.ENGLISH);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void monthsStandAloneInTheNominative() {
        assertThat(KK.monthYear(NOVEMBER)).isEqualTo("қараша 2026");
        assertThat(RU.monthYear(NOVEMBER)).isEqualTo("ноябрь 2026");
        assertThat(EN.monthYear(NOVEMBER)).isEqualTo("November 2026");
        assertThat(KK.monthName(Month.JANUARY)).isEqualTo("қаңтар");
        assertThat(KK.monthName(Month.APRIL)).isEqualTo("сәуір");
        assertThat(KK.monthName(Month.SEPTEMBER)).isEqualTo("қыркүйек");
        assertThat(KK.monthName(Month.DECEMBER)).isEqualTo("желтоқсан");
        assertThat(RU.monthName(Month.MAY)).isEqualTo("май");
        assertThat(EN.monthName(Month.MAY)).isEqualTo("May");
    }

    @Test
    void everyLanguageWritesTheYearInFourDigits() {
        LocalDate day = LocalDate.of(2026, 11, 5);
        for (LocalFormats f : new LocalFormats[] {KK, RU, EN}) {
            assertThat(f.date(day)).as("%s", f.language()).isEqualTo("05.11.2026");
            assertThat(f.dateTime(LocalDateTime.of(2026, 11, 5, 9, 7))).isEqualTo("05.11.2026 09:07");
        }
        assertThat(KK.date(null)).isEmpty();
    }

    @Test
    void thousandsAreGroupedAsEachLanguageGroupsThem() {
        assertThat(KK.count(1_234_567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(RU.count(1602)).isEqualTo("1\u00a0602");
        assertThat(EN.count(1602)).isEqualTo("1,602");
        assertThat(EN.count(-1602)).isEqualTo("-1,602");
        assertThat(RU.count(999)).isEqualTo("999");
        assertThat(RU.count(0)).isEqualTo("0");
        assertThat(RU.count(100_000)).isEqualTo("100\u00a0000");
        assertThat(KK.decimal(1234.56, 1)).isEqualTo("1\u00a0234,6");
        assertThat(EN.decimal(1234.56, 1)).isEqualTo("1,234.6");
        assertThat(RU.decimal(-0.25, 2)).isEqualTo("-0,25");
    }

    @Test
    void numbersTypedInAnyOfTheThreeLanguagesAreRead() {
        for (LocalFormats f : new LocalFormats[] {KK, RU, EN}) {
            String as = f.language().code();
            assertThat(f.parseNumber("1\u00a0234")).as(as).contains(new BigDecimal("1234"));
            assertThat(f.parseNumber("1\u202f234")).as(as).contains(new BigDecimal("1234"));
            assertThat(f.parseNumber(" 1 234 567 ")).as(as).contains(new BigDecimal("1234567"));
            assertThat(f.parseNumber("1\u00a0234,5")).as(as).contains(new BigDecimal("1234.5"));
            assertThat(f.parseNumber("1 234.5")).as(as).contains(new BigDecimal("1234.5"));
            assertThat(f.parseNumber("2,5")).as(as).contains(new BigDecimal("2.5"));
            assertThat(f.parseNumber("2.5")).as(as).contains(new BigDecimal("2.5"));
            assertThat(f.parseNumber("1,234.5")).as(as).contains(new BigDecimal("1234.5"));
            assertThat(f.parseNumber("1.234,5")).as(as).contains(new BigDecimal("1234.5"));
            assertThat(f.parseNumber("1.234.567")).as(as).contains(new BigDecimal("1234567"));
            assertThat(f.parseNumber("-42")).as(as).contains(new BigDecimal("-42"));
            assertThat(f.parseNumber("−42")).as(as).contains(new BigDecimal("-42"));
            assertThat(f.parseNumber("")).as(as).isEmpty();
            assertThat(f.parseNumber("  ")).as(as).isEmpty();
            assertThat(f.parseNumber(null)).as(as).isEmpty();
            assertThat(f.parseNumber("12a")).as(as).isEmpty();
            assertThat(f.parseNumber("1,2,3")).as(as).isEmpty();
            assertThat(f.parseNumber("1,5.5,5")).as(as).isEmpty();
            assertThat(f.parseNumber("5,")).as(as).isEmpty();
            assertThat(f.parseWhole("1\u00a0234")).as(as).contains(1234);
            assertThat(f.parseWhole("1200")).as(as).contains(1200);
            assertThat(f.parseWhole("1,5")).as(as).isEmpty();
        }
        // «1,234»: a thousand and more in English, a little over one in Kazakh and Russian.
        assertThat(EN.parseNumber("1,234")).contains(new BigDecimal("1234"));
        assertThat(RU.parseNumber("1,234")).contains(new BigDecimal("1.234"));
        assertThat(KK.parseNumber("1,234")).contains(new BigDecimal("1.234"));
    }

    @Test
    void whatIsWrittenIsReadBack() {
        for (LocalFormats f : new LocalFormats[] {KK, RU, EN}) {
            assertThat(f.parseWhole(f.count(1_234_567))).as("%s", f.language()).contains(1_234_567);
            assertThat(f.parseNumber(f.decimal(98765.4, 1))).as("%s", f.language()).contains(new BigDecimal("98765.4"));
        }
    }
}
