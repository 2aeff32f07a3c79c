// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Sheet names Excel accepts, also for long Kazakh section titles that read the same once cut to 31 characters. */
class SheetNamesTest {

    @Test
    void twoTitlesThatReadTheSameWhenCutGetNumbered() {
        Set<String> taken = new HashSet<>();
        String first = MonthlySummaryXlsx.uniqueSheetName("Мектептердегі бейнебақылау камералары: аудандар бойынша", taken);
        String second = MonthlySummaryXlsx.uniqueSheetName("Мектептердегі бейнебақылау камералары: барлығы", taken);
        assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContain(":");
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
        assertThat(second).isNotEqualToIgnoringCase(first);
        assertThat(MonthlySummaryXlsx.uniqueSheetName("Оқу орындары", taken)).isEqualTo("Оқу орындары");
    }
}
