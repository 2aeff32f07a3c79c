// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;

import kz.schoolwatch.service.FieldError;

/** Reads what a user typed into number fields, forgivingly: «1 200», « 42 » and «1,200» are all numbers. */
public final class Inputs {

    private Inputs() {
    }

    /** The whole number in {@code text}; null for an empty field. */
    public static Integer parseInteger(String text) throws NumberFormatException {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s\\u00a0\\u202f,]", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        if (!cleaned.matches("[+-]?\\d{1,9}")) {
            throw new NumberFormatException(text);
        }
        return Integer.valueOf(cleaned);
    }

    /** Parses a number field; a wrong value adds a "not a number" error for {@code field} to {@code errors}. */
    public static Integer integerField(String field, String text, List<FieldError> errors) {
        try {
            return parseInteger(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.number"));
            return null;
        }
    }
}
