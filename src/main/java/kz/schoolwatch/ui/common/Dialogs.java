// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import kz.schoolwatch.i18n.Messages;

/** Confirmation and error dialogs with Russian buttons. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Asks a yes/no question; true when the user confirmed. */
    public static boolean confirm(Node owner, Messages messages, String header, String text) {
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(yes).setId("confirmYes");
        alert.getDialogPane().lookupButton(no).setId("confirmNo");
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
