// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CorrectionOrder;
import kz.schoolwatch.domain.FindingResult;
import kz.schoolwatch.domain.InspectionAct;
import kz.schoolwatch.domain.OrderDraft;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.i18n.ComplianceTexts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.report.ReportFormat;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.photos.PhotoServices;
import kz.schoolwatch.ui.photos.PhotoStrip;
import kz.schoolwatch.ui.report.SaveFileDialog;

/**
 * The act of the check chosen in the history: its findings (a failed one in red) with the order issued on each,
 * «Предписание…» for a failed finding without one, the chosen finding's photos, and the act as PDF or on paper.
 */
final class ActPane extends VBox {

    /** Where the act is saved: the system's dialog, or a test's answer. */
    static SaveFileDialog saveDialog;

    private final ActViewModel model;
    private final Messages messages;
    private final TaskRunner tasks;
    private final TableView<ActViewModel.FindingLine> table = new TableView<>();
    private Long chosenFinding;

    /** {@code photos} null: the findings carry no photos here. */
    ActPane(ActViewModel model, Messages messages, TaskRunner tasks, PhotoServices photos) {
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        setSpacing(6);
        ComplianceTexts texts = new ComplianceTexts(messages);
        Label title = new Label(messages.get("check.findings.title"));
        title.getStyleClass().add("section-title");
        table.setId("actFindings");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(messages.get("check.findings.pick")));
        TableColumn<ActViewModel.FindingLine, String> c1 = Columns.of(messages.get("finding.col.requirement"), 260,
                l -> texts.title(l.finding().item()));
        TableColumn<ActViewModel.FindingLine, FindingResult> c2 = Columns.styled(messages.get("finding.col.result"), 140,
                l -> l.finding().result(), r -> messages.of("finding.result", r),
                l -> l.finding().result() == FindingResult.NOT_MET ? "danger" : null);
        TableColumn<ActViewModel.FindingLine, String> c3 = Columns.of(messages.get("finding.col.note"), 220, l -> l.finding().note());
        TableColumn<ActViewModel.FindingLine, String> c4 = Columns.styled(messages.get("finding.col.order"), 220,
                l -> l.order() == null ? "" : OrderTexts.summary(l.order(), model.today(), messages), s -> s,
                l -> l.order() != null && l.order().overdue(model.today()) ? "danger" : null);
        table.getColumns().setAll(List.of(c1, c2, c3, c4));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        // The act is read again after each change (an order issued, a photo added): the finding chosen stays chosen.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                chosenFinding = now.finding().id();
            }
        });
        model.lines().addListener((javafx.collections.ListChangeListener<ActViewModel.FindingLine>) c -> keepChosenFinding());

        Button order = new Button(messages.get("order.issue"));
        order.setId("actOrder");
        order.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var line = table.getSelectionModel().getSelectedItem();
            return line == null || line.finding().result() != FindingResult.NOT_MET || line.order() != null;
        }, table.getSelectionModel().selectedItemProperty()));
        order.setOnAction(e -> issue(table.getSelectionModel().getSelectedItem(), texts));
        Button pdf = new Button(messages.get("act.pdf"));
        pdf.setId("actPdf");
        Button print = new Button(messages.get("act.print"));
        print.setId("actPrint");
        pdf.disableProperty().bind(model.actProperty().isNull());
        print.disableProperty().bind(model.actProperty().isNull());
        pdf.setOnAction(e -> savePdf());
        print.setOnAction(e -> print());
        Label message = new Label();
        message.setId("actMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(10, order, pdf, print, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, table, buttons);
        if (photos != null) {
            // The chosen finding's photos: what the officer saw, added from files and printed small in the act.
            Label photosTitle = new Label(messages.get("finding.photos.title"));
            photosTitle.getStyleClass().add("section-title");
            PhotoStrip strip = new PhotoStrip(photos);
            strip.setId("findingPhotos");
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> strip.show(
                    now == null || now.finding().id() == null ? null : PhotoOwner.finding(now.finding().id())));
            getChildren().addAll(photosTitle, strip);
        }
    }

    private void keepChosenFinding() {
        ActViewModel.FindingLine selected = table.getSelectionModel().getSelectedItem();
        if (chosenFinding == null || selected != null && chosenFinding.equals(selected.finding().id())) {
            return;
        }
        model.lines().stream().filter(l -> chosenFinding.equals(l.finding().id())).findFirst()
                .ifPresent(l -> table.getSelectionModel().select(l));
    }

    private void issue(ActViewModel.FindingLine line, ComplianceTexts texts) {
        if (line == null) {
            return;
        }
        String item = texts.title(line.finding().item());
        FormErrors errors = new FormErrors(messages);
        TextArea description = new TextArea(ActViewModel.proposedDescription(item, line.finding().note()));
        description.setId("orderDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        DatePicker deadline = Formats.datePicker("orderDeadline", messages);
        deadline.setValue(model.proposedDeadline());
        TextField responsible = new TextField();
        responsible.setId("orderResponsible");
        VBox form = new VBox(8,
                errors.register("description", new FormField(messages.get("order.field.description"), description)),
                errors.register("deadline", new FormField(messages.get("order.field.deadline"), deadline)),
                errors.register("responsible", new FormField(messages.get("order.field.responsible"), responsible)));
        FormDialog dialog = new FormDialog(this, messages, messages.get("order.issue.title", item), "order", form, errors, tasks,
                () -> {
                    Formats.commit(deadline);
                    if (deadline.getValue() == null && !deadline.getEditor().getText().isBlank()) {
                        throw new ValidationException(List.of(FieldError.of("deadline", "validation.date")));
                    }
                    Callable<Long> save = model.issue(line, new OrderDraft(description.getText(), deadline.getValue(), responsible.getText()));
                    return save;
                });
        dialog.showAndWait().filter(Boolean.TRUE::equals).ifPresent(ok -> model.reload());
    }

    /** «Отметить устранение…» of an open order: the day and a note; shared with the card's orders tab. */
    static boolean markFixed(javafx.scene.Node owner, CorrectionOrder order, Messages messages, TaskRunner tasks,
                             SchoolOrdersViewModel orders) {
        FormErrors errors = new FormErrors(messages);
        DatePicker on = Formats.datePicker("fixDate", messages);
        on.setValue(orders.today());
        TextArea note = new TextArea();
        note.setId("fixNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        VBox form = new VBox(8, errors.register("closedOn", new FormField(messages.get("order.field.closedOn"), on)),
                errors.register("closingNote", new FormField(messages.get("order.field.closingNote"), note)));
        FormDialog dialog = new FormDialog(owner, messages, messages.get("order.fix.title", order.description()), "fix", form,
                errors, tasks, () -> {
                    Formats.commit(on);
                    return orders.markFixed(order, on.getValue(), note.getText());
                });
        return dialog.showAndWait().filter(Boolean.TRUE::equals).isPresent();
    }

    private void savePdf() {
        InspectionAct act = model.actProperty().get();
        if (act == null) {
            return;
        }
        SaveFileDialog dialog = saveDialog != null ? saveDialog : SaveFileDialog.system(messages);
        dialog.ask(ReportFormat.PDF, model.document(act).fileName(), null, getScene().getWindow())
                .ifPresent(model::savePdf);
    }

    private void print() {
        InspectionAct act = model.actProperty().get();
        if (act == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            if (Dialogs.offer(this, messages, "noPrinterDialog", messages.get("act.print"), null, messages.get("act.noPrinter"),
                    messages.get("act.pdf"))) {
                savePdf();
            }
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        model.printed(ActPrinter.print(job, model.document(act)), job.getPrinter().getName());
    }
}
