// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.InspectionFinding;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ActDocument;
import kz.schoolwatch.service.ActExportService;
import kz.schoolwatch.service.InspectionService;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.TaskRunner;

/** The act of the check chosen in a school's history: its findings with their orders; issuing orders; the PDF. */
final class ActViewModel {

    /** A finding of the act and the order issued on it, if any. */
    record FindingLine(InspectionFinding finding, CorrectionOrder order) {
    }

    private final InspectionService inspections;
    private final ActExportService exports;
    private final TaskRunner tasks;
    private final Messages messages;
    private Long checkId;

    // Properties
    private final ObjectProperty<InspectionAct> act = new SimpleObjectProperty<>();
    private final ObservableList<FindingLine> lines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    ActViewModel(InspectionService inspections, ActExportService exports, TaskRunner tasks, Messages messages) {
        this.messages = messages;
        this.inspections = inspections;
        this.exports = exports;
        this.tasks = tasks;
    }

    // Commands

    /** Reads the act of {@code check} (null: none chosen; an old check has no act). */
    void select(Long check) {
        checkId = check;
        message.set("");
        reload();
    }

    void reload() {
        Long id = checkId;
        if (id == null) {
            act.set(null);
            lines.clear();
            return;
        }
        tasks.submit(() -> inspections.act(id), read -> {
            if (!id.equals(checkId)) {
                return;
            }
            act.set(read.orElse(null));
            lines.setAll(read.map(a -> a.findings().stream().map(f -> new FindingLine(f, a.orders().stream()
                    .filter(o -> o.findingId() == f.id()).findFirst().orElse(null))).toList()).orElse(java.util.List.of()));
        }, error -> message.set(text(error)));
    }

    /** The save of an order for {@code line}, for the order dialog to run; the act reads again after it. */
    Callable<Long> issue(FindingLine line, OrderDraft draft) {
        return () -> inspections.issueOrder(line.finding().id(), draft);
    }

    /** A proposed order's text: what the requirement asks, and what the note found. */
    static String proposedDescription(String title, String note) {
        return note == null || note.isBlank() ? title : title + ": " + note;
    }

    /** The day an order's deadline is proposed: a month after the check. */
    LocalDate proposedDeadline() {
        InspectionAct a = act.get();
        return (a == null ? inspections.today() : a.checkedOn()).plusMonths(1);
    }

    LocalDate today() {
        return inspections.today();
    }

    InspectionService service() {
        return inspections;
    }

    Optional<InspectionAct> current() {
        return Optional.ofNullable(act.get());
    }

    /** Saves the act's PDF to {@code target}; the message line says where. */
    void savePdf(Path target) {
        InspectionAct a = act.get();
        if (a == null) {
            return;
        }
        tasks.submit(() -> {
            exports.save(a, target);
            return target;
        }, path -> message.set(messages.get("act.saved", path)),
                error -> message.set(messages.get("act.saveFailed", error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())));
    }

    /** Says a printed act was sent, and records it. */
    void printed(boolean sent, String printer) {
        InspectionAct a = act.get();
        message.set(sent ? messages.get("act.printed", printer) : messages.get("act.printFailed"));
        if (sent && a != null) {
            tasks.submit(() -> {
                exports.recordPrint(a, printer);
                return null;
            }, ok -> { }, error -> { });
        }
    }

    private String text(Throwable error) {
        var e = FailureMessages.of(error).get(0);
        return messages.get(e.messageKey(), e.args().toArray());
    }

    /** The act laid out for paper or PDF, in the program's language. */
    ActDocument document(InspectionAct act) {
        return exports.document(act);
    }

    ObjectProperty<InspectionAct> actProperty() {
        return act;
    }

    ObservableList<FindingLine> lines() {
        return lines;
    }

    StringProperty messageProperty() {
        return message;
    }
}
