// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.List;

/** A save refused before it touched the database, with every field error found. */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
