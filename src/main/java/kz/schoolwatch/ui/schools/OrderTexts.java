// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;

/** How an order's state reads: «до 20.12.2026, открыто», «просрочено на 3 дн.», «устранено 05.12.2026». */
public final class OrderTexts {

    private OrderTexts() {
    }

    public static String state(CorrectionOrder o, LocalDate today, Messages messages) {
        if (!o.open()) {
            return messages.get("order.state.closed", Formats.date(o.closedOn()));
        }
        return o.overdue(today) ? messages.get("order.state.overdue", o.daysOverdue(today)) : messages.get("order.state.open");
    }

    public static String summary(CorrectionOrder o, LocalDate today, Messages messages) {
        return Formats.date(o.deadline()) + " — " + state(o, today, messages);
    }
}
