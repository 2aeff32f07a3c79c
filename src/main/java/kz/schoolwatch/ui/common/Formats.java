// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates and times as Kazakhstan writes them: 05.09.2026, 14:30. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A date picker that reads and writes dd.MM.yyyy and keeps a typed date even when focus leaves by a click. */
    public static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("дд.мм.гггг");
        picker.getEditor().setId(id + "Text");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.trim(), DATE);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        return picker;
    }

    /** Takes what was typed into the editor as the value (the DatePicker only does that on Enter). */
    public static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = picker.getConverter().fromString(text);
        if (parsed != null || text == null || text.isBlank()) {
            picker.setValue(parsed);
        }
    }

    /** True when the editor holds text that is not a date. */
    public static boolean hasUnreadableDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text != null && !text.isBlank() && picker.getConverter().fromString(text) == null;
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** Reads «9:05» or «14:30» (a dot works too); empty when it is not a time. */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.trim().replace('.', ':'), TIME_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A whole number typed in a field; empty for blank, null for text that is not a number. */
    public static Integer parseCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(text.trim().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
