// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.SecurityCheck;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.photos.PhotoServices;

/** A school's security checks: the history, whether the next one is due, and a form for a new check, bound to {@link ChecksViewModel}. */
final class ChecksPane extends VBox {

    private final TableView<SecurityCheck> table = new TableView<>();
    private final Label due = new Label();
    private final DatePicker date;
    private final ComboBox<NamedRef> officer = new ComboBox<>();
    private final TextArea remarks = new TextArea();
    private final Label message = new Label();

    ChecksPane(ChecksViewModel model, Messages messages, TaskRunner tasks, PhotoServices photos) {
        this.date = Formats.datePicker("checkDate", messages);
        setSpacing(10);
        setPadding(new Insets(16));
        due.setId("checkDue");
        due.getStyleClass().add("section-title");
        model.dueProperty().addListener((o, was, now) -> showDue(now, messages));

        table.setId("checkTable");
        table.setItems(model.checks());
        table.setPlaceholder(new Label(messages.get("check.none")));
        EnumConverter<CheckResult> resultText = new EnumConverter<>(messages, "check.result", CheckResult.class);
        EnumConverter<CheckItem> itemText = new EnumConverter<>(messages, "check.item", CheckItem.class);
        TableColumn<SecurityCheck, LocalDate> c1 = Columns.styled(messages.get("check.col.date"), 100, SecurityCheck::checkedOn, Formats::date, c -> null);
        TableColumn<SecurityCheck, String> c2 = Columns.of(messages.get("check.col.officer"), 140, SecurityCheck::officerName);
        TableColumn<SecurityCheck, String> c3 = Columns.of(messages.get("check.col.findings"), 330, c -> c.findings().entrySet().stream()
                .filter(f -> f.getValue() != CheckResult.OK)
                .map(f -> itemText.toString(f.getKey()) + ": " + resultText.toString(f.getValue()).toLowerCase(messages.locale()))
                .collect(Collectors.joining("; ")));
        TableColumn<SecurityCheck, String> c4 = Columns.of(messages.get("check.col.remarks"), 250, SecurityCheck::remarks);
        TableColumn<SecurityCheck, String> c0 = Columns.of(messages.get("check.col.act"), 70, c -> model.actNumbers().get(c.id()));
        table.getColumns().setAll(List.of(c1, c0, c2, c3, c4));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);

        FormErrors errors = new FormErrors(messages);
        officer.setId("checkOfficer");
        officer.setMaxWidth(Double.MAX_VALUE);
        officer.setItems(model.officers());
        officer.valueProperty().bindBidirectional(model.officerProperty());
        DateFields.bind(date, model.dateProperty(), model.dateUnreadableProperty());
        GridPane items = new GridPane();
        items.setHgap(12);
        items.setVgap(6);
        int i = 0;
        for (CheckItem item : model.byRequirement() ? List.<CheckItem>of() : List.of(CheckItem.values())) {
            ComboBox<CheckResult> box = new ComboBox<>();
            box.setId("checkResult" + item.name());
            box.getItems().setAll(CheckResult.values());
            box.setConverter(resultText);
            box.valueProperty().bindBidirectional(model.resultProperty(item));
            items.add(errors.register("finding." + item.name(), new FormField(itemText.toString(item), box)), i % 3, i / 3);
            i++;
        }
        remarks.setId("checkRemarks");
        remarks.setPrefRowCount(2);
        remarks.setWrapText(true);
        remarks.textProperty().bindBidirectional(model.remarksProperty());
        message.setId("checkMessage");
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        model.outcomeProperty().addListener((o, was, now) -> now.showIn(feedback, messages));
        Button save = new Button(messages.get("check.save"));
        save.setId("checkSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            Formats.commit(date);
            model.save();
        });
        HBox head = new HBox(12, errors.register("checkedOn", new FormField(messages.get("check.field.date"), date)),
                errors.register("officer", new FormField(messages.get("check.field.officer"), officer)));
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        // A refusal (the school archived or deleted meanwhile) is a sentence or two: it wraps beside the button.
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(12, save, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(8, head);
        if (model.byRequirement()) {
            ComboBox<SecurityCheck> follows = new ComboBox<>();
            follows.setId("checkFollowsUp");
            follows.setItems(model.followable());
            follows.setPromptText(messages.get("check.followsUp.none"));
            follows.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(SecurityCheck c) {
                    return c == null ? messages.get("check.followsUp.none") : model.actNumbers().get(c.id()) + " — " + Formats.date(c.checkedOn());
                }

                @Override
                public SecurityCheck fromString(String s) {
                    return null;
                }
            });
            follows.valueProperty().bindBidirectional(model.followsUpProperty());
            head.getChildren().add(new FormField(messages.get("check.field.followsUp"), follows));
            body.getChildren().add(new RequirementRows(model, messages, errors));
            ActPane act = new ActPane(model.act(), messages, tasks, photos);
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                    model.act().select(now != null && model.actNumbers().containsKey(now.id()) ? now.id() : null));
            getChildren().add(act);
        } else {
            body.getChildren().add(items);
        }
        TitledPane form = new TitledPane(messages.get(model.byRequirement() ? "check.byRequirement" : "check.new"), new VBox(8, body,
                errors.register("remarks", new FormField(messages.get("check.field.remarks"), remarks)), buttons));
        form.setCollapsible(false);
        getChildren().addAll(0, List.of(due, table));
        getChildren().add(form);
    }

    private void showDue(ChecksViewModel.Due d, Messages messages) {
        due.getStyleClass().removeAll("text-danger", "text-success");
        if (d == null) {
            due.setText("");
            return;
        }
        due.setText(d.last() == null ? messages.get("check.due.never")
                : messages.get(d.overdue() ? "check.due.overdue" : "check.due.ok", Formats.date(d.last()), d.overdueDays()));
        due.getStyleClass().add(d.overdue() ? "text-danger" : "text-success");
    }
}
