// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.time.LocalDate;
import java.util.stream.Collectors;

import kz.schoolwatch.domain.ComplianceReason;
import kz.schoolwatch.domain.ComplianceStatus;
import kz.schoolwatch.domain.ItemCompliance;
import kz.schoolwatch.domain.RequirementItem;

/** How a compliance judgement reads in the user's language: statuses, reasons and requirement titles. */
public final class ComplianceTexts {

    private final Messages messages;
    private final LocalFormats formats;

    public ComplianceTexts(Messages messages) {
        this.messages = messages;
        this.formats = LocalFormats.of(messages.language());
    }

    public String status(ComplianceStatus status) {
        return messages.of("compliance.status", status);
    }

    /** A reason, its dates written as the language writes them. */
    public String reason(ComplianceReason reason) {
        Object[] args = reason.args().stream().map(a -> a instanceof LocalDate d ? formats.date(d) : a).toArray();
        return messages.get(reason.key(), args);
    }

    /** The reasons of a judged item, joined by «; ». */
    public String reasons(ItemCompliance item) {
        return item.reasons().stream().map(this::reason).collect(Collectors.joining("; "));
    }

    /** A requirement's title: a shipped one in the user's language while unchanged, else as the administrator wrote it. */
    public String title(RequirementItem item) {
        return RequirementTexts.title(item, messages);
    }
}
