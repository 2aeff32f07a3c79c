// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.GuardContractState;
import kz.schoolwatch.domain.SchoolEquipment;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;
import kz.schoolwatch.ui.common.TaskRunner;

/** Panic button, access control, metal detector, guard, public-address system. */
final class EquipmentPane extends VBox {

    private final EquipmentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CheckBox panic = box("equipmentPanic");
    private final CheckBox panicConnected = box("equipmentPanicConnected");
    private final CheckBox access = box("equipmentAccess");
    private final CheckBox detector = box("equipmentDetector");
    private final CheckBox pa = box("equipmentPa");
    private final TextField guardCompany = new TextField();
    private final DatePicker guardEnd = Formats.datePicker("equipmentGuardEnd");
    private final Label message = new Label();
    /** Says when the guard contract has expired (red) or ends soon (orange), with the date. */
    private final Label guardState = new Label();
    private final SaveFeedback feedback;
    private final Clock clock;
    private long schoolId;

    EquipmentPane(EquipmentService service, TaskRunner tasks, Messages messages, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        setSpacing(10);
        setPadding(new Insets(16));
        panic.setText(messages.get("equipment.panic"));
        panicConnected.setText(messages.get("equipment.panicConnected"));
        panicConnected.disableProperty().bind(panic.selectedProperty().not());
        access.setText(messages.get("equipment.access"));
        detector.setText(messages.get("equipment.detector"));
        pa.setText(messages.get("equipment.pa"));
        guardCompany.setId("equipmentGuardCompany");
        guardCompany.setPromptText(messages.get("equipment.guardCompany.prompt"));

        FormErrors errors = new FormErrors(messages);
        message.setId("equipmentMessage");
        feedback = new SaveFeedback(messages, errors, message);
        FormField connectedField = errors.register("panicButtonConnected", new FormField("", panicConnected));
        Button save = new Button(messages.get("common.save"));
        save.setId("equipmentSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        HBox buttons = new HBox(12, save, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        guardState.setId("equipmentGuardState");
        guardState.setWrapText(true);
        guardState.managedProperty().bind(guardState.visibleProperty());
        guardEnd.valueProperty().addListener((o, was, now) -> showGuardState(now));
        showGuardState(null);
        getChildren().addAll(panic, connectedField, access, detector, pa,
                errors.register("guardCompany", new FormField(messages.get("equipment.guardCompany"), guardCompany)),
                errors.register("guardContractEnd", new FormField(messages.get("equipment.guardEnd"), guardEnd)),
                guardState, buttons);
    }

    /** The warning under the contract's date, for the date shown (saved or just picked). */
    private void showGuardState(LocalDate end) {
        GuardContractState state = GuardContractState.of(end, LocalDate.now(clock), GuardContractState.WARNING_DAYS);
        guardState.getStyleClass().removeAll("guard-expired", "guard-ending");
        switch (state) {
            case EXPIRED -> {
                guardState.setText(messages.get("equipment.guard.expired", Formats.date(end)));
                guardState.getStyleClass().add("guard-expired");
            }
            case ENDING_SOON -> {
                guardState.setText(messages.get("equipment.guard.ending", Formats.date(end)));
                guardState.getStyleClass().add("guard-ending");
            }
            default -> guardState.setText("");
        }
        guardState.setVisible(state == GuardContractState.EXPIRED || state == GuardContractState.ENDING_SOON);
    }

    private static CheckBox box(String id) {
        CheckBox b = new CheckBox();
        b.setId(id);
        return b;
    }

    void load(long id) {
        schoolId = id;
        tasks.submit(() -> service.find(id), e -> {
            panic.setSelected(e.panicButton());
            panicConnected.setSelected(e.panicButtonConnected());
            access.setSelected(e.accessControl());
            detector.setSelected(e.metalDetector());
            pa.setSelected(e.paSystem());
            guardCompany.setText(e.guardCompany() == null ? "" : e.guardCompany());
            guardEnd.setValue(e.guardContractEnd());
        }, feedback::showFailure);
    }

    private void save() {
        feedback.clear();
        List<FieldError> parse = new ArrayList<>();
        if (Formats.hasUnreadableDate(guardEnd)) {
            parse.add(FieldError.of("guardContractEnd", "validation.date"));
        }
        if (feedback.showIfAny(parse)) {
            return;
        }
        Formats.commit(guardEnd);
        SchoolEquipment e = new SchoolEquipment(schoolId, panic.isSelected(), panic.isSelected() && panicConnected.isSelected(),
                access.isSelected(), detector.isSelected(), guardCompany.getText(), guardEnd.getValue(), pa.isSelected());
        tasks.submit(() -> {
            service.save(e);
            return null;
        }, done -> feedback.showSaved(messages.get("equipment.saved")), feedback::showFailure);
    }
}
