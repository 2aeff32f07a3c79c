// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.AccountService;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.TaskRunner;

/** Changes the signed-in account's password; required at the first sign-in with a temporary password. */
public final class ChangePasswordDialog {

    private final FormDialog dialog;

    public ChangePasswordDialog(Node owner, Messages messages, TaskRunner tasks, AccountService accounts, boolean forced) {
        FormErrors errors = new FormErrors(messages);
        PasswordField current = new PasswordField();
        current.setId("changeCurrent");
        PasswordField password = new PasswordField();
        password.setId("changePassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("changeRepeat");
        Label policy = new Label(messages.get("password.policy", PasswordPolicy.MIN_LENGTH));
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
        dialog = new FormDialog(owner, messages, messages.get("session.changePassword"), "changePassword", form, errors, tasks, () -> {
            char[] now = current.getText().toCharArray();
            char[] next = password.getText().toCharArray();
            char[] again = repeat.getText().toCharArray();
            return () -> {
                accounts.changeOwnPassword(now, next, again);
                return null;
            };
        });
    }

    /** True when the password was changed. */
    public Optional<Boolean> showAndWait() {
        return dialog.showAndWait();
    }
}
