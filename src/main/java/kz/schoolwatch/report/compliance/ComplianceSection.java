// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Note;
import kz.schoolwatch.report.SummaryDocument.Section;

/**
 * The monthly summary's section on the requirements (issue 21): on the month's last day, the district table and the
 * schools with gaps (number, name, unmet items), as the quarterly table prints them.
 */
public final class ComplianceSection {

    private final Messages messages;

    public ComplianceSection(Messages messages) {
        this.messages = messages;
    }

    public Section section(ComplianceFigures figures) {
        ComplianceTables tables = new ComplianceTables(messages);
        List<Block> blocks = new ArrayList<>();
        var c = figures.compliance();
        blocks.add(new Note(c.set() == null ? messages.get("compliance.report.noSet")
                : messages.get("compliance.report.set", c.set().name(), LocalFormats.of(messages.language()).date(c.set().validFrom()))));
        blocks.add(tables.districts("complianceByDistrict", figures));
        if (c.withGaps().isEmpty()) {
            blocks.add(new Note(messages.get("compliance.report.noGaps")));
        } else {
            blocks.add(tables.gaps("complianceGaps", figures, false));
        }
        return new Section("compliance", messages.get("report.section.compliance",
                LocalFormats.of(messages.language()).date(c.asOf())), blocks);
    }
}
