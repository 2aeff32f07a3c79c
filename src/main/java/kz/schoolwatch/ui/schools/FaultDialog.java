// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CameraFaultKind;
import kz.schoolwatch.domain.RepairOutcome;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.ConflictViewModel;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormViewModel;
import kz.schoolwatch.ui.common.Formats;

/** The dialogs «Неисправность камеры» and «Ремонт камеры»: errors next to the fields, the input kept until saved. */
final class FaultDialog {

    private FaultDialog() {
    }

    /** Shows the form of {@code model} over {@code owner} until it is saved or cancelled. */
    static void show(Node owner, Messages messages, FaultFormViewModel model) {
        FormErrors errors = new FormErrors(messages);
        DatePicker day = Formats.datePicker("faultDay", messages);
        DateFields.bind(day, model.dayProperty(), model.dayUnreadableProperty());
        day.setPrefWidth(180);
        TextArea note = new TextArea();
        note.setId("faultNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        VBox box = new VBox(4);
        String title;
        if (model.isRepair()) {
            title = messages.get("fault.repair.title");
            Label what = new Label(messages.get("fault.repair.of", messages.of("fault.kind", model.repairing().kind()),
                    Formats.date(model.repairing().foundOn())));
            what.setId("faultRepairOf");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            ComboBox<RepairOutcome> outcome = new ComboBox<>();
            outcome.setId("faultOutcome");
            outcome.getItems().setAll(RepairOutcome.values());
            outcome.setConverter(new EnumConverter<>(messages, "fault.outcome", RepairOutcome.class));
            outcome.setMaxWidth(Double.MAX_VALUE);
            outcome.valueProperty().bindBidirectional(model.outcomeProperty());
            box.getChildren().addAll(what,
                    errors.register("repairedOn", new FormField(messages.get("fault.field.repairedOn"), day)),
                    errors.register("outcome", new FormField(messages.get("fault.field.outcome"), outcome)),
                    errors.register("repairNote", new FormField(messages.get("fault.field.repairNote"), note)));
        } else {
            title = messages.get("fault.new.title");
            ComboBox<CameraFaultKind> kind = new ComboBox<>();
            kind.setId("faultKind");
            kind.getItems().setAll(CameraFaultKind.values());
            kind.setConverter(new EnumConverter<>(messages, "fault.kind", CameraFaultKind.class));
            kind.setMaxWidth(Double.MAX_VALUE);
            kind.valueProperty().bindBidirectional(model.kindProperty());
            box.getChildren().addAll(
                    errors.register("foundOn", new FormField(messages.get("fault.field.foundOn"), day)),
                    errors.register("kind", new FormField(messages.get("fault.field.kind"), kind)),
                    errors.register("note", new FormField(messages.get("fault.field.note"), note)));
        }
        // The typed date counts also when «Сохранить» is pressed without leaving the field.
        FormViewModel committingDate = new FormViewModel() {
            @Override
            public void save() {
                Formats.commit(day);
                model.save();
            }

            @Override
            public ObservableList<FieldError> errors() {
                return model.errors();
            }

            @Override
            public ReadOnlyBooleanProperty savingProperty() {
                return model.savingProperty();
            }

            @Override
            public ReadOnlyIntegerProperty savedProperty() {
                return model.savedProperty();
            }

            @Override
            public ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty() {
                return model.conflictProperty();
            }
        };
        new FormDialog(owner, messages, title, "faultDialog", box, errors, committingDate).showAndWait();
    }
}
