// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;

/** Changes the signed-in account's password; required at the first sign-in with a temporary password. */
public final class ChangePasswordDialog {

    private final FormDialog dialog;

    public ChangePasswordDialog(Node owner, Messages messages, ChangePasswordViewModel model, boolean forced) {
        FormErrors errors = new FormErrors(messages);
        PasswordField current = new PasswordField();
        current.setId("changeCurrent");
        current.textProperty().bindBidirectional(model.currentProperty());
        PasswordField password = new PasswordField();
        password.setId("changePassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("changeRepeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        Label policy = new Label(messages.get("password.policy", model.passwordMinLength()));
        policy.setWrapText(true);
        policy.getStyleClass().add("hint-text");
        VBox form = new VBox(4);
        if (forced) {
            Label why = new Label(messages.get("password.mustChange"));
            why.setWrapText(true);
            form.getChildren().add(why);
        }
        form.getChildren().addAll(
                errors.register("current", new FormField(messages.get("password.current"), current)),
                errors.register("password", new FormField(messages.get("password.new"), password)),
                errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)), policy);
        dialog = new FormDialog(owner, messages, messages.get("session.changePassword"), "changePassword", form, errors, model);
    }

    /** True when the password was changed. */
    public Optional<Boolean> showAndWait() {
        return dialog.showAndWait();
    }
}
