// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;

import javafx.scene.control.Label;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;

/**
 * Shows what became of a save: field errors next to their fields, anything else in the form's message line.
 * The form's inputs are never touched, so nothing the user typed is lost.
 */
public final class SaveFeedback {

    private final Messages messages;
    private final FormErrors fields;
    private final Label message;

    public SaveFeedback(Messages messages, FormErrors fields, Label message) {
        this.messages = messages;
        this.fields = fields;
        this.message = message;
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
    }

    public void clear() {
        fields.clear();
        message.setText("");
        message.getStyleClass().removeAll("form-message-error", "form-message-ok");
    }

    /** Shows parse errors found before asking the service; true when there were any. */
    public boolean showIfAny(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return false;
        }
        showErrors(errors);
        return true;
    }

    public void showSaved(String text) {
        fields.clear();
        message.getStyleClass().removeAll("form-message-error");
        message.getStyleClass().add("form-message-ok");
        message.setText(text);
    }

    /** Explains a failed save. */
    public void showFailure(Throwable error) {
        if (error instanceof ValidationException v) {
            showErrors(v.errors());
        } else if (error instanceof SaveFailedException f) {
            fields.clear();
            showMessage(messages.get(f.messageKey(), f.args().toArray()));
        } else if (error instanceof AccessDeniedException denied) {
            fields.clear();
            showMessage(messages.get(denied.messageKey()));
        } else if (error instanceof EditConflictException) {
            // The conflict dialog shows the fields; the form's line says why nothing was written.
            fields.clear();
            showMessage(messages.get("conflict.changedMeanwhile"));
        } else {
            fields.clear();
            showMessage(messages.get("save.error.unexpected"));
        }
    }

    private void showErrors(List<FieldError> errors) {
        List<FieldError> unplaced = fields.show(errors);
        StringBuilder sb = new StringBuilder(messages.get("form.hasErrors"));
        unplaced.forEach(e -> sb.append(' ').append(fields.text(e)));
        showMessage(sb.toString());
    }

    private void showMessage(String text) {
        message.getStyleClass().removeAll("form-message-ok");
        if (!message.getStyleClass().contains("form-message-error")) {
            message.getStyleClass().add("form-message-error");
        }
        message.setText(text);
    }
}
