// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

/**
 * One thing wrong with one field of a form: the UI shows the message next to the field named {@code field}.
 *
 * @param field      the form field's name (the view maps it to its control)
 * @param messageKey message key of the explanation, in the user's language
 * @param args       arguments for the message
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
