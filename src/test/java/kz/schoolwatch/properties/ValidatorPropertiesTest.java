// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.Validator;
import org.junit.jupiter.api.Test;

/** The shared {@link Validator}: any input gives field errors, never an exception, and each error reads in Russian. */
class ValidatorPropertiesTest {

    @Test
    void checksNeverThrowAndEveryErrorReadsInRussian() {
        ForAll.of(Gen.tuple(Gen.text().orNull(10), Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).orNull(10),
                Gen.ints(0, 20_000), Gen.ints(-100, 100), Gen.text())).check(v -> {
                    String text = (String) v.get(0);
                    Integer number = (Integer) v.get(1);
                    int max = (Integer) v.get(2);
                    int low = (Integer) v.get(3);
                    Validator validator = new Validator()
                            .required("a", text)
                            .required("b", number)
                            .maxLength("c", text, max)
                            .notNegative("d", number)
                            .range("e", number, low, low + max)
                            .phone("f", text)
                            .check(text != null && text.contains("'"), "g", "validation.tooLong", max);
                    List<FieldError> errors = validator.errors();
                    assertThat(validator.hasErrors()).isEqualTo(!errors.isEmpty());
                    errors.forEach(Expect::readable);
                    if (errors.isEmpty()) {
                        validator.throwIfInvalid();
                    } else {
                        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.errors()).isEqualTo(errors));
                    }
                });
    }

    /** A text that passes "required" is never stored empty: trimmed, something visible is left at both ends. */
    @Test
    void requiredRefusesExactlyTheTextsThatTrimToNothing() {
        ForAll.of(Gen.text().orNull(20)).check(text -> {
            boolean refused = new Validator().required("name", text).hasErrors();
            assertThat(refused).as("refused %s", ForAll.show(text)).isEqualTo(Expect.blank(text));
            if (!refused) {
                String t = text.trim();
                assertThat(t).isNotEmpty();
                assertThat(t.charAt(0)).isGreaterThan(' ');
                assertThat(t.charAt(t.length() - 1)).isGreaterThan(' ');
            }
        });
    }

    @Test
    void maxLengthCountsEveryCharacterIncludingSurrogatesAndSpaces() {
        ForAll.of(Gen.tuple(Gen.textAround(300).orNull(20), Gen.ints(0, 400))).check(v -> {
            String text = (String) v.get(0);
            int max = (Integer) v.get(1);
            List<FieldError> errors = new Validator().maxLength("name", text, max).errors();
            assertThat(errors.isEmpty()).isEqualTo(text == null || text.length() <= max);
            errors.forEach(e -> assertThat(e).isEqualTo(FieldError.of("name", "validation.tooLong", max)));
        });
    }

    @Test
    void numbersOutsideTheirRangeAreRefusedInsideAccepted() {
        ForAll.of(Gen.tuple(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).orNull(10), Gen.ints(-5, 5), Gen.ints(0, 100_000)))
                .check(v -> {
                    Integer n = (Integer) v.get(0);
                    int min = (Integer) v.get(1);
                    int max = min + (Integer) v.get(2);
                    assertThat(new Validator().range("n", n, min, max).hasErrors()).isEqualTo(n != null && (n < min || n > max));
                    assertThat(new Validator().notNegative("n", n).hasErrors()).isEqualTo(n != null && n < 0);
                });
    }

    /** Years typed with a digit too many or too few (0026, 20260) are refused next to the field; 2000 to 2099 are fine. */
    @Test
    void datesOutsideTheRecordYearsAreRefused() {
        ForAll.of(Gen.dates().orNull(20)).check(d -> {
            List<FieldError> errors = new Validator().date("heldOn", d).errors();
            assertThat(errors.isEmpty()).as("%s accepted", d).isEqualTo(!Expect.outOfRange(d));
            errors.forEach(e -> {
                assertThat(e.field()).isEqualTo("heldOn");
                Expect.readable(e);
                assertThat(Expect.RUSSIAN.get(e.messageKey(), e.args().toArray())).contains("01.01.2000", "31.12.2099");
            });
        });
    }

    /** Phones: an independent reading of "+7 727 123 45 67" decides; no text makes the check throw or hang. */
    @Test
    void phoneAcceptsExactlyDigitsSpacesBracketsAndDashesOfSensibleLength() {
        Gen<String> phones = Gen.oneOf("+7 727 123 45 67", "8 (727) 123-45-67", "+77011234567", "87011234567", "+7-701-123-45-67",
                "12345", "+7 727 123 45 67 89 01 23", "+ 7 727", "+7 727 123 45 6７", "+7 727 123\u00a045 67", "+7 727 123 45 67 доб. 2");
        ForAll.of(Gen.tuple(Gen.oneOf(0, 1), phones, Gen.text())).check(v -> {
            String phone = (Integer) v.get(0) == 0 ? (String) v.get(1) : (String) v.get(2);
            boolean refused = new Validator().phone("phone", phone).hasErrors();
            assertThat(refused).as("refused %s", ForAll.show(phone)).isEqualTo(!Expect.phone(phone));
            if (!refused && !Expect.blank(phone)) {
                assertThat(phone.trim().length()).as("fits VARCHAR(40)").isLessThanOrEqualTo(40);
            }
        });
    }
}
