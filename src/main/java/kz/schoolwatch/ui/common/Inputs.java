// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.List;
import java.util.regex.Pattern;

import kz.schoolwatch.service.FieldError;

/**
 * Reads what a user typed into number fields, forgivingly: «1 200», « 42 », «+5» and «1,200» are all numbers. A
 * comma only groups thousands («1,200»); «1,5» is one and a half in Russian, so it is refused, not read as 15.
 */
public final class Inputs {

    /** Spaces a number may be padded or grouped with: ordinary ones, the no-break space and the narrow one. */
    private static final String SPACE = "[\\s\\u00a0\\u202f]";
    private static final Pattern PADDING = Pattern.compile("^" + SPACE + "+|" + SPACE + "+$");
    /** Plain digits, or digits in groups of three after the first (separated by a space or a comma). */
    private static final Pattern WHOLE = Pattern.compile("[+-]?(\\d+|\\d{1,3}((" + SPACE + "|,)\\d{3})+)");
    private static final Pattern SEPARATORS = Pattern.compile(SPACE + "|,");

    private Inputs() {
    }

    /** The whole number in {@code text}; null for an empty field. More than nine digits are refused. */
    public static Integer parseInteger(String text) throws NumberFormatException {
        if (text == null) {
            return null;
        }
        String trimmed = PADDING.matcher(text).replaceAll("");
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new NumberFormatException(text);
        }
        String cleaned = SEPARATORS.matcher(trimmed).replaceAll("");
        if (cleaned.replaceFirst("^[+-]", "").length() > 9) {
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
