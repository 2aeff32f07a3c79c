// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.compliance;

import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.CityCompliance;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;
import kz.schoolwatch.report.SummaryDocument;
import kz.schoolwatch.report.SummaryDocument.Block;
import kz.schoolwatch.report.SummaryDocument.Note;
import kz.schoolwatch.report.SummaryDocument.Section;

/**
 * Lays the quarterly compliance table out as a {@link SummaryDocument}, so the monthly summary's PDF and Excel
 * writers and its preview print it: the set and its sources, the districts, the requirements, the schools with gaps.
 */
public final class ComplianceDocumentBuilder {

    private final Messages messages;

    public ComplianceDocumentBuilder(Messages messages) {
        this.messages = messages;
    }

    /** The document for {@code report}, in the language spoken now. */
    public SummaryDocument build(ComplianceReport report) {
        LocalFormats formats = LocalFormats.of(messages.language());
        ComplianceTables tables = new ComplianceTables(messages);
        CityCompliance c = report.figures().compliance();
        List<Section> sections = new ArrayList<>();
        sections.add(set(c.set()));
        sections.add(new Section("complianceDistricts", messages.get("compliance.report.section.districts"),
                List.of(tables.districts("complianceByDistrict", report.figures()))));
        if (c.set() != null) {
            sections.add(new Section("complianceItems", messages.get("compliance.report.section.items"),
                    List.of(tables.items("complianceByItem", c))));
        }
        List<Block> gaps = new ArrayList<>();
        if (c.withGaps().isEmpty()) {
            gaps.add(new Note(messages.get("compliance.report.noGaps")));
        } else {
            gaps.add(tables.gaps("complianceGaps", report.figures(), true));
        }
        sections.add(new Section("complianceGaps", messages.get("compliance.report.section.gaps"), gaps));
        String scopeLine = switch (report.scope().kind()) {
            case DISTRICT -> messages.get("report.scope.district", report.scope().title());
            default -> messages.get("report.scope.city", report.scope().title());
        };
        return new SummaryDocument(
                messages.get("report.organisation"),
                messages.get("compliance.report.title"),
                messages.get("compliance.report.period", formats.date(c.asOf())),
                scopeLine,
                messages.get("compliance.report.asOf", formats.date(c.asOf())),
                sections,
                ReferenceNames.in(messages).rank(report.signature().rank()),
                report.signature().name(),
                messages.get("report.prepared", formats.dateTime(report.preparedAt()), report.preparedBy()),
                messages.get("report.signature.date"));
    }

    private Section set(RequirementSet set) {
        List<Block> blocks = set == null
                ? List.of(new Note(messages.get("compliance.report.noSet")))
                : List.of(new Note(messages.get("compliance.report.set", set.name(),
                                LocalFormats.of(messages.language()).date(set.validFrom()))),
                        new Note(messages.get("compliance.report.sources", set.legalSource())));
        return new Section("complianceSet", messages.get("compliance.report.section.set"), blocks);
    }
}
