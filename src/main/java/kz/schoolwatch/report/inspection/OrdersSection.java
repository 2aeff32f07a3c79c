// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.MonthlySummary.OrderFigures;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Column;
import kz.schoolwatch.report.SummaryDocument.ColumnKind;
import kz.schoolwatch.report.SummaryDocument.Day;
import kz.schoolwatch.report.SummaryDocument.Note;
import kz.schoolwatch.report.SummaryDocument.Section;
import kz.schoolwatch.report.SummaryDocument.Table;

/**
 * The monthly summary's section on correction orders (issue 22): how many were issued and closed in the month, how
 * many were open and overdue on its last day, and the overdue ones (school, requirement, deadline, days over, who
 * at the school answers for it), so the command sees whom to press.
 */
public final class OrdersSection {

    private final Messages messages;
    private final LocalFormats formats;
    private final ComplianceTexts texts;

    public OrdersSection(Messages messages) {
        this.messages = messages;
        this.formats = LocalFormats.of(messages.language());
        this.texts = new ComplianceTexts(messages);
    }

    /** The section, numbered {@code number} in the summary (the compliance section before it is not in every summary). */
    public Section section(OrderFigures orders, LocalDate asOf, int number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("orderCounts", null, List.of(
                new Column(messages.get("report.column.indicator"), 4f, ColumnKind.TEXT),
                new Column(messages.get("report.orders.column.count"), 1.4f, ColumnKind.NUMBER)), List.of(
                row(messages.get("report.orders.issued"), orders.issued()),
                row(messages.get("report.orders.closed"), orders.closed()),
                row(messages.get("report.orders.open", formats.date(asOf)), orders.open()),
                row(messages.get("report.orders.overdue", formats.date(asOf)), orders.overdue())), false));
        if (orders.overdueOrders().isEmpty()) {
            blocks.add(new Note(messages.get("report.orders.noneOverdue")));
        } else {
            List<List<Object>> rows = new ArrayList<>();
            for (CorrectionOrder o : orders.overdueOrders()) {
                rows.add(row(o.schoolNumber(), o.schoolName(), texts.title(o.item()), new Day(o.deadline(), formats.date(o.deadline())),
                        (int) ChronoUnit.DAYS.between(o.deadline(), asOf), o.responsible()));
            }
            blocks.add(new Table("ordersOverdue", messages.get("report.orders.overdueList"), List.of(
                    new Column(messages.get("compliance.report.column.number"), 0.6f, ColumnKind.NUMBER),
                    new Column(messages.get("order.col.school"), 2.7f, ColumnKind.TEXT),
                    new Column(messages.get("order.col.item"), 2.4f, ColumnKind.TEXT),
                    new Column(messages.get("order.col.deadline"), 1.35f, ColumnKind.TEXT),
                    new Column(messages.get("order.col.daysOverdue"), 1.0f, ColumnKind.NUMBER),
                    new Column(messages.get("order.col.responsible"), 1.6f, ColumnKind.TEXT)), rows, false));
        }
        return new Section("orders", messages.get("report.section.orders", number), blocks);
    }

    /** A row; unlike {@code List.of} it keeps nulls (empty cells). */
    private static List<Object> row(Object... cells) {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }
}
