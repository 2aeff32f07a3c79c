// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors for one form. Never throws while checking, so every problem is reported at once;
 * {@link #throwIfInvalid()} ends the check.
 */
public final class Validator {

    /** The first day a date of this program's records may fall on (visits before it are refused too). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    /** The last day a date may fall on: a later year is a typing error, whatever the field. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,19}$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * True for null and for a text with nothing left once trimmed. Trimming also drops control characters, so
     * a text of only those counts as blank: saved, it would be stored empty.
     */
    public static boolean isBlank(String text) {
        return text == null || text.trim().isBlank();
    }

    /** The value must not be null or blank (see {@link #isBlank(String)}). */
    public Validator required(String field, Object value) {
        if (value == null || value instanceof String s && isBlank(s)) {
            errors.add(FieldError.of(field, "validation.required"));
        }
        return this;
    }

    /** A text may be empty, but not longer than {@code max} characters. */
    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
        return this;
    }

    /** A count: empty is fine, else at least zero. */
    public Validator notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(FieldError.of(field, "validation.notNegative"));
        }
        return this;
    }

    /** A whole number in {@code [min, max]}. */
    public Validator range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(FieldError.of(field, "validation.range", min, max));
        }
        return this;
    }

    /**
     * A date a record can have: from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}; empty is fine. Catches
     * years typed with a digit too many or too few, which the date field reads as a real date.
     */
    public Validator date(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            errors.add(FieldError.of(field, "validation.dateOutOfRange", SHOWN.format(EARLIEST_DATE), SHOWN.format(LATEST_DATE)));
        }
        return this;
    }

    /** A phone number such as {@code +7 727 123 45 67}; empty is fine. */
    public Validator phone(String field, String value) {
        if (!isBlank(value) && !PHONE.matcher(value.trim()).matches()) {
            errors.add(FieldError.of(field, "validation.phone"));
        }
        return this;
    }

    /** Adds an error when {@code wrong} holds. */
    public Validator check(boolean wrong, String field, String messageKey, Object... args) {
        if (wrong) {
            errors.add(FieldError.of(field, messageKey, args));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the save when anything was wrong. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
