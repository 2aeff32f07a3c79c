// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

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
}
