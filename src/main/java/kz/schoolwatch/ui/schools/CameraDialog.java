// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CameraZone;
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
        ComboBox<CameraZone> zone = combo("cameraZone", CameraZone.values(), new EnumConverter<>(messages, "camera.zone", CameraZone.class));
        TextField zoneNumber = new TextField();
        zoneNumber.setId("cameraZoneNumber");
        zoneNumber.setPrefColumnCount(4);
        // The number belongs to an entrance or a floor only.
        zoneNumber.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.zoneProperty().get() == null || !model.zoneProperty().get().numbered(), model.zoneProperty()));
        ComboBox<CameraTechnology> technology = combo("cameraTechnology", new CameraTechnology[] {null, CameraTechnology.ANALOG,
                CameraTechnology.DIGITAL}, unknownFirst(messages, new EnumConverter<>(messages, "camera.technology", CameraTechnology.class)));
        TextField archiveDays = new TextField();
        archiveDays.setId("cameraArchiveDays");
        archiveDays.setPromptText(messages.get("camera.archiveDays.prompt"));
        technology.setPromptText(messages.get("camera.unknown"));
        ComboBox<CameraConnection> connection = combo("cameraConnection", CameraConnection.values(),
                new EnumConverter<>(messages, "camera.connection", CameraConnection.class));
        DatePicker lastChecked = Formats.datePicker("cameraLastCheckedOn", messages);
        TextField note = new TextField();
        note.setId("cameraNote");
        List.of(placement, area, status, zone, technology, connection).forEach(c -> c.setMaxWidth(Double.MAX_VALUE));

        placement.valueProperty().bindBidirectional(model.placementProperty());
        area.valueProperty().bindBidirectional(model.areaProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());
        DateFields.bind(installed, model.installedOnProperty(), model.installedOnUnreadableProperty());
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zoneNumber.textProperty().bindBidirectional(model.zoneNumberProperty());
        technology.valueProperty().bindBidirectional(model.technologyProperty());
        archiveDays.textProperty().bindBidirectional(model.archiveDaysProperty());
        connection.valueProperty().bindBidirectional(model.connectionProperty());
        DateFields.bind(lastChecked, model.lastCheckedOnProperty(), model.lastCheckedOnUnreadableProperty());
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
        lastChecked.setPrefWidth(180);
        // Two columns: the camera itself on the left, what the requirements judge on the right (fits 1366×768).
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.addColumn(0,
                errors.register("placement", new FormField(messages.get("camera.field.placement"), placement)),
                errors.register("viewArea", new FormField(messages.get("camera.field.area"), area)),
                errors.register("status", new FormField(messages.get("camera.field.status"), status)),
                errors.register("installedOn", new FormField(messages.get("camera.field.installed"), installed)));
        HBox.setHgrow(zone, Priority.ALWAYS);
        FormField zoneField = errors.register("zone", new FormField(messages.get("camera.field.zone"), zone));
        FormField numberField = errors.register("zoneNumber", new FormField(messages.get("camera.field.zoneNumber"), zoneNumber));
        HBox.setHgrow(zoneField, Priority.ALWAYS);
        grid.addColumn(1,
                new HBox(8, zoneField, numberField),
                errors.register("technology", new FormField(messages.get("camera.field.technology"), technology)),
                errors.register("archiveDays", new FormField(messages.get("camera.field.archiveDays"), archiveDays)),
                errors.register("connection", new FormField(messages.get("camera.field.connection"), connection)),
                errors.register("lastCheckedOn", new FormField(messages.get("camera.field.lastCheckedOn"), lastChecked)));
        VBox form = new VBox(2, grid,
                errors.register("note", new FormField(messages.get("camera.field.note"), note)),
                message);
        form.setPrefWidth(640);
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
                Formats.commit(lastChecked);
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

    private static <E> ComboBox<E> combo(String id, E[] values, StringConverter<E> converter) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(converter);
        return box;
    }

    /** The enum's names, with «не известно» for the empty choice at the top of the list. */
    static <E extends Enum<E>> StringConverter<E> unknownFirst(Messages messages, EnumConverter<E> names) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? messages.get("camera.unknown") : names.toString(value);
            }

            @Override
            public E fromString(String text) {
                return names.fromString(text);
            }
        };
    }
}
