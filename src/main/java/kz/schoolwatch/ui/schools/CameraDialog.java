// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.ConflictDialog;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;

/** Adds or edits one camera. The dialog stays open, with the input, until the save has succeeded. */
final class CameraDialog extends Dialog<Long> {

    CameraDialog(Messages messages, CameraFormViewModel model) {
        setTitle(messages.get(model.isNew() ? "camera.dialog.new" : "camera.dialog.edit"));
        getDialogPane().setId("cameraDialog");
        ComboBox<CameraPlacement> placement = new ComboBox<>();
        placement.setId("cameraPlacement");
        placement.getItems().setAll(CameraPlacement.values());
        placement.setConverter(new EnumConverter<>(messages, "camera.placement", CameraPlacement.class));
        ComboBox<CameraViewArea> area = new ComboBox<>();
        area.setId("cameraArea");
        area.getItems().setAll(CameraViewArea.values());
        area.setConverter(new EnumConverter<>(messages, "camera.area", CameraViewArea.class));
        ComboBox<CameraStatus> status = new ComboBox<>();
        status.setId("cameraStatus");
        status.getItems().setAll(CameraStatus.values());
        status.setConverter(new EnumConverter<>(messages, "camera.status", CameraStatus.class));
        DatePicker installed = Formats.datePicker("cameraInstalledOn", messages);
        CheckBox cou = new CheckBox(messages.get("camera.field.cou"));
        cou.setId("cameraCou");
        TextField note = new TextField();
        note.setId("cameraNote");
        List.of(placement, area, status).forEach(c -> c.setMaxWidth(Double.MAX_VALUE));

        placement.valueProperty().bindBidirectional(model.placementProperty());
        area.valueProperty().bindBidirectional(model.areaProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());
        DateFields.bind(installed, model.installedOnProperty(), model.installedOnUnreadableProperty());
        cou.selectedProperty().bindBidirectional(model.connectedProperty());
        note.textProperty().bindBidirectional(model.noteProperty());

        FormErrors errors = new FormErrors(messages);
        Label message = new Label();
        message.setId("cameraDialogMessage");
        message.setWrapText(true);
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        message.setMinHeight(Region.USE_PREF_SIZE);
        model.outcomeProperty().addListener((o, was, now) -> {
            now.showIn(feedback, messages);
            // A refusal of two sentences (the school archived meanwhile) needs more lines: the dialog grows to them.
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                ConflictDialog.resolve(getDialogPane(), messages, conflict);
            }
        });
        installed.setPrefWidth(180);
        VBox.setMargin(cou, new Insets(4, 0, 10, 0));
        VBox form = new VBox(2,
                errors.register("placement", new FormField(messages.get("camera.field.placement"), placement)),
                errors.register("viewArea", new FormField(messages.get("camera.field.area"), area)),
                errors.register("status", new FormField(messages.get("camera.field.status"), status)),
                errors.register("installedOn", new FormField(messages.get("camera.field.installed"), installed)),
                cou,
                errors.register("note", new FormField(messages.get("camera.field.note"), note)),
                message);
        form.setPrefWidth(400);
        // Clear of the dialog's edges, each field with a line kept for its error (nothing moves when one appears).
        form.setPadding(new Insets(16, 20, 4, 20));
        errors.reserveErrorSpace();
        getDialogPane().setContent(form);
        getDialogPane().getStyleClass().add("form-dialog");
        getDialogPane().getStylesheets().add(CameraDialog.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());

        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("cameraDialogSave");
        getDialogPane().lookupButton(cancel).setId("cameraDialogCancel");
        // The dialog closes only from the save's success handler, never on the click itself.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!model.savingProperty().get()) {
                Formats.commit(installed);
                model.save();
            }
        });
        saveButton.disableProperty().bind(model.savingProperty());
        model.savedIdProperty().addListener((o, was, id) -> {
            setResult(id);
            close();
        });
        setResultConverter(b -> null);
    }
}
