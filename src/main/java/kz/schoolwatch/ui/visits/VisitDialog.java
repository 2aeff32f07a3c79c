// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import kz.schoolwatch.i18n.Messages;

/**
 * The visit form in a dialog, for a new visit at one school (from the school's card): the officer and the moment
 * filled in as on the Visits screen, the school chosen. It closes once the visit is saved. The dialog pane's fx:id
 * is {@code visitDialog}; the form's fields keep their ids.
 */
public final class VisitDialog {

    private VisitDialog() {
    }

    /** Shows the form for a new visit at {@code schoolId}; true when a visit was saved. */
    public static boolean show(Node owner, VisitFormViewModel model, Messages messages, long schoolId) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(messages.get("visit.form.new"));
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        VisitFormView form = new VisitFormView(model, messages, null);
        form.lookupAll("#visitNew").forEach(n -> {
            n.setVisible(false);
            n.setManaged(false);
        });
        form.setPrefWidth(400);
        StackPane content = new StackPane(form);
        content.setPadding(new Insets(16, 20, 4, 20));
        dialog.getDialogPane().setId("visitDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().getStylesheets().add(VisitDialog.class.getResource("/kz/schoolwatch/ui/app.css").toExternalForm());
        ButtonType close = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("visitDialogCancel");
        dialog.setResultConverter(type -> Boolean.FALSE);
        model.savedProperty().addListener((o, was, now) -> {
            dialog.setResult(Boolean.TRUE);
            dialog.close();
        });
        model.startNewAt(schoolId);
        model.loadChoices();
        return dialog.showAndWait().orElse(false);
    }
}
