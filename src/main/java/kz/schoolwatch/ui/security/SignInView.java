// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;

/**
 * The first screen: sign in, or — on the very first start — create the administrator. Enter in the password
 * field submits. A refused sign-in keeps the login and empties the password.
 */
public final class SignInView extends StackPane {

    private final VBox form;

    public SignInView(SignInViewModel model, Messages messages, boolean setUp, boolean encryptExisting) {
        setId(setUp ? "setUpView" : "signInView");
        getStyleClass().add("sign-in");
        FormErrors errors = new FormErrors(messages);
        TextField login = new TextField();
        login.setId("signInLogin");
        login.textProperty().bindBidirectional(model.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label title = new Label(messages.get(setUp ? "setup.title" : "signin.title"));
        title.getStyleClass().add("sign-in-title");
        Label message = new Label();
        message.setId("signInMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button submit = new Button(messages.get(setUp ? "setup.create" : "signin.submit"));
        submit.setId("signInSubmit");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.busyProperty());
        // Words and a wait cursor, not a spinning ProgressIndicator: its animation repainted the window every frame
        // and took a core from the sign-in it stood for (0.7 to 2 s more from «Войти» to the dashboard here).
        Label working = new Label(messages.get(setUp ? "setup.working" : "signin.working"));
        working.setId("signInWorking");
        working.getStyleClass().add("hint-text");
        working.visibleProperty().bind(model.busyProperty());
        cursorProperty().bind(Bindings.when(model.busyProperty()).then(Cursor.WAIT).otherwise(Cursor.DEFAULT));
        form = new VBox(10, title);
        if (setUp) {
            Label intro = new Label(messages.get(encryptExisting ? "setup.introExisting" : "setup.intro"));
            intro.setWrapText(true);
            TextField fullName = new TextField();
            fullName.setId("setUpFullName");
            fullName.textProperty().bindBidirectional(model.fullNameProperty());
            PasswordField repeat = new PasswordField();
            repeat.setId("setUpRepeat");
            repeat.textProperty().bindBidirectional(model.repeatProperty());
            Label policy = new Label(messages.get("password.policy", model.passwordMinLength()));
            policy.setWrapText(true);
            policy.getStyleClass().add("hint-text");
            form.getChildren().addAll(intro,
                    errors.register("login", new FormField(messages.get("account.field.login"), login)),
                    errors.register("fullName", new FormField(messages.get("account.field.fullName"), fullName)),
                    errors.register("password", new FormField(messages.get("account.field.password"), password)),
                    errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)),
                    policy);
            submit.setOnAction(e -> model.setUp());
        } else {
            if (!model.server().isEmpty()) {
                Label server = new Label(messages.get("signin.server", model.server()));
                server.setId("signInServer");
                server.getStyleClass().add("hint-text");
                form.getChildren().add(server);
            }
            form.getChildren().addAll(
                    errors.register("login", new FormField(messages.get("account.field.login"), login)),
                    errors.register("password", new FormField(messages.get("account.field.password"), password)));
            submit.setOnAction(e -> model.signIn());
        }
        model.fieldErrors().addListener((ListChangeListener<Object>) c -> {
            errors.clear();
            errors.show(model.fieldErrors());
        });
        HBox buttons = new HBox(10, submit, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.getChildren().addAll(buttons, message);
        form.setPadding(new Insets(28));
        form.setMaxWidth(440);
        form.getStyleClass().add("sign-in-card");
        form.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(form);
        setAlignment(Pos.CENTER);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (model.loginProperty().get().isEmpty() ? login : password).requestFocus());
            }
        });
    }

    /** The sign-in to the unit's server offers its settings: «Параметры сервера» under the form. */
    public SignInView withServerSettings(Messages messages, Runnable open) {
        Hyperlink link = new Hyperlink(messages.get("signin.serverSettings"));
        link.setId("signInServerSettings");
        link.setOnAction(e -> open.run());
        form.getChildren().add(link);
        return this;
    }
}
