// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.LocalFormats;
import kz.schoolwatch.i18n.Messages;

/** Dates, times and counts as Kazakhstan writes them: 05.09.2026, 14:30, 1 602 (1,602 when the program speaks English). */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Typed times: strict, so «24:00» is refused rather than read as the midnight that began the day. */
    private static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    /** Typed dates: strict, so «30.02.2026» is refused rather than read as 28 February. */
    private static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** What a typed value may be padded with besides ordinary spaces: the no-break space and the narrow one. */
    private static final Pattern PADDING = Pattern.compile("^[\\s\\u00a0\\u202f]+|[\\s\\u00a0\\u202f]+$");

    /**
     * The language whose month names and numbers the screens show; Russian until {@link #follow} is told which
     * {@link Messages} the program speaks. Dates are dd.MM.yyyy in every language.
     */
    private static volatile LocalFormats current = LocalFormats.of(Language.RUSSIAN);
    /** The texts followed now: a listener left on an older instance stops counting once another is followed. */
    private static volatile Messages followed;

    private Formats() {
    }

    /**
     * Shows month names and numbers in the language of {@code messages} from now on, and again after each switch of
     * it. The program calls it once, with the one instance it speaks through.
     */
    public static void follow(Messages messages) {
        followed = messages;
        current = LocalFormats.of(messages.language());
        messages.onSwitch(language -> {
            if (followed == messages) {
                current = LocalFormats.of(language);
            }
        });
    }

    /** The formats of the language the program speaks now. */
    public static LocalFormats local() {
        return current;
    }

    /** A count as every screen shows it: «1 602» (a no-break space between) in Kazakh and Russian, «1,602» in English. */
    public static String count(long n) {
        return current.count(n);
    }

    /** A month on its own, in the language spoken now: «қараша 2026», «ноябрь 2026», «November 2026». */
    public static String monthYear(YearMonth month) {
        return current.monthYear(month);
    }

    /** {@link #count(long)}, empty for null. */
    public static String count(Integer n) {
        return n == null ? "" : count(n.longValue());
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A date picker that reads and writes dd.MM.yyyy and keeps a typed date even when focus leaves by a click. */
    public static DatePicker datePicker(String id, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        // dd.mm.yyyy in the user's words: дд.мм.гггг, кк.аа.жжжж.
        picker.setPromptText(messages.get("date.prompt"));
        picker.getEditor().setId(id + "Text");
        picker.setConverter(dateConverter());
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        return picker;
    }

    /**
     * Writes dd.MM.yyyy and reads it strictly ({@link #parseDate}); unreadable text reads as null. For every date
     * picker a user types into: JavaFX's own converter moves «30.02.2026» to 28 February and reads «26» as year 26.
     */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s).orElse(null);
            }
        };
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

    /** Reads «05.09.2026»; empty for blank text and for text that is not a real date («30.02.2026», «05.09.26»). */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = PADDING.matcher(text).replaceAll("");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, DATE_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
            return Optional.of(LocalTime.parse(PADDING.matcher(text).replaceAll("").replace('.', ':'), TIME_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A count typed in a field, read like every number field ({@link Inputs#parseInteger}): zero for blank, null
     * for text that is not a whole number.
     */
    public static Integer parseCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            Integer n = Inputs.parseInteger(text);
            return n == null ? Integer.valueOf(0) : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
