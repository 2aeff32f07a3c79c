// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;

import kz.schoolwatch.service.AccessDeniedException;
import kz.schoolwatch.service.EditConflictException;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.ValidationException;

/**
 * What a failed save says to the form, as message keys of the bundles: field errors go next to their fields; any
 * other failure becomes an error of the field {@value #FORM}, shown under the form's buttons. The service has
 * already read the database's refusal ({@code service.SaveErrors}).
 */
public final class FailureMessages {

    /** The pseudo-field for errors that belong to the whole form. */
    public static final String FORM = "form";

    private FailureMessages() {
    }

    public static List<FieldError> of(Throwable error) {
        if (error instanceof ValidationException v) {
            return v.errors();
        }
        if (error instanceof SaveFailedException s) {
            return List.of(new FieldError(FORM, s.messageKey(), s.args()));
        }
        if (error instanceof EditConflictException) {
            return List.of(FieldError.of(FORM, "conflict.changedMeanwhile"));
        }
        if (error instanceof AccessDeniedException denied) {
            return List.of(FieldError.of(FORM, denied.messageKey()));
        }
        return List.of(FieldError.of(FORM, "common.error.saveFailed"));
    }
}
