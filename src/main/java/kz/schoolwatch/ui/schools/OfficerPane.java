// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.NamedRef;
import kz.schoolwatch.domain.OfficerAssignment;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;
import kz.schoolwatch.ui.common.TaskRunner;

/** Who covers the school now, who did before, and assigning another officer. */
final class OfficerPane extends VBox {

    private final SchoolService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final Label current = new Label();
    private final TableView<OfficerAssignment> history = new TableView<>();
    private final ComboBox<NamedRef> officer = new ComboBox<>();
    private final DatePicker from = Formats.datePicker("assignFrom");
    private final Label message = new Label();
    private final SaveFeedback feedback;
    private long schoolId;

    OfficerPane(SchoolService service, TaskRunner tasks, Messages messages, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        setSpacing(10);
        setPadding(new Insets(16));
        current.setId("assignCurrent");
        current.getStyleClass().add("section-title");
        history.setId("assignHistory");
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
        FormErrors errors = new FormErrors(messages);
        message.setId("assignMessage");
        feedback = new SaveFeedback(messages, errors, message);
        Button assign = new Button(messages.get("assign.button"));
        assign.setId("assignSave");
        assign.getStyleClass().add("accent");
        assign.setOnAction(e -> assign());
        HBox form = new HBox(12, errors.register("officer", new FormField(messages.get("assign.field.officer"), officer)),
                errors.register("assignedFrom", new FormField(messages.get("assign.field.from"), from)));
        HBox buttons = new HBox(12, assign, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(current, history, new Label(messages.get("assign.hint")), form, buttons);
    }

    private record Loaded(List<OfficerAssignment> history, List<NamedRef> officers) {
    }

    void load(long id) {
        schoolId = id;
        tasks.submit(() -> new Loaded(service.assignments(id), service.officers()), loaded -> {
            history.getItems().setAll(loaded.history());
            officer.getItems().setAll(loaded.officers());
            if (from.getValue() == null) {
                from.setValue(LocalDate.now(clock));
            }
            current.setText(loaded.history().stream().filter(OfficerAssignment::current).findFirst()
                    .map(a -> messages.get("assign.current", a.officer(), Formats.date(a.from())))
                    .orElse(messages.get("assign.currentNone")));
        }, feedback::showFailure);
    }

    private void assign() {
        feedback.clear();
        List<FieldError> parse = new ArrayList<>();
        if (Formats.hasUnreadableDate(from)) {
            parse.add(FieldError.of("assignedFrom", "validation.date"));
        }
        if (feedback.showIfAny(parse)) {
            return;
        }
        Formats.commit(from);
        Long officerId = officer.getValue() == null ? null : officer.getValue().id();
        LocalDate date = from.getValue();
        tasks.submit(() -> {
            service.assignOfficer(schoolId, officerId, date);
            return null;
        }, done -> {
            feedback.showSaved(messages.get("assign.saved"));
            load(schoolId);
        }, feedback::showFailure);
    }
}
