// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.GuardContractState;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.ConflictDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;

/** Panic button, access control, turnstiles, metal detector, guard, public-address system, bound to {@link EquipmentViewModel}. */
final class EquipmentPane extends VBox {

    private final EquipmentViewModel model;
    private final Messages messages;
    private final CheckBox panic = box("equipmentPanic");
    private final CheckBox panicConnected = box("equipmentPanicConnected");
    private final CheckBox access = box("equipmentAccess");
    private final CheckBox turnstiles = box("equipmentTurnstiles");
    private final CheckBox detector = box("equipmentDetector");
    private final CheckBox pa = box("equipmentPa");
    private final TextField guardCompany = new TextField();
    private final DatePicker guardEnd;
    private final Label message = new Label();
    /** Says when the guard contract has expired (red) or ends soon (orange), with the date. */
    private final Label guardState = new Label();

    EquipmentPane(EquipmentViewModel model, Messages messages) {
        this.guardEnd = Formats.datePicker("equipmentGuardEnd", messages);
        this.model = model;
        this.messages = messages;
        setSpacing(10);
        setPadding(new Insets(16));
        panic.setText(messages.get("equipment.panic"));
        panicConnected.setText(messages.get("equipment.panicConnected"));
        panicConnected.disableProperty().bind(panic.selectedProperty().not());
        access.setText(messages.get("equipment.access"));
        turnstiles.setText(messages.get("equipment.turnstiles"));
        detector.setText(messages.get("equipment.detector"));
        pa.setText(messages.get("equipment.pa"));
        guardCompany.setId("equipmentGuardCompany");
        guardCompany.setPromptText(messages.get("equipment.guardCompany.prompt"));
        panic.selectedProperty().bindBidirectional(model.panicProperty());
        panicConnected.selectedProperty().bindBidirectional(model.panicConnectedProperty());
        access.selectedProperty().bindBidirectional(model.accessProperty());
        turnstiles.selectedProperty().bindBidirectional(model.turnstilesProperty());
        detector.selectedProperty().bindBidirectional(model.detectorProperty());
        pa.selectedProperty().bindBidirectional(model.paProperty());
        guardCompany.textProperty().bindBidirectional(model.guardCompanyProperty());
        DateFields.bind(guardEnd, model.guardEndProperty(), model.guardEndUnreadableProperty());

        FormErrors errors = new FormErrors(messages);
        message.setId("equipmentMessage");
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        model.outcomeProperty().addListener((o, was, now) -> now.showIn(feedback, messages));
        model.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(this, messages, conflict);
            }
        });
        FormField connectedField = errors.register("panicButtonConnected", new FormField("", panicConnected));
        Button save = new Button(messages.get("common.save"));
        save.setId("equipmentSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            Formats.commit(guardEnd);
            model.save();
        });
        // A refusal (the school archived or deleted meanwhile) is a sentence or two: it wraps beside the button.
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(12, save, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        guardState.setId("equipmentGuardState");
        guardState.setWrapText(true);
        guardState.managedProperty().bind(guardState.visibleProperty());
        // The date, not just the state: another expired date shows its own date.
        model.guardEndProperty().addListener((o, was, now) -> showGuardState(model.guardStateProperty().get()));
        showGuardState(model.guardStateProperty().get());
        getChildren().addAll(panic, connectedField, access, turnstiles, detector, pa,
                errors.register("guardCompany", new FormField(messages.get("equipment.guardCompany"), guardCompany)),
                errors.register("guardContractEnd", new FormField(messages.get("equipment.guardEnd"), guardEnd)),
                guardState, buttons);
    }

    /** The warning under the contract's date, for the date shown (saved or just picked). */
    private void showGuardState(GuardContractState state) {
        LocalDate end = model.guardEndProperty().get();
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
}
