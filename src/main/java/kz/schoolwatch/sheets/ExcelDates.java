// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Excel keeps a date as a number of days shown through a date format: which formats are dates, and the ISO text
 * of such a number. Numbers that are not dates are given as Excel shows them at most: 15 significant digits.
 */
final class ExcelDates {

    enum Shown { NUMBER, DATE, TIME, DATE_TIME }

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private ExcelDates() {
    }

    /** How a number with this format is shown; built-in formats are known by id, custom ones by their letters. */
    static Shown shown(Integer formatId, String format) {
        if (formatId != null) {
            int id = formatId;
            if (id >= 14 && id <= 17 || id >= 27 && id <= 31 || id >= 34 && id <= 36 || id >= 50 && id <= 58) {
                return Shown.DATE;
            }
            if (id == 22) {
                return Shown.DATE_TIME;
            }
            if (id >= 18 && id <= 21 || id >= 32 && id <= 33 || id >= 45 && id <= 47) {
                return Shown.TIME;
            }
        }
        return format == null ? Shown.NUMBER : byLetters(format);
    }

    private static Shown byLetters(String format) {
        String f = format.split(";", 2)[0]
                .replaceAll("\"[^\"]*\"", "")   // quoted literals
                .replaceAll("\\\\.", "")         // escaped characters
                .replaceAll("[_*].", "")         // padding
                .replaceAll("\\[[^]]*]", "")     // colours, locales, elapsed time
                .toLowerCase();
        if (f.contains("general")) {
            return Shown.NUMBER;
        }
        boolean date = f.contains("y") || f.contains("d") || f.contains("m") && !f.contains("h") && !f.contains("s");
        boolean time = f.contains("h") || f.contains("s");
        if (date && time) {
            return Shown.DATE_TIME;
        }
        return date ? Shown.DATE : time ? Shown.TIME : Shown.NUMBER;
    }

    /** The text of an Excel serial number shown as {@code shown}. */
    static String text(String raw, Shown shown, boolean date1904) {
        if (shown == Shown.NUMBER) {
            return plainNumber(raw);
        }
        double serial = Double.parseDouble(raw);
        long seconds = Math.round(serial * 86_400);
        long days = Math.floorDiv(seconds, 86_400);
        LocalTime time = LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86_400));
        LocalDate date = date1904 ? EPOCH_1904.plusDays(days) : EPOCH_1900.plusDays(days < 61 ? days + 1 : days);
        return switch (shown) {
            case DATE -> date.toString();
            case TIME -> time.toString();
            case DATE_TIME -> time.equals(LocalTime.MIDNIGHT) ? date.toString() : LocalDateTime.of(date, time).toString();
            case NUMBER -> throw new IllegalStateException();
        };
    }

    /** "12" not "12.0", "3.5", never an exponent. */
    static String plainNumber(String raw) {
        BigDecimal value = new BigDecimal(raw.trim()).round(EXCEL_DIGITS).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
