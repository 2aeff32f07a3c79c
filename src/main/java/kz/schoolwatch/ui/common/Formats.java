// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates as officers write them: 26.11.2026. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
}
