// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;

/**
 * «Перенести на сервер…»: the server's address, the owner's login and password, the unit's CA certificate (or,
 * on a test network, consent to no encryption); the move's progress with «Отмена»; then rows per table and the
 * chain's check, or why nothing was written. The dialog cannot be closed while the move runs.
 */
public final class ServerMoveDialog extends Dialog<Void> {

    /** Asks for the CA certificate's file; a seam for tests. */
    @FunctionalInterface
    public interface CertificateChooser {
        Optional<Path> ask(Window owner);

        static CertificateChooser system(Messages messages) {
            return owner -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("move.ca"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("move.ca.filter"), "*.crt", "*.pem"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            };
        }
    }

    public ServerMoveDialog(ServerMoveViewModel model, Messages messages, CertificateChooser chooser) {
        setTitle(messages.get("move.title"));
        setHeaderText(null);
        FormErrors errors = new FormErrors(messages);
        TextField host = text("moveHost", model.hostProperty(), 24);
        TextField port = text("movePort", model.portProperty(), 6);
        TextField database = text("moveDatabase", model.databaseProperty(), 16);
        TextField login = text("moveLogin", model.loginProperty(), 16);
        PasswordField password = new PasswordField();
        password.setId("movePassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        TextField ca = text("moveCa", model.caCertificateProperty(), 30);
        Button chooseCa = new Button(messages.get("move.ca.choose"));
        chooseCa.setId("moveCaChoose");
        chooseCa.setOnAction(e -> chooser.ask(getDialogPane().getScene().getWindow())
                .ifPresent(p -> model.caCertificateProperty().set(p.toString())));
        HBox caRow = new HBox(6, ca, chooseCa);
        HBox.setHgrow(ca, Priority.ALWAYS);
        CheckBox plain = new CheckBox(messages.get("move.allowUnencrypted"));
        plain.setId("moveAllowUnencrypted");
        plain.selectedProperty().bindBidirectional(model.allowUnencryptedProperty());
        caRow.disableProperty().bind(plain.selectedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.add(errors.register("host", new FormField(messages.get("move.host"), host)), 0, 0);
        grid.add(errors.register("port", new FormField(messages.get("move.port"), port)), 1, 0);
        grid.add(errors.register("database", new FormField(messages.get("move.database"), database)), 2, 0);
        grid.add(errors.register("login", new FormField(messages.get("move.login"), login)), 0, 1);
        grid.add(errors.register("password", new FormField(messages.get("move.password"), password)), 1, 1, 2, 1);
        grid.add(errors.register("ca", new FormField(messages.get("move.ca"), caRow, ca)), 0, 2, 3, 1);
        grid.add(plain, 0, 3, 3, 1);
        model.errors().addListener((ListChangeListener<Object>) c -> errors.show(model.errors()));
        grid.disableProperty().bind(model.runningProperty().or(model.doneProperty()));

        Label hint = new Label(messages.get("move.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint-text");
        Button start = new Button(messages.get("move.start"));
        start.setId("moveStart");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty().or(model.doneProperty()));
        start.setOnAction(e -> model.start());
        Button cancel = new Button(messages.get("move.cancel"));
        cancel.setId("moveCancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("moveProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        HBox actions = new HBox(10, start, bar, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("moveMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, was, now) -> message.getStyleClass().setAll(now ? "error-text" : "label"));
        ListView<String> tables = new ListView<>(model.tables());
        tables.setId("moveTables");
        tables.setPrefHeight(200);
        // Keeps its place while empty, so the dialog does not change size when the summary arrives.
        tables.visibleProperty().bind(Bindings.isNotEmpty(model.tables()));

        VBox box = new VBox(12, hint, grid, actions, message, tables);
        box.setPadding(new Insets(8));
        box.setPrefWidth(680);
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(720);
        setResizable(true);
        model.messageProperty().addListener((o, was, now) -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("moveClose");
        getDialogPane().lookupButton(close).disableProperty().bind(model.runningProperty());
        // The window's own close box too waits for the move (or its cancellation) to end.
        setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
            }
        });
    }

    private static TextField text(String id, StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
