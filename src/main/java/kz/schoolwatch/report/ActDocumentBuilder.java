// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.util.ArrayList;
import java.util.List;

import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.i18n.ReferenceNames;

/** Lays an {@link InspectionAct} out as an {@link ActDocument} in the user's language. */
public final class ActDocumentBuilder {

    private final Messages messages;

    public ActDocumentBuilder(Messages messages) {
        this.messages = messages;
    }

    public ActDocument build(InspectionAct act) {
        LocalFormats formats = LocalFormats.of(messages.language());
        ComplianceTexts texts = new ComplianceTexts(messages);
        ReferenceNames names = ReferenceNames.in(messages);
        String rank = names.rank(act.officerRank());
        List<String> heading = new ArrayList<>();
        heading.add(messages.get("act.district", names.district(act.districtName())));
        heading.add(messages.get("act.school", act.schoolNumber(), act.schoolName()));
        if (act.schoolAddress() != null) {
            heading.add(messages.get("act.address", act.schoolAddress()));
        }
        heading.add(messages.get("act.date", formats.date(act.checkedOn())));
        heading.add(messages.get("act.officer", rank, act.officerName()));
        List<ActDocument.Finding> findings = new ArrayList<>();
        int n = 1;
        for (InspectionFinding f : act.findings()) {
            boolean failed = f.result() == FindingResult.NOT_MET;
            String breaks = failed ? messages.get("act.breaks", texts.title(f.item()), f.item().legalSource()) : null;
            findings.add(new ActDocument.Finding(Integer.toString(n++), texts.title(f.item()),
                    messages.of("finding.result", f.result()), failed, f.note() == null ? "" : f.note(), breaks,
                    act.thumbnails().getOrDefault(f.id(), List.of())));
        }
        List<List<String>> orders = new ArrayList<>();
        for (CorrectionOrder o : act.orders()) {
            orders.add(List.of(texts.title(o.item()), o.description(), formats.date(o.deadline()), o.responsible()));
        }
        return new ActDocument(messages.get("report.organisation"), messages.get("act.title", act.number()), heading,
                List.of(new ActDocument.Column(messages.get("act.col.no"), 0.5f),
                        new ActDocument.Column(messages.get("act.col.requirement"), 4f),
                        new ActDocument.Column(messages.get("act.col.result"), 2f),
                        new ActDocument.Column(messages.get("act.col.note"), 3.5f)),
                findings, messages.get("act.orders"),
                List.of(new ActDocument.Column(messages.get("act.col.requirement"), 2.5f),
                        new ActDocument.Column(messages.get("act.col.order"), 4f),
                        new ActDocument.Column(messages.get("act.col.deadline"), 1.4f),
                        new ActDocument.Column(messages.get("act.col.responsible"), 2.1f)),
                orders, messages.get("act.noOrders"),
                act.remarks() == null ? null : messages.get("act.remarks", act.remarks()),
                List.of(messages.get("act.sign.officer", rank, act.officerName()), messages.get("act.sign.school")),
                messages.get("report.signature.date"),
                messages.get("act.fileName", act.actNumber(), act.actYear(), act.schoolNumber()));
    }
}
