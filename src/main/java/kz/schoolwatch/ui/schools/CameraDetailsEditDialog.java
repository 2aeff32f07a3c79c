// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraTechnology;
import kz.schoolwatch.domain.CameraZone;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;

/**
 * «Изменить выбранные…»: the details of the selected cameras, each with its «change» tick; a detail not ticked stays
 * each camera's own. The dialog closes once everything is saved; a refusal keeps it open with the reason.
 */
final class CameraDetailsEditDialog extends Dialog<Boolean> {

    private final GridPane grid = new GridPane();
    private final FormErrors errors;
    private int row;

    CameraDetailsEditDialog(Messages messages, CameraDetailsEditViewModel model) {
        setTitle(messages.get("camera.details.bulk.title", model.count()));
        getDialogPane().setId("cameraDetailsEditDialog");
        errors = new FormErrors(messages);
        Label intro = new Label(messages.get("camera.details.bulk.intro", model.count()));
        intro.setWrapText(true);

        ComboBox<CameraZone> zone = new ComboBox<>();
        zone.setId("bulkZone");
        zone.getItems().setAll(CameraZone.values());
        zone.setConverter(new EnumConverter<>(messages, "camera.zone", CameraZone.class));
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        TextField zoneNumber = new TextField();
        zoneNumber.setId("bulkZoneNumber");
        zoneNumber.setPrefColumnCount(4);
        zoneNumber.textProperty().bindBidirectional(model.zoneNumberProperty());
        ComboBox<CameraTechnology> technology = new ComboBox<>();
        technology.setId("bulkTechnology");
        technology.getItems().setAll(null, CameraTechnology.ANALOG, CameraTechnology.DIGITAL);
        technology.setConverter(CameraDialog.unknownFirst(messages, new EnumConverter<>(messages, "camera.technology", CameraTechnology.class)));
        technology.setPromptText(messages.get("camera.unknown"));
        technology.valueProperty().bindBidirectional(model.technologyProperty());
        TextField archiveDays = new TextField();
        archiveDays.setId("bulkArchiveDays");
        archiveDays.setPromptText(messages.get("camera.archiveDays.prompt"));
        archiveDays.textProperty().bindBidirectional(model.archiveDaysProperty());
        ComboBox<CameraConnection> connection = new ComboBox<>();
        connection.setId("bulkConnection");
        connection.getItems().setAll(CameraConnection.values());
        connection.setConverter(new EnumConverter<>(messages, "camera.connection", CameraConnection.class));
        connection.valueProperty().bindBidirectional(model.connectionProperty());
        DatePicker lastChecked = Formats.datePicker("bulkLastCheckedOn", messages);
        DateFields.bind(lastChecked, model.lastCheckedOnProperty(), model.lastCheckedOnUnreadableProperty());

        grid.setHgap(12);
        grid.setVgap(2);
        CheckBox zoneTick = tick("bulkChangeZone", messages.get("camera.field.zone"), model.changeZoneProperty());
        zone.disableProperty().bind(zoneTick.selectedProperty().not());
        zoneNumber.disableProperty().bind(Bindings.createBooleanBinding(() -> !zoneTick.isSelected()
                || model.zoneProperty().get() == null || !model.zoneProperty().get().numbered(), zoneTick.selectedProperty(), model.zoneProperty()));
        // The number's caption sits in the caption line the other fields leave empty: the two boxes stay level.
        FormField numberField = errors.register("zoneNumber", new FormField(messages.get("camera.field.zoneNumber"), zoneNumber));
        HBox zoneBox = new HBox(8, errors.register("zone", new FormField("", zone)), numberField);
        zoneBox.setAlignment(Pos.TOP_LEFT);
        grid.addRow(row++, zoneTick, zoneBox);
        add("bulkChangeTechnology", messages.get("camera.field.technology"), model.changeTechnologyProperty(), "technology", technology);
        add("bulkChangeArchiveDays", messages.get("camera.field.archiveDays"), model.changeArchiveDaysProperty(), "archiveDays", archiveDays);
        add("bulkChangeConnection", messages.get("camera.field.connection"), model.changeConnectionProperty(), "connection", connection);
        add("bulkChangeLastCheckedOn", messages.get("camera.field.lastCheckedOn"), model.changeLastCheckedOnProperty(), "lastCheckedOn",
                lastChecked);
        zone.setPrefWidth(220);
        technology.setPrefWidth(220);
        connection.setPrefWidth(220);
        lastChecked.setPrefWidth(180);

        Label message = new Label();
        message.setId("cameraDetailsEditMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        SaveFeedback feedback = new SaveFeedback(messages, errors, message);
        model.outcomeProperty().addListener((o, was, now) -> {
            now.showIn(feedback, messages);
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        errors.reserveErrorSpace();
        VBox form = new VBox(10, intro, grid, message);
        form.setPrefWidth(620);
        form.setPadding(new Insets(16, 20, 4, 20));
        getDialogPane().setContent(form);
        getDialogPane().getStyleClass().add("form-dialog");
        getDialogPane().getStylesheets().add(CameraDetailsEditDialog.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());

        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("cameraDetailsEditSave");
        getDialogPane().lookupButton(cancel).setId("cameraDetailsEditCancel");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!model.savingProperty().get()) {
                Formats.commit(lastChecked);
                model.save();
            }
        });
        saveButton.disableProperty().bind(model.savingProperty());
        model.savedProperty().addListener((o, was, now) -> {
            if (now) {
                setResult(Boolean.TRUE);
                close();
            }
        });
        setResultConverter(b -> null);
    }

    /** One row: the detail's «change» tick, and its field, enabled only while ticked. */
    private void add(String id, String caption, BooleanProperty change, String field, Control control) {
        CheckBox box = tick(id, caption, change);
        control.disableProperty().bind(box.selectedProperty().not());
        grid.addRow(row++, box, errors.register(field, new FormField("", control)));
    }

    private static CheckBox tick(String id, String caption, BooleanProperty change) {
        CheckBox box = new CheckBox(caption);
        box.setId(id);
        box.selectedProperty().bindBidirectional(change);
        box.setPadding(new Insets(4, 0, 0, 0));
        // The detail's name reads whole: the fields take what width is left.
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
