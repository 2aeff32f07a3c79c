// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.ui.common.SaveFeedback;

/**
 * What became of a card form's last save or read, for its pane to show: field errors found before saving, a
 * failure of the background work, or a save with its message. Compared by identity, so the same outcome twice
 * (two saves in a row) still tells the pane.
 */
final class FormOutcome {

    static final FormOutcome NONE = new FormOutcome(List.of(), null, null);

    private final List<FieldError> errors;
    private final Throwable failure;
    private final String savedKey;
    private final Object[] savedArgs;

    private FormOutcome(List<FieldError> errors, Throwable failure, String savedKey, Object... savedArgs) {
        this.errors = List.copyOf(errors);
        this.failure = failure;
        this.savedKey = savedKey;
        this.savedArgs = savedArgs;
    }

    static FormOutcome invalid(List<FieldError> errors) {
        return new FormOutcome(errors, null, null);
    }

    static FormOutcome failed(Throwable error) {
        return new FormOutcome(List.of(), error, null);
    }

    static FormOutcome saved(String messageKey, Object... args) {
        return new FormOutcome(List.of(), null, messageKey, args);
    }

    boolean isSaved() {
        return savedKey != null;
    }

    /** The field errors, found before saving or refused by the service. */
    List<FieldError> errors() {
        return failure instanceof ValidationException v ? v.errors() : errors;
    }

    Throwable failure() {
        return failure;
    }

    /** The message of a save, in the user's language; empty otherwise. */
    String savedText(Messages messages) {
        return savedKey == null ? "" : messages.get(savedKey, savedArgs);
    }

    /** Shows this outcome on a form: errors next to the fields, anything else in its message line. */
    void showIn(SaveFeedback feedback, Messages messages) {
        if (savedKey != null) {
            feedback.showSaved(savedText(messages));
        } else if (failure instanceof EditConflictException) {
            // The conflict dialog shows the fields; the form's line says why nothing was written.
            feedback.showFailure(new SaveFailedException("conflict.changedMeanwhile", failure));
        } else if (failure != null) {
            feedback.showFailure(failure);
        } else if (!feedback.showIfAny(errors)) {
            feedback.clear();
        }
    }
}
