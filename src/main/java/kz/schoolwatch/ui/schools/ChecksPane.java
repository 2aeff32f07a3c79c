// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;
import kz.schoolwatch.ui.common.TaskRunner;

/** A school's security checks: the history, whether the next one is due, and a form for a new check. */
final class ChecksPane extends VBox {

    private final SecurityCheckService service;
    private final SchoolService schools;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final TableView<SecurityCheck> table = new TableView<>();
    private final Label due = new Label();
    private final DatePicker date = Formats.datePicker("checkDate");
    private final ComboBox<NamedRef> officer = new ComboBox<>();
    private final Map<CheckItem, ComboBox<CheckResult>> results = new EnumMap<>(CheckItem.class);
    private final TextArea remarks = new TextArea();
    private final Label message = new Label();
    private final SaveFeedback feedback;
    private long schoolId;

    ChecksPane(SecurityCheckService service, SchoolService schools, SettingsService settings, TaskRunner tasks, Messages messages,
               Clock clock) {
        this.service = service;
        this.schools = schools;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        setSpacing(10);
        setPadding(new Insets(16));
        due.setId("checkDue");
        due.getStyleClass().add("section-title");

        table.setId("checkTable");
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
        table.getColumns().setAll(List.of(c1, c2, c3, c4));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);

        FormErrors errors = new FormErrors(messages);
        officer.setId("checkOfficer");
        officer.setMaxWidth(Double.MAX_VALUE);
        GridPane items = new GridPane();
        items.setHgap(12);
        items.setVgap(6);
        int i = 0;
        for (CheckItem item : CheckItem.values()) {
            ComboBox<CheckResult> box = new ComboBox<>();
            box.setId("checkResult" + item.name());
            box.getItems().setAll(CheckResult.values());
            box.setConverter(resultText);
            box.setValue(CheckResult.OK);
            results.put(item, box);
            items.add(errors.register("finding." + item.name(), new FormField(itemText.toString(item), box)), i % 3, i / 3);
            i++;
        }
        remarks.setId("checkRemarks");
        remarks.setPrefRowCount(2);
        remarks.setWrapText(true);
        message.setId("checkMessage");
        feedback = new SaveFeedback(messages, errors, message);
        Button save = new Button(messages.get("check.save"));
        save.setId("checkSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        HBox head = new HBox(12, errors.register("checkedOn", new FormField(messages.get("check.field.date"), date)),
                errors.register("officer", new FormField(messages.get("check.field.officer"), officer)));
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        HBox buttons = new HBox(12, save, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        TitledPane form = new TitledPane(messages.get("check.new"), new VBox(8, head, items,
                errors.register("remarks", new FormField(messages.get("check.field.remarks"), remarks)), buttons));
        form.setCollapsible(false);
        getChildren().addAll(due, table, form);
    }

    private record Loaded(List<SecurityCheck> checks, List<NamedRef> officers, int overdueDays, OptionalLong me) {
    }

    void load(long id) {
        schoolId = id;
        tasks.submit(() -> new Loaded(service.forSchool(id), schools.officers(), settings.overdueCheckDays(),
                settings.currentOfficerId()), loaded -> {
            table.getItems().setAll(loaded.checks());
            NamedRef chosen = officer.getValue();
            officer.getItems().setAll(loaded.officers());
            if (chosen == null && loaded.me().isPresent()) {
                chosen = loaded.officers().stream().filter(o -> o.id() == loaded.me().getAsLong()).findFirst().orElse(null);
            }
            officer.setValue(chosen);
            if (date.getValue() == null) {
                date.setValue(LocalDate.now(clock));
            }
            LocalDate last = loaded.checks().isEmpty() ? null : loaded.checks().get(0).checkedOn();
            boolean overdue = last == null || last.isBefore(LocalDate.now(clock).minusDays(loaded.overdueDays()));
            due.setText(last == null ? messages.get("check.due.never")
                    : messages.get(overdue ? "check.due.overdue" : "check.due.ok", Formats.date(last), loaded.overdueDays()));
            due.getStyleClass().removeAll("text-danger", "text-success");
            due.getStyleClass().add(overdue ? "text-danger" : "text-success");
        }, feedback::showFailure);
    }

    private void save() {
        feedback.clear();
        List<FieldError> parse = new ArrayList<>();
        if (Formats.hasUnreadableDate(date)) {
            parse.add(FieldError.of("checkedOn", "validation.date"));
        }
        if (feedback.showIfAny(parse)) {
            return;
        }
        Formats.commit(date);
        Map<CheckItem, CheckResult> findings = new EnumMap<>(CheckItem.class);
        results.forEach((item, box) -> {
            if (box.getValue() != null) {
                findings.put(item, box.getValue());
            }
        });
        SecurityCheck check = new SecurityCheck(null, schoolId, officer.getValue() == null ? null : officer.getValue().id(),
                null, date.getValue(), findings, remarks.getText());
        tasks.submit(() -> service.record(check), id -> {
            feedback.showSaved(messages.get("check.saved"));
            remarks.clear();
            load(schoolId);
        }, feedback::showFailure);
    }
}
