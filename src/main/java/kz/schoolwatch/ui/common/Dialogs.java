// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.Optional;

import javafx.beans.property.ObjectProperty;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import kz.schoolwatch.i18n.Messages;

/** Confirmations and messages in the user's language, with buttons tests find by fx:id. */
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
    /** Asks before something that cannot be undone; true when the user agreed. */
    public static boolean confirm(Node owner, Messages messages, String text) {
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.getDialogPane().lookupButton(yes).setId("confirmYes");
        alert.getDialogPane().lookupButton(no).setId("confirmNo");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Shows «the change was not saved» whenever a list's background write fails (a delete from the list), and
     * clears the failure so that the next one is shown too.
     */
    public static void reportSaveFailures(Node owner, Messages messages, ObjectProperty<Throwable> failure) {
        failure.addListener((o, was, error) -> {
            if (error != null) {
                error(owner, messages, messages.get("common.error.saveFailed"));
                failure.set(null);
            }
        });
    }

    /** Tells the user something went wrong. */
    public static void error(Node owner, Messages messages, String text) {
        // Our own button: JavaFX's ButtonType.OK/CLOSE captions are English under a Russian locale.
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, close);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.getDialogPane().lookupButton(close).setId("errorOk");
        alert.showAndWait();
    }

    /**
     * Says something once (a header and a text) and offers one way out besides «Закрыть»; true when the user took
     * it. The dialog pane gets {@code id}, its buttons {@code id + "Action"} and {@code id + "Close"}.
     */
    public static boolean offer(Node owner, Messages messages, String id, String title, String header, String text, String action) {
        ButtonType take = new ButtonType(action, ButtonBar.ButtonData.YES);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, take, close);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(take).setId(id + "Action");
        alert.getDialogPane().lookupButton(close).setId(id + "Close");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == take;
    }
}
