// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import static kz.schoolwatch.properties.Gen.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.domain.CheckItem;
import kz.schoolwatch.domain.CheckResult;
import kz.schoolwatch.domain.Ownership;
import kz.schoolwatch.domain.SchoolType;
import kz.schoolwatch.domain.TeachingLanguage;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.Inputs;
import kz.schoolwatch.ui.schools.SchoolsViewModel;
import org.junit.jupiter.api.Test;

/**
 * What the forms read from typed text: whole numbers («1 200», «+5»), counts, times and the pickers' texts. Any
 * text is either read as the value it shows or refused; nothing escapes but the documented exception.
 */
class ParserPropertiesTest {

    private static final List<String> SEPARATORS = List.of("", " ", "\u00a0", "\u202f", ",");
    private static final List<String> PADDING = List.of("", " ", "  ", "\t", "\u00a0");
    private static final Pattern PADDING_CHARS = Pattern.compile("^[\\s\\u00a0\\u202f]+|[\\s\\u00a0\\u202f]+$");

    @Test
    void parseIntegerReadsANumberOrThrowsOnlyNumberFormatException() {
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            Integer n;
            try {
                n = Inputs.parseInteger(text);
            } catch (NumberFormatException e) {
                return;
            }
            if (n == null) {
                assertThat(text == null || text.replaceAll("[\\s\\u00a0\\u202f]", "").isEmpty()).as("null only for an empty field").isTrue();
                return;
            }
            // What was read is what the digits say: the text less separators is the number, maybe with + or leading zeros.
            String digits = text.replaceAll("[\\s\\u00a0\\u202f,]", "");
            assertThat(Long.parseLong(digits)).isEqualTo(n.longValue());
        });
    }

    @Test
    void integerFieldNeverThrowsAndRefusesWithOneMessage() {
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            List<FieldError> errors = new ArrayList<>();
            Integer n = Inputs.integerField("pupils", text, errors);
            assertThat(errors).hasSizeLessThanOrEqualTo(1);
            if (!errors.isEmpty()) {
                assertThat(n).isNull();
                assertThat(errors.get(0)).isEqualTo(FieldError.of("pupils", "validation.number"));
                Expect.readable(errors.get(0));
            }
        });
    }

    /** «1 250», «+1,250», « 42 », «-7», «1 000 000»: every way the forms document of writing a whole number reads back. */
    @Test
    void everyNumberWrittenAsPeopleWriteItReadsBack() {
        ForAll.of(Gen.tuple(Gen.ints(-999_999_999, 999_999_999), Gen.oneOf(SEPARATORS.toArray()), Gen.booleans(),
                Gen.oneOf(PADDING.toArray()), Gen.oneOf(PADDING.toArray()))).check(v -> {
                    int n = (Integer) v.get(0);
                    String text = v.get(3) + written(n, (String) v.get(1), (Boolean) v.get(2)) + v.get(4);
                    assertThat(Inputs.parseInteger(text)).as(ForAll.show(text)).isEqualTo(n);
                    assertThat(Formats.parseCount(text)).as(ForAll.show(text)).isEqualTo(n);
                });
    }

    /** More than nine digits is refused, never read as a different (wrapped or cut) number. */
    @Test
    void overflowIsRefusedNotWrapped() {
        ForAll.of(Gen.tuple(Gen.ints(10, 40), Gen.ints(1, 9), Gen.oneOf(SEPARATORS.toArray()), Gen.booleans())).check(v -> {
            int length = (Integer) v.get(0);
            StringBuilder digits = new StringBuilder().append((int) (Integer) v.get(1));
            while (digits.length() < length) {
                digits.append(digits.length() % 10);
            }
            String text = ((Boolean) v.get(3) ? "-" : "") + group(digits.toString(), (String) v.get(2));
            assertRefused(text);
        });
        assertRefused("99999999999");
        assertRefused("2147483648");
        assertRefused("-2147483649");
    }

    /** In Russian «1,5» is one and a half: a comma followed by other than three digits is not a thousands separator. */
    @Test
    void aDecimalCommaIsRefusedNotReadAsThousands() {
        ForAll.of(Gen.tuple(Gen.ints(0, 999), Gen.ints(1, 6), Gen.ints(0, 999_999))).check(v -> {
            int whole = (Integer) v.get(0);
            int places = (Integer) v.get(1);
            if (places == 3) {
                places = 2;
            }
            String fraction = String.format("%06d", (Integer) v.get(2)).substring(0, places);
            assertRefused(whole + "," + fraction);
            assertRefused(whole + "." + fraction);
        });
    }

    private static void assertRefused(String text) {
        Integer n = null;
        boolean refused = false;
        try {
            n = Inputs.parseInteger(text);
        } catch (NumberFormatException e) {
            refused = true;
        }
        assertThat(refused).as("%s read as %s", ForAll.show(text), n).isTrue();
        assertThat(Formats.parseCount(text)).as(ForAll.show(text)).isNull();
    }

    @Test
    void parseCountNeverThrowsAndReadsBlankAsZero() {
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            Integer n = Formats.parseCount(text);
            if (text == null || text.isBlank()) {
                assertThat(n).isZero();
            }
        });
    }

    /** «9:05», «09:05», «9.05», « 14:30 »: read back as that time; «24:00», «12:60» and the rest are refused. */
    @Test
    void timesReadBackAndImpossibleTimesAreRefused() {
        ForAll.of(Gen.tuple(Gen.ints(0, 23), Gen.ints(0, 59), Gen.oneOf(":", "."), Gen.booleans(), Gen.oneOf(PADDING.toArray())))
                .check(v -> {
                    int h = (Integer) v.get(0);
                    int m = (Integer) v.get(1);
                    String text = v.get(4) + ((Boolean) v.get(3) ? String.format("%02d", h) : Integer.toString(h)) + v.get(2)
                            + String.format("%02d", m) + v.get(4);
                    assertThat(Formats.parseTime(text)).as(ForAll.show(text)).contains(LocalTime.of(h, m));
                });
        ForAll.of(Gen.tuple(Gen.ints(-5, 99), Gen.ints(-5, 99))).check(v -> {
            int h = (Integer) v.get(0);
            int m = (Integer) v.get(1);
            String text = h + ":" + String.format("%02d", m);
            Optional<LocalTime> t = Formats.parseTime(text);
            boolean possible = h >= 0 && h <= 23 && m >= 0 && m <= 59;
            assertThat(t.isPresent()).as(text).isEqualTo(possible);
        });
        ForAll.of(Gen.text().orNull(20)).check(text -> Formats.parseTime(text));
    }

    /** Every real date written dd.MM.yyyy reads back as itself, padded or not. */
    @Test
    void everyDateWrittenAsTheFormsWriteItReadsBack() {
        ForAll.of(Gen.tuple(Gen.ints(1, 9_999), Gen.ints(0, 365), Gen.oneOf(PADDING.toArray()))).check(v -> {
            int year = part(v, 0);
            LocalDate d = LocalDate.of(year, 1, 1).plusDays((Integer) part(v, 1) % LocalDate.of(year, 1, 1).lengthOfYear());
            String text = part(v, 2) + Formats.date(d) + part(v, 2);
            assertThat(Formats.parseDate(text)).as(ForAll.show(text)).contains(d);
        });
    }

    /** «30.02.2026», «31.04.2026», «29.02.2025», «00.01.2026», «01.13.2026» are not dates: refused, never moved to a real day. */
    @Test
    void impossibleDatesAreRefusedNotMovedToTheMonthsEnd() {
        ForAll.of(Gen.tuple(Gen.ints(0, 40), Gen.ints(0, 14), Gen.ints(1_900, 2_100))).check(v -> {
            int day = part(v, 0);
            int month = part(v, 1);
            int year = part(v, 2);
            String text = String.format("%02d.%02d.%04d", day, month, year);
            boolean real = month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
            Optional<LocalDate> read = Formats.parseDate(text);
            assertThat(read.isPresent()).as(text).isEqualTo(real);
            read.ifPresent(d -> assertThat(d).isEqualTo(LocalDate.of(year, month, day)));
        });
    }

    @Test
    void parseDateNeverThrows() {
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            Optional<LocalDate> read = Formats.parseDate(text);
            if (read.isPresent()) {
                assertThat(Formats.date(read.get())).isEqualTo(PADDING_CHARS.matcher(text).replaceAll(""));
            }
        });
    }

    /** A picker reads back each of its choices by its Russian caption, and nothing else: two choices never share a caption. */
    @Test
    void enumPickersReadEachCaptionBackAndOnlyThose() {
        List<EnumConverter<?>> pickers = List.of(
                new EnumConverter<>(Expect.RUSSIAN, "school.type", SchoolType.class),
                new EnumConverter<>(Expect.RUSSIAN, "school.ownership", Ownership.class),
                new EnumConverter<>(Expect.RUSSIAN, "school.language", TeachingLanguage.class),
                new EnumConverter<>(Expect.RUSSIAN, "schools.coverage", SchoolsViewModel.Coverage.class),
                new EnumConverter<>(Expect.RUSSIAN, "camera.placement", CameraPlacement.class),
                new EnumConverter<>(Expect.RUSSIAN, "camera.area", CameraViewArea.class),
                new EnumConverter<>(Expect.RUSSIAN, "camera.status", CameraStatus.class),
                new EnumConverter<>(Expect.RUSSIAN, "check.result", CheckResult.class),
                new EnumConverter<>(Expect.RUSSIAN, "check.item", CheckItem.class));
        List<Class<? extends Enum<?>>> types = List.of(SchoolType.class, Ownership.class, TeachingLanguage.class,
                SchoolsViewModel.Coverage.class, CameraPlacement.class, CameraViewArea.class, CameraStatus.class, CheckResult.class,
                CheckItem.class);
        for (int i = 0; i < pickers.size(); i++) {
            roundTrip(pickers.get(i), types.get(i));
        }
        ForAll.of(Gen.tuple(Gen.ints(0, pickers.size() - 1), Gen.text().orNull(20))).check(v -> {
            EnumConverter<?> picker = pickers.get((Integer) v.get(0));
            String text = (String) v.get(1);
            Object read = picker.fromString(text);
            if (read != null) {
                assertThat(caption(picker, read)).isEqualTo(text);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String caption(EnumConverter converter, Object value) {
        return converter.toString(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void roundTrip(EnumConverter converter, Class<? extends Enum<?>> type) {
        for (Enum<?> e : type.getEnumConstants()) {
            String caption = converter.toString(e);
            assertThat(caption).as("%s caption", e).doesNotStartWith("!").isNotBlank();
            assertThat(converter.fromString(caption)).as("%s read back from «%s»", e, caption).isEqualTo(e);
        }
        assertThat(converter.toString(null)).isEmpty();
        assertThat(Arrays.stream(type.getEnumConstants()).map(converter::toString).distinct().count())
                .isEqualTo(type.getEnumConstants().length);
    }

    /** Display-only converters show null as their placeholder and never read typed text as an item. */
    @Test
    void displayConvertersNeverReadTypedText() {
        var converter = Converters.<String>of(s -> "«" + s + "»", "Все");
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            assertThat(converter.fromString(text)).isNull();
            assertThat(converter.toString(text)).isEqualTo(text == null ? "Все" : "«" + text + "»");
        });
    }

    /** {@code n} as a person might write it: grouped by threes with {@code sep}, with a plus sign if asked. */
    static String written(int n, String sep, boolean plus) {
        String sign = n < 0 ? "-" : plus ? "+" : "";
        return sign + group(Long.toString(Math.abs((long) n)), sep);
    }

    private static String group(String digits, String sep) {
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder sb = new StringBuilder(digits.substring(0, first));
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(sep).append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
