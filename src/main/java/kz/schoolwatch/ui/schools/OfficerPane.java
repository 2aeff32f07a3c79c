// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;

/** Who covers the school now, who did before, and assigning another officer, bound to {@link OfficerAssignmentViewModel}. */
final class OfficerPane extends VBox {

    private final Label current = new Label();
    private final TableView<OfficerAssignment> history = new TableView<>();
    private final ComboBox<NamedRef> officer = new ComboBox<>();
    private final DatePicker from;
    private final Label message = new Label();

    OfficerPane(OfficerAssignmentViewModel model, Messages messages) {
        this.from = Formats.datePicker("assignFrom", messages);
        setSpacing(10);
        setPadding(new Insets(16));
        current.setId("assignCurrent");
        current.getStyleClass().add("section-title");
        current.textProperty().bind(Bindings.createStringBinding(() -> {
            OfficerAssignment now = model.currentProperty().get();
            if (!model.loadedProperty().get()) {
                return "";
            }
            return now == null ? messages.get("assign.currentNone") : messages.get("assign.current", now.officer(), Formats.date(now.from()));
        }, model.currentProperty(), model.loadedProperty()));
        history.setId("assignHistory");
        history.setItems(model.history());
        history.setPlaceholder(new Label(messages.get("assign.none")));
        TableColumn<OfficerAssignment, String> c1 = Columns.of(messages.get("assign.col.officer"), 320, OfficerAssignment::officer);
        TableColumn<OfficerAssignment, LocalDate> c2 = Columns.styled(messages.get("assign.col.from"), 110, OfficerAssignment::from, Formats::date, a -> null);
        TableColumn<OfficerAssignment, LocalDate> c3 = Columns.styled(messages.get("assign.col.to"), 110, OfficerAssignment::to,
                d -> d == null ? messages.get("assign.now") : Formats.date(d), a -> a.current() ? "success" : null);
        history.getColumns().setAll(List.of(c1, c2, c3));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPrefHeight(200);

        officer.setId("assignOfficer");
        officer.setPrefWidth(320);
        officer.setItems(model.officers());
        officer.valueProperty().bindBidirectional(model.officerProperty());
        DateFields.bind(from, model.fromProperty(), model.fromUnreadableProperty());
        FormErrors errors = new FormErrors(messages);
        message.setId("assignMessage");
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        model.outcomeProperty().addListener((o, was, now) -> now.showIn(feedback, messages));
        Button assign = new Button(messages.get("assign.button"));
        assign.setId("assignSave");
        assign.getStyleClass().add("accent");
        assign.setOnAction(e -> {
            Formats.commit(from);
            model.assign();
        });
        HBox form = new HBox(12, errors.register("officer", new FormField(messages.get("assign.field.officer"), officer)),
                errors.register("assignedFrom", new FormField(messages.get("assign.field.from"), from)));
        // A refusal (the school archived or deleted meanwhile) is a sentence or two: it wraps beside the button.
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(12, assign, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(current, history, new Label(messages.get("assign.hint")), form, buttons);
    }
}
