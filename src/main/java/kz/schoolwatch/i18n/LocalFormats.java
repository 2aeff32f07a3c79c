// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates, months and numbers as each {@link Language} writes them, with the program's own patterns where the JDK's
 * are unfit: its short Kazakh date has a two-digit year (so every language writes dd.MM.yyyy), and its Kazakh month
 * names are capitalised. Immutable and safe to share between threads.
 */
public final class LocalFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** Nominative month names, as a month stands alone on a title: «қараша 2026», «ноябрь 2026». */
    private static final List<String> KAZAKH_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
            "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");
    private static final List<String> RUSSIAN_MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** The no-break space Kazakh and Russian group thousands with, so «1 602» never breaks at the end of a line. */
    public static final char NO_BREAK_SPACE = '\u00a0';

    /** Spaces a typed number may be grouped or padded with: ordinary, no-break, narrow no-break and thin. */
    private static final String SPACE = "[\\s\\u00a0\\u202f\\u2009]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    /** After the spaces are gone: a sign, digits, at most commas and points between them. */
    private static final Pattern NUMBER = Pattern.compile("[+\\-\u2212]?\\d[\\d.,]*");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private final Language language;

    private LocalFormats(Language language) {
        this.language = language;
    }

    public static LocalFormats of(Language language) {
        return new LocalFormats(language);
    }

    public Language language() {
        return language;
    }

    /** 05.11.2026 in every language. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** 05.11.2026 14:30 in every language. */
    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** The month's own name, as it stands alone: «қараша», «ноябрь», «November». */
    public String monthName(Month month) {
        List<String> names = switch (language) {
            case KAZAKH -> KAZAKH_MONTHS;
            case RUSSIAN -> RUSSIAN_MONTHS;
            case ENGLISH -> ENGLISH_MONTHS;
        };
        return names.get(month.ordinal());
    }

    /** «қараша 2026», «ноябрь 2026», «November 2026». */
    public String monthYear(YearMonth month) {
        return month == null ? "" : monthName(month.getMonth()) + " " + month.getYear();
    }

    /** The thousands separator: a no-break space in Kazakh and Russian, a comma in English. */
    public char groupingSeparator() {
        return language == Language.ENGLISH ? ',' : NO_BREAK_SPACE;
    }

    /** The decimal separator: a comma in Kazakh and Russian, a point in English. */
    public char decimalSeparator() {
        return language == Language.ENGLISH ? '.' : ',';
    }

    /** A whole number with its thousands apart: «1 234 567» (no-break spaces), «1,234,567». */
    public String count(long n) {
        String digits = Long.toString(Math.abs(n));
        return (n < 0 ? "-" : "") + group(digits);
    }

    /** {@code value} rounded to {@code decimals} places: «1 234,5», «1,234.5». */
    public String decimal(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : decimalSeparator() + plain.substring(point + 1);
        return (rounded.signum() < 0 ? "-" : "") + group(whole) + fraction;
    }

    private String group(String digits) {
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            b.append(groupingSeparator()).append(digits, i, i + 3);
        }
        return b.toString();
    }

    /**
     * Reads a number typed in any of the three languages: thousands apart by spaces of any kind (the no-break one
     * too), a comma or a point as the decimal mark. A mark met more than once groups thousands («1.234.567»); with
     * both, the last one is the decimal mark («1,234.5», «1.234,5»). A single comma before exactly three digits
     * («1,234») groups thousands only when the user writes English; in Kazakh and Russian it is a decimal comma.
     * Empty for blank text and for text that is not a number.
     */
    public Optional<BigDecimal> parseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = SPACES.matcher(text.strip()).replaceAll("").replace('\u2212', '-');
        if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        String digits = normalise(s);
        if (digits == null) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(digits);
            return Optional.of(negative ? n.negate() : n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code s} (digits, commas, points) with the grouping marks dropped and the decimal mark a point; null if unreadable. */
    private String normalise(String s) {
        int commas = s.length() - s.replace(",", "").length();
        int points = s.length() - s.replace(".", "").length();
        if (commas == 0 && points == 0) {
            return s;
        }
        if (commas > 0 && points > 0) {
            char decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            int decimals = decimal == ',' ? commas : points;
            String whole = s.substring(0, s.lastIndexOf(decimal));
            if (decimals > 1 || !GROUPED.matcher(whole).matches()) {
                return null;
            }
            return whole.replace(String.valueOf(grouping), "") + "." + s.substring(s.lastIndexOf(decimal) + 1);
        }
        char mark = commas > 0 ? ',' : '.';
        int marks = Math.max(commas, points);
        if (marks > 1 || (mark == ',' && language == Language.ENGLISH && GROUPED.matcher(s).matches())) {
            return GROUPED.matcher(s).matches() ? s.replace(String.valueOf(mark), "") : null;
        }
        if (s.endsWith(String.valueOf(mark))) {
            return null;
        }
        return s.replace(mark, '.');
    }

    /** {@link #parseNumber} for whole numbers that fit an int: «1 234» is 1234; empty for «1,5» or blank text. */
    public Optional<Integer> parseWhole(String text) {
        return parseNumber(text).flatMap(n -> {
            try {
                return Optional.of(n.stripTrailingZeros().intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }
}
