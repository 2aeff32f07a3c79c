// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Formats;

/**
 * The audit trail's «Было» and «Стало» as a person reads them: the trigger stores a row's changed columns as a flat
 * JSON object ({@code {"name":"Школа № 12","pupils":1200}}); this names each column in Russian (keys
 * {@code audit.field.<column>}, the column's own name where there is none), writes dates as dd.MM.yyyy, yes and no
 * as words and coded values (a camera's status, a school's type) by their names, and leaves out the row's id, which
 * the «Объект» column shows:
 * «Название: Школа № 12; Учеников: 1 200». Anything that is not such an object is shown as it is.
 */
final class AuditChanges {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /** Columns holding a code, and the bundle prefix that names the code's values. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("school_type", "school.type"),
            Map.entry("ownership", "school.ownership"),
            Map.entry("teaching_language", "school.language"),
            Map.entry("placement", "camera.placement"),
            Map.entry("view_area", "camera.area"),
            Map.entry("status", "camera.status"),
            Map.entry("item", "check.item"),
            Map.entry("result", "check.result"),
            Map.entry("location", "offence.location"),
            Map.entry("user_role", "account.role"),
            Map.entry("zone", "camera.zone"),
            Map.entry("technology", "camera.technology"),
            Map.entry("connection", "camera.connection"));

    private final Messages messages;

    AuditChanges(Messages messages) {
        this.messages = messages;
    }

    /** One line: «Поле: значение; Поле: значение». Empty for no value. */
    String line(String json) {
        return describe(json, "; ");
    }

    /** Each field on its own line, for the tooltip that shows the whole text. */
    String lines(String json) {
        return describe(json, "\n");
    }

    private String describe(String json, String separator) {
        if (json == null || json.isBlank()) {
            return "";
        }
        Optional<Map<String, Object>> fields = parse(json);
        if (fields.isEmpty()) {
            return json;
        }
        StringJoiner text = new StringJoiner(separator);
        boolean oneLine = !separator.contains("\n");
        fields.get().forEach((column, value) -> {
            if (column.equals("id")) {
                // The «Объект» column names the row already («Учётная запись #3»).
                return;
            }
            String shown = value(column, value);
            text.add(label(column) + ": " + (oneLine ? shown.replaceAll("\\s*\\R\\s*", " ") : shown));
        });
        return text.toString();
    }

    /** The column's Russian name, or its own name with spaces where there is none. */
    String label(String column) {
        String name = messages.named("audit.field", column);
        return name.equals(column) ? column.replace('_', ' ') : name;
    }

    private String value(String column, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return messages.get(b ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Long n) {
            // Numbers that name something (ids, a school's number) are written as they are; counts grouped.
            boolean name = column.equals("id") || column.endsWith("_id") || column.contains("number");
            return name ? n.toString() : messages.get("common.count", n);
        }
        if (value instanceof Double d) {
            return d.toString();
        }
        String s = value.toString();
        String prefix = CODES.get(column);
        if (prefix != null) {
            String key = prefix + "." + s.toLowerCase(Locale.ROOT);
            if (messages.has(key)) {
                return messages.get(key);
            }
        }
        try {
            if (DATE.matcher(s).matches()) {
                return Formats.date(LocalDate.parse(s));
            }
            if (DATE_TIME.matcher(s).matches()) {
                return Formats.dateTime(LocalDateTime.parse(s.replace(' ', 'T')));
            }
        } catch (DateTimeParseException e) {
            return s;
        }
        return s.isEmpty() ? "—" : s;
    }

    /**
     * Reads a flat JSON object of strings, whole and decimal numbers, booleans and nulls, in its order; empty when the
     * text is anything else.
     */
    static Optional<Map<String, Object>> parse(String json) {
        Reader r = new Reader(json.trim());
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            r.expect('{');
            r.skipSpace();
            if (r.peek() == '}') {
                r.next();
            } else {
                while (true) {
                    r.skipSpace();
                    String name = r.string();
                    r.skipSpace();
                    r.expect(':');
                    r.skipSpace();
                    fields.put(name, r.value());
                    r.skipSpace();
                    char c = r.next();
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        return Optional.empty();
                    }
                }
            }
            r.skipSpace();
            return r.atEnd() ? Optional.of(fields) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) {
            this.s = s;
        }

        char peek() {
            return s.charAt(at);
        }

        char next() {
            return s.charAt(at++);
        }

        boolean atEnd() {
            return at == s.length();
        }

        void skipSpace() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", at)) {
                at += 4;
                return null;
            }
            if (s.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            String number = s.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("no value");
            }
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException e) {
                return Double.parseDouble(number);
            }
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = next();
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
