// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.io.File;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;

/**
 * The unit's server's settings, in place of the sign-in form: the first start's «Подключиться к серверу
 * подразделения», and «Параметры сервера» on the server's sign-in form. {@code back} returns to where it was opened
 * from (null: no way back offered).
 */
public final class ServerSettingsView extends StackPane {

    public ServerSettingsView(ServerSettingsViewModel model, Messages messages, Runnable back) {
        setId("serverSettingsView");
        getStyleClass().add("sign-in");
        FormErrors errors = new FormErrors(messages);
        Label title = new Label(messages.get("serverForm.title"));
        title.getStyleClass().add("sign-in-title");
        title.setWrapText(true);
        Label intro = new Label(messages.get("serverForm.intro"));
        intro.setWrapText(true);
        TextField host = text("serverHost");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = text("serverPort");
        port.textProperty().bindBidirectional(model.portProperty());
        port.setPrefColumnCount(6);
        TextField database = text("serverDatabase");
        database.textProperty().bindBidirectional(model.databaseProperty());
        TextField caFile = text("serverCaFile");
        caFile.textProperty().bindBidirectional(model.caFileProperty());
        Button choose = new Button(messages.get("serverForm.caFile.choose"));
        choose.setId("serverCaFileChoose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("serverForm.caFile.dialog"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("*.crt, *.pem", "*.crt", "*.pem", "*.cer"),
                    new FileChooser.ExtensionFilter("*", "*"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.caFileProperty().set(file.getAbsolutePath());
            }
        });
        HBox caRow = new HBox(6, caFile, choose);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        CheckBox unencrypted = new CheckBox(messages.get("serverForm.field.allowUnencrypted"));
        unencrypted.setId("serverAllowUnencrypted");
        unencrypted.setWrapText(true);
        unencrypted.selectedProperty().bindBidirectional(model.allowUnencryptedProperty());
        Label warning = new Label(messages.get("serverForm.warning.unencrypted"));
        warning.setId("serverUnencryptedWarning");
        warning.getStyleClass().add("error-text");
        warning.setWrapText(true);
        warning.visibleProperty().bind(model.allowUnencryptedProperty());
        warning.managedProperty().bind(model.allowUnencryptedProperty());
        Button save = new Button(messages.get("serverForm.save"));
        save.setId("serverSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(10, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (back != null) {
            Button backButton = new Button(messages.get("serverForm.back"));
            backButton.setId("serverBack");
            backButton.setCancelButton(true);
            backButton.setOnAction(e -> back.run());
            buttons.getChildren().add(backButton);
        }
        Label message = new Label();
        message.setId("serverMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox portAndDatabase = new HBox(10,
                errors.register("port", new FormField(messages.get("serverForm.field.port"), port)),
                errors.register("database", new FormField(messages.get("serverForm.field.database"), database)));
        HBox.setHgrow(portAndDatabase.getChildren().get(1), Priority.ALWAYS);
        VBox form = new VBox(10, title, intro,
                errors.register("host", new FormField(messages.get("serverForm.field.host"), host)),
                portAndDatabase,
                errors.register("caFile", new FormField(messages.get("serverForm.field.caFile"), caRow, caFile)),
                unencrypted, warning, buttons, message);
        if (model.existing()) {
            Hyperlink local = new Hyperlink(messages.get("serverForm.useLocal"));
            local.setId("serverUseLocal");
            local.setOnAction(e -> model.useThisComputer());
            form.getChildren().add(local);
        }
        model.fieldErrors().addListener((ListChangeListener<Object>) c -> {
            errors.clear();
            errors.show(model.fieldErrors());
        });
        form.setPadding(new Insets(28));
        form.setMaxWidth(520);
        form.getStyleClass().add("sign-in-card");
        form.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(form);
        setAlignment(Pos.CENTER);
    }

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }
}
