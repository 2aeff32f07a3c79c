// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;

/** What the properties expect of saved texts and of refusals, written once. */
final class Expect {

    static final Messages RUSSIAN = Messages.russian();

    /** The range every date of a record must fall in: a year outside it is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private Expect() {
    }

    static boolean outOfRange(LocalDate d) {
        return d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST));
    }

    /** {@code +?}, a digit, then 5 to 19 of digits, spaces, brackets and dashes: the documented phone format, written out. */
    static boolean phone(String text) {
        if (blank(text)) {
            return true;
        }
        String p = text.trim();
        String rest = p.startsWith("+") ? p.substring(1) : p;
        if (rest.isEmpty() || rest.charAt(0) < '0' || rest.charAt(0) > '9') {
            return false;
        }
        String tail = rest.substring(1);
        if (tail.length() < 5 || tail.length() > 19) {
            return false;
        }
        return tail.chars().allMatch(c -> c >= '0' && c <= '9' || c == ' ' || c == '(' || c == ')' || c == '-');
    }

    /** The documented notion of an empty field: nothing left once trimmed (trim also drops control characters). */
    static boolean blank(String s) {
        return s == null || s.trim().isBlank();
    }

    /** How an optional text is stored: trimmed, or NULL when blank. */
    static String stored(String s) {
        return blank(s) ? null : s.trim();
    }

    /** The message key resolves in the Russian bundle, with its arguments put in. */
    static void readable(String key, List<Object> args) {
        assertThat(RUSSIAN.bundle().containsKey(key)).as("message %s in the Russian bundle", key).isTrue();
        String text = RUSSIAN.get(key, args.toArray());
        assertThat(text).as("message %s", key).isNotBlank();
        for (Object arg : args) {
            String shown = arg instanceof Number n ? NumberFormat.getInstance(RUSSIAN.locale()).format(n) : String.valueOf(arg);
            assertThat(text).as("message %s shows its argument", key).contains(shown);
        }
    }

    static void readable(FieldError e) {
        readable(e.messageKey(), e.args());
    }

    /**
     * Runs {@code save}: when {@code wrongFields} is empty it must succeed and its result is returned; else it
     * must be refused with a {@link ValidationException} naming exactly those fields, in readable Russian.
     */
    static <T> T savedOrRefused(Set<String> wrongFields, Supplier<T> save) {
        T result;
        try {
            result = save.get();
        } catch (ValidationException e) {
            Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
            assertThat(fields).as("fields refused (%s)", e.errors()).isEqualTo(new TreeSet<>(wrongFields));
            e.errors().forEach(Expect::readable);
            return null;
        }
        if (!wrongFields.isEmpty()) {
            fail("saved, but these fields are wrong: " + wrongFields);
        }
        return result;
    }
}
